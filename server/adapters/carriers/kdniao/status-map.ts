import type { StatusMapping } from '../../../ports/carrier-gateway';

/**
 * KDNiao State / StateEx / per-trace Action codes (docs/reference/carriers.md §1.7). Codes the
 * official docs show are mapped as documented; the rest follow the union of the cited SDKs.
 */
export const KDNIAO_STATUS = {
  '0': { status: 'PENDING', reason: null },
  '1': { status: 'COLLECTED', reason: null },
  '10': { status: 'PENDING', reason: null },
  '2': { status: 'IN_TRANSIT', reason: null, generic: true },
  '201': { status: 'ARRIVED_DEST_CITY', reason: null },
  '202': { status: 'OUT_FOR_DELIVERY', reason: null },
  '204': { status: 'IN_TRANSIT', reason: null },
  '205': { status: 'ARRIVED_DEST_CITY', reason: null },
  '206': { status: 'IN_TRANSIT', reason: null },
  '211': { status: 'AWAITING_PICKUP', reason: null },
  '3': { status: 'DELIVERED', reason: null },
  '301': { status: 'DELIVERED', reason: null },
  '302': { status: 'DELIVERED', reason: null },
  '304': { status: 'DELIVERED', reason: null },
  '311': { status: 'DELIVERED', reason: null },
  '4': { status: 'EXCEPTION', reason: 'OTHER', generic: true },
  '401': { status: 'EXCEPTION', reason: 'OTHER' },
  '402': { status: 'EXCEPTION', reason: 'DELAYED' },
  '403': { status: 'EXCEPTION', reason: 'DELAYED' },
  '404': { status: 'RETURNING', reason: 'REFUSED' },
  '405': { status: 'EXCEPTION', reason: 'OTHER' },
  '406': { status: 'RETURNED', reason: null },
  '407': { status: 'RETURNING', reason: null },
  '412': { status: 'AWAITING_PICKUP', reason: null },
  '413': { status: 'RETURNING', reason: null },
  '414': { status: 'EXCEPTION', reason: 'DAMAGED' },
  '415': { status: 'EXCEPTION', reason: 'OTHER' },
  '416': { status: 'EXCEPTION', reason: 'RECIPIENT_UNREACHABLE' },
  '417': { status: 'EXCEPTION', reason: 'DELAYED' },
  '419': { status: 'OUT_FOR_DELIVERY', reason: null },
  '420': { status: 'EXCEPTION', reason: 'ADDRESS_UNCLEAR' },
  '421': { status: 'EXCEPTION', reason: 'RECIPIENT_UNREACHABLE' },
  '422': { status: 'EXCEPTION', reason: 'OTHER' },
  '423': { status: 'EXCEPTION', reason: 'ADDRESS_UNCLEAR' },
} as const satisfies Record<string, StatusMapping>;

/** Unknown codes map to an explicit UNKNOWN, never to a happy status. */
export function mapKdniaoCode(code: string | number | undefined | null): StatusMapping {
  const key = String(code ?? '');
  return Object.hasOwn(KDNIAO_STATUS, key) ? KDNIAO_STATUS[key as keyof typeof KDNIAO_STATUS] : { status: 'UNKNOWN', reason: null };
}
