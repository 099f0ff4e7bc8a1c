import { join } from 'node:path';
import type { Envelope } from '../../types';
import { buildLocalDeps } from '../../server/local/local-deps';
import { createLookupFunction } from '../../server/functions/lookup.function';
import { ROOT } from './taro-build';

/** `cli track`: the same lookup function the app calls, on the local store (DATA_DIR), as an operator identity. */
export async function trackFromCli(input: { waybillNo: string; carrier?: string; phoneTail?: string }): Promise<Envelope<unknown>> {
  const deps = buildLocalDeps({ LOG_LEVEL: 'silent', ...process.env }, process.env.DATA_DIR ?? join(ROOT, 'data'));
  try {
    const lookup = createLookupFunction(deps);
    const reply = await lookup(Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)), { openid: 'cli_operator' });
    if (reply.ok && (reply.data as { parcel: unknown }).parcel === null) return { ok: true, data: reply.data };
    return reply.ok ? { ok: true, data: (reply.data as { parcel: unknown }).parcel } : reply;
  } finally {
    deps.close();
  }
}
