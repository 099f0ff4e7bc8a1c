import { loadSubscribeTemplates } from '../../config/subscribe-templates';
import { createSandboxCarrier } from '../../server/adapters/carriers/sandbox';
import { buildPushVerifier } from '../../server/adapters/carriers/push-verifier.factory';
import { SqliteDocStore } from '../../server/adapters/sqlite/sqlite-doc-store';
import { createAesGcmSealer } from '../../server/adapters/system/aes-gcm-sealer';
import { ManualClock } from '../../server/adapters/system/system-clock';
import { SequentialIds } from '../../server/adapters/system/random-ids';
import { createLocalInboxNotifier } from '../../server/adapters/wechat/local-inbox-notifier';
import { detectCarrier } from '../../server/domain/tracking/detect-carrier';
import type { AppDeps } from '../../server/functions/deps';

export const silentLog = { info() {}, warn() {}, error() {} };
/** KDNiao test credentials: pushes signed with these verify in the deps below. */
export const TEST_CARRIER_ENV = { KDNIAO_EBUSINESS_ID: '1237100', KDNIAO_APP_KEY: 'test-appkey-0000' };
export const testSealer = () => createAesGcmSealer(Buffer.alloc(32, 7));

/** The product's dependencies on an in-memory SQLite store, a hand-moved clock and the sandbox carrier. */
export function testDeps(overrides: Partial<AppDeps> & { clock?: ManualClock; store?: SqliteDocStore } = {}) {
  const clock = overrides.clock ?? new ManualClock(Date.parse('2026-11-22T10:00:00+08:00'));
  const store = overrides.store ?? new SqliteDocStore(':memory:');
  const ids = new SequentialIds('doc');
  const deps: AppDeps = {
    store,
    clock,
    monotonicMs: () => clock.now(),
    ids,
    log: silentLog,
    carriers: createSandboxCarrier({ clock, store, recognize: (no) => detectCarrier(no).candidates }),
    notifier: createLocalInboxNotifier(store, clock, ids),
    templates: loadSubscribeTemplates('local', {}),
    pushVerifier: buildPushVerifier({ env: TEST_CARRIER_ENV, store, clock }),
    sealer: testSealer(),
    pushCallbackUrl: null,
    ...overrides,
  };
  return { ...deps, clock, store };
}
