import { render } from '@testing-library/react';
import type { TrackingEvent } from '../../../types';
import Timeline from './index';

const event = (time: string, status: TrackingEvent['status'], text: string): TrackingEvent => ({
  time,
  status,
  reason: null,
  text,
  city: null,
  courier: null,
  rawCode: null,
});

test('events keep the newest-first order, with milestones labelled and trouble in warning colour', () => {
  const { container } = render(
    <Timeline
      events={[
        event('2026-11-22T15:00:00+08:00', 'EXCEPTION', '【苏州市】收件人电话无人接听'),
        event('2026-11-22T08:10:00+08:00', 'OUT_FOR_DELIVERY', '【苏州市】快递员正在为您派件'),
        event('2026-11-21T20:00:00+08:00', 'IN_TRANSIT', '【杭州市】已发往苏州'),
      ]}
    />,
  );
  const items = [...container.querySelectorAll('.timeline__item')];
  expect(items.map((i) => i.querySelector('.timeline__time')?.textContent)).toEqual(['11-22 15:00', '11-22 08:10', '11-21 20:00']);
  expect(items[0].className).toContain('timeline__item--trouble');
  expect(items[0].querySelector('.timeline__label')?.textContent).toBe('异常件');
  expect(items[1].className).toContain('timeline__item--milestone');
  expect(items[2].querySelector('.timeline__label')).toBeNull();
});
