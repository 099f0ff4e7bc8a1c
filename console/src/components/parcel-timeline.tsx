import { Timeline } from 'tdesign-react';
import type { Parcel } from '../../../types/tracking';
import { timeText } from '../labels';

/** The parcel's journey as we last saw it, newest first. */
export function ParcelTimeline({ parcel }: { parcel: Parcel | null }) {
  if (!parcel) return <p className="muted">暂时查不到这个单号的物流轨迹</p>;
  if (parcel.events.length === 0) return <p className="muted">快递公司还没有轨迹</p>;
  return (
    <div data-testid="parcel-timeline">
      <Timeline mode="same">
        {parcel.events.map((e, i) => (
          <Timeline.Item key={`${e.time}-${i}`} label={timeText(e.time)} dotColor={i === 0 ? 'primary' : 'default'}>
            {e.text}
          </Timeline.Item>
        ))}
      </Timeline>
    </div>
  );
}
