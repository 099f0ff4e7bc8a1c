import { act, render, screen } from '@testing-library/react';
import type { Message } from '../../../types';
import { resetTaroMock } from '../../../test/taro-mock/taro';
import Messages from './index';

const listMessages = jest.fn();
const markMessagesRead = jest.fn();
jest.mock('../../services/follow', () => ({
  listMessages: () => listMessages(),
  markMessagesRead: (ids: string[]) => markMessagesRead(ids),
}));

const message = (id: string, read: boolean): Message => ({
  id,
  kind: 'PARCEL',
  link: 'pages/result/index?no=YT7530129834561&carrier=YTO',
  parcelId: 'YTO:YT7530129834561',
  waybillNo: 'YT7530129834561',
  carrierName: '圆通速递',
  remark: '',
  milestone: 'OUT_FOR_DELIVERY',
  title: '快递员正在派送',
  body: '【苏州市】快递员 王翔 正在为您派件',
  createdAt: '2026-11-22T10:00:00+08:00',
  read,
  pushed: false,
});

beforeEach(() => {
  resetTaroMock();
  listMessages.mockReset();
  markMessagesRead.mockReset().mockResolvedValue({ ok: true, data: { unread: 0 } });
});

test('regression (issue 9): opening 消息 marks read the unread messages it shows, by id — not everything at once', async () => {
  const items = [message('m3', false), message('m2', true), message('m1', false)];
  listMessages.mockResolvedValue({ ok: true, data: { items, unread: 7, credits: { progress: 0, exception: 0, service: 0 } } });
  await act(async () => void render(<Messages />));
  expect(markMessagesRead).toHaveBeenCalledWith(['m3', 'm1']);
  expect(screen.getAllByTestId('message')).toHaveLength(3);
});

test('with no messages yet, the page says why and offers a way forward', async () => {
  listMessages.mockResolvedValue({ ok: true, data: { items: [], unread: 0, credits: { progress: 0, exception: 0, service: 0 } } });
  await act(async () => void render(<Messages />));
  expect(screen.getByTestId('messages-empty').textContent).toContain('去查快递');
  expect(markMessagesRead).not.toHaveBeenCalled();
});
