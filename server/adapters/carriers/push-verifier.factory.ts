import type { Clock } from '../../ports/clock';
import type { CarrierPushVerifier } from '../../ports/carrier-push';
import { DuplicateIdError, type DocStore } from '../../ports/doc-store';
import { SEEN_PUSHES, type SeenPushes } from '../../ports/seen-pushes';
import { verifyKdniaoPush } from './kdniao/push';
import { verifyKuaidi100Push } from './kuaidi100/push';

/** Pushes already processed, remembered in the store so every function instance agrees. */
export function storeSeenPushes(store: DocStore, clock: Clock): SeenPushes {
  return {
    has: async (key) => (await store.get(SEEN_PUSHES, key)) !== null,
    add: async (key) => {
      try {
        await store.insert(SEEN_PUSHES, { _id: key, atMs: clock.now() });
      } catch (err) {
        if (!(err instanceof DuplicateIdError)) throw err;
      }
    },
  };
}

/** KDNiao (keys from env) and Kuaidi100 (salt from env) callbacks; a vendor without secrets is refused. */
export function buildPushVerifier(deps: { env: NodeJS.ProcessEnv; store: DocStore; clock: Clock }): CarrierPushVerifier {
  const seen = storeSeenPushes(deps.store, deps.clock);
  const { KDNIAO_EBUSINESS_ID, KDNIAO_APP_KEY, KUAIDI100_CALLBACK_SALT } = deps.env;
  return {
    async verify(vendor, rawBody) {
      if (vendor === 'kdniao') {
        if (!KDNIAO_EBUSINESS_ID || !KDNIAO_APP_KEY) return { ok: false, error: 'NOT_CONFIGURED', reply: '{"Success":false}' };
        return verifyKdniaoPush({ rawBody, appKey: KDNIAO_APP_KEY, ebusinessId: KDNIAO_EBUSINESS_ID, seen, nowMs: deps.clock.now() });
      }
      if (vendor === 'kuaidi100') {
        if (!KUAIDI100_CALLBACK_SALT)
          return { ok: false, error: 'NOT_CONFIGURED', reply: '{"result":false,"returnCode":"500","message":"not configured"}' };
        const v = await verifyKuaidi100Push({ rawBody, salt: KUAIDI100_CALLBACK_SALT, seen });
        return v.ok ? { ok: true, traces: [v.trace], reply: v.reply } : v;
      }
      return { ok: false, error: 'UNKNOWN_VENDOR', reply: '{}' };
    },
  };
}
