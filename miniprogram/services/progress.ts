import type { Parcel, ParcelStatus } from '../../types';

export type StepState = 'done' | 'current' | 'todo';
export interface ProgressStep {
  title: string;
  state: StepState;
}

/** The journey as the apps people know draw it; a parcel left at a 驿站 or locker has 待取件 where the others have 派送中. */
const ROUTE = ['已下单', '已揽收', '运输中', '派送中', '已签收'] as const;

/** Which step of ROUTE a status reached. Trouble statuses have no place of their own: see `progressOf`. */
const STEP_OF: Partial<Record<ParcelStatus, number>> = {
  PENDING: 0,
  COLLECTED: 1,
  IN_TRANSIT: 2,
  ARRIVED_DEST_CITY: 2,
  OUT_FOR_DELIVERY: 3,
  AWAITING_PICKUP: 3,
  DELIVERED: 4,
};

function reachedStep(parcel: Pick<Parcel, 'status' | 'events'>): number {
  const own = STEP_OF[parcel.status];
  if (own !== undefined) return own;
  // 异常 or 退回: the furthest step the events reached before it.
  return parcel.events.reduce((max, e) => Math.max(max, STEP_OF[e.status] ?? -1), 0);
}

/**
 * The stepper: five steps from the unified statuses; the step reached is current (done once
 * signed for). A parcel in trouble shows where it stopped; one going back ends in 退回.
 */
export function progressOf(parcel: Pick<Parcel, 'status' | 'events'>): { steps: ProgressStep[]; trouble: boolean } {
  const reached = reachedStep(parcel);
  const pickup = parcel.status === 'AWAITING_PICKUP' || parcel.events.some((e) => e.status === 'AWAITING_PICKUP');
  const returning = parcel.status === 'RETURNING' || parcel.status === 'RETURNED';
  const titles: string[] = [...ROUTE];
  if (pickup) titles[3] = '待取件';
  if (returning) titles[4] = parcel.status === 'RETURNED' ? '已退回' : '退回中';
  const stateOf = (i: number): StepState => {
    if (parcel.status === 'DELIVERED') return 'done';
    if (returning && i === 4) return parcel.status === 'RETURNED' ? 'done' : 'current';
    if (i < reached || (returning && i === reached)) return 'done';
    return i === reached && !returning ? 'current' : 'todo';
  };
  return { steps: titles.map((title, i) => ({ title, state: stateOf(i) })), trouble: parcel.status === 'EXCEPTION' || returning };
}

/** Where it comes from and where it goes: the first city in the trace, and the city it reached at the end. */
export function routeOf(parcel: Pick<Parcel, 'events'>): { from: string | null; to: string | null } {
  const withCity = parcel.events.filter((e) => e.city);
  const from = withCity.at(-1)?.city ?? null;
  const arrival = withCity.find((e) => (STEP_OF[e.status] ?? -1) >= 3 || e.status === 'ARRIVED_DEST_CITY');
  const to = arrival?.city ?? null;
  return { from, to };
}
