import { loadSubscribeTemplates } from '../../config/subscribe-templates';
import { createSandboxCarrier } from '../../server/adapters/carriers/sandbox';
import { buildPushVerifier } from '../../server/adapters/carriers/push-verifier.factory';
import { SqliteDocStore } from '../../server/adapters/sqlite/sqlite-doc-store';
import type { DocStore } from '../../server/ports/doc-store';
import { createAesGcmSealer } from '../../server/adapters/system/aes-gcm-sealer';
import { ManualClock } from '../../server/adapters/system/system-clock';
import { SequentialIds } from '../../server/adapters/system/random-ids';
import { createLocalInboxNotifier } from '../../server/adapters/wechat/local-inbox-notifier';
import { detectCarrier } from '../../server/domain/tracking/detect-carrier';
import { createLocalPay, type LocalPay } from '../../server/adapters/local-pay/local-pay';
import { createNotificationLedger } from '../../server/adapters/wechatpay/notification-ledger';
import type { SandboxKeys } from '../../server/adapters/local-pay/sandbox-keys';
import type { AppDeps, EvidenceDeps } from '../../server/functions/deps';
import { createPayNotifyHttp } from '../../server/functions/pay-notify.http';
import { createFileStore } from '../../server/adapters/files/file-store';
import { createCloudBlobStorage } from '../../server/adapters/files/cloud-blob-storage';
import { createFakeCloudStorage } from '../../server/adapters/files/fake-cloud-storage';
import { inspectEvidence } from '../../server/adapters/evidence/inspect-evidence';
import { createScryptHasher } from '../../server/adapters/staff/scrypt-password-hasher';
import { createStaffTokens } from '../../server/adapters/staff/staff-tokens';
import payKeys from './pay-sandbox-test-keys.json';

export const silentLog = { info() {}, warn() {}, error() {} };
/** KDNiao test credentials: pushes signed with these verify in the deps below. */
export const TEST_CARRIER_ENV = { KDNIAO_EBUSINESS_ID: '1237100', KDNIAO_APP_KEY: 'test-appkey-0000' };
export const testSealer = () => createAesGcmSealer(Buffer.alloc(32, 7));

/** Cheap scrypt parameters: tests check behaviour, server/adapters/staff checks the real cost once. */
export const fastPasswords = () => createScryptHasher({ ln: 10, r: 8, p: 1 });
export const TEST_STAFF_SECRET = 'test-staff-token-secret-0000000000';

/** Keys of the local pay sandbox made once for tests (generating RSA keys per test would cost seconds); worthless outside them. */
export const TEST_PAY_KEYS: SandboxKeys = payKeys;

/**
 * The product's dependencies on an in-memory SQLite store, a hand-moved clock, the sandbox carrier,
 * a fake of 云开发 storage, and the local pay sandbox, whose notifications go to this product's own payNotify.
 */
export function testDeps<S extends DocStore = SqliteDocStore>(
  overrides: Partial<AppDeps & EvidenceDeps> & { clock?: ManualClock; store?: S } = {},
) {
  const clock = overrides.clock ?? new ManualClock(Date.parse('2026-11-22T10:00:00+08:00'));
  const store = (overrides.store ?? new SqliteDocStore(':memory:')) as S;
  const ids = overrides.ids ?? new SequentialIds('doc');
  const cloudFiles = createFakeCloudStorage(clock);
  let payNotify: ReturnType<typeof createPayNotifyHttp> | undefined;
  /** Every notification the pay sandbox sent; while `hold` is set they are kept back (lost, or late) instead of delivered. */
  const payNotifications = { sent: [] as { headers: Record<string, string>; body: string }[], hold: false };
  const localPay: LocalPay = createLocalPay({
    keys: TEST_PAY_KEYS,
    store,
    clock,
    ids,
    deliver: async ({ headers, body }) => {
      payNotifications.sent.push({ headers, body });
      if (payNotifications.hold) return;
      payNotify ??= createPayNotifyHttp(deps);
      await payNotify({ vendor: 'wechatpay', rawBody: body, headers });
    },
  });
  const deps: AppDeps & EvidenceDeps = {
    monotonicMs: () => clock.now(),
    ids,
    log: silentLog,
    carriers: createSandboxCarrier({ clock, store, recognize: (no) => detectCarrier(no).candidates }),
    notifier: createLocalInboxNotifier(store, clock, ids),
    templates: loadSubscribeTemplates('local', {}),
    pushVerifier: buildPushVerifier({ env: TEST_CARRIER_ENV, store, clock }),
    sealer: testSealer(),
    pushCallbackUrl: null,
    payments: localPay,
    carrierIntercept: null,
    notificationLedger: createNotificationLedger,
    // The cloud storage fake: files fetched through links that expire with the clock.
    files: createFileStore({ blobs: createCloudBlobStorage(cloudFiles), docs: store, ids, clock }),
    inspectEvidence,
    passwords: fastPasswords(),
    staffTokens: createStaffTokens(TEST_STAFF_SECRET, clock),
    ...overrides,
    // An override of `undefined` must not unset them: the notifications' payNotify uses this object.
    clock,
    store,
  };
  return { ...deps, clock, store, localPay, payNotifications, cloudFiles };
}
