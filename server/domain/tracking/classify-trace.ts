import type { Courier, ExceptionReason, ParcelStatus } from '../../../types';
import { cityIn } from './cities';
import { courierIn } from './courier-in-line';
import { readLineStatus } from './line-status-rules';

export { courierIn } from './courier-in-line';

export interface LineReading {
  status: ParcelStatus;
  reason: ExceptionReason | null;
  city: string | null;
  courier: Courier | null;
}

/** One trace line read as status, exception reason, city and courier. */
export function classifyTraceLine(text: string): LineReading {
  const { status, reason } = readLineStatus(text);
  return { status, reason, city: cityIn(text), courier: courierIn(text) };
}
