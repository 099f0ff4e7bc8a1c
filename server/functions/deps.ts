import type { CarrierGateway } from '../ports/carrier-gateway';
import type { CarrierIntercept } from '../ports/carrier-intercept';
import type { CarrierPushVerifier } from '../ports/carrier-push';
import type { Clock } from '../ports/clock';
import type { DocStore } from '../ports/doc-store';
import type { EvidenceInspector } from '../ports/evidence-inspector';
import type { FileStore } from '../ports/file-store';
import type { Ids } from '../ports/ids';
import type { Logger } from '../ports/logger';
import type { Notifier } from '../ports/notifier';
import type { NotificationLedger, Payments } from '../ports/payments';
import type { PasswordHasher } from '../ports/password-hasher';
import type { Sealer } from '../ports/sealer';
import type { StaffTokens } from '../ports/staff-tokens';
import type { SubscribeTemplates } from '../../config/subscribe-templates';

/** Everything the functions need from outside; each runtime's composition root builds it once. */
export interface AppDeps {
  store: DocStore;
  carriers: CarrierGateway;
  clock: Clock;
  /** Monotonic milliseconds for wall-time budgets (the clock may be moved by hand locally). */
  monotonicMs: () => number;
  ids: Ids;
  log: Logger;
  notifier: Notifier;
  templates: SubscribeTemplates;
  pushVerifier: CarrierPushVerifier;
  /** Seals the phone tails we must keep, with the key from PHONE_TAIL_KEY. */
  sealer: Sealer;
  /** Where aggregators push updates (CARRIER_PUSH_URL, `{vendor}` replaced by each); null: polling only. */
  pushCallbackUrl: string | null;
  /**
   * WeChat Pay, or the local pay sandbox; null where no fee can be taken: in the cloud without
   * WeChat Pay keys (intercepts then say they are not offered), and in the bundles of functions
   * that take none (their intercept work is left to the interceptWatch timer).
   */
  payments: Payments | null;
  /** Executes intercepts at the carrier where the operator holds credentials (Kuaidi100); null: staff do it. */
  carrierIntercept: CarrierIntercept | null;
  /** Payment notification ids seen, over the store of the transaction that applies them. */
  notificationLedger: (tx: DocStore) => NotificationLedger;
  /** Complaint evidence: local disk or 云开发 storage, fetched only through short-lived links. */
  files: FileStore;
  /** Staff accounts' passwords (scrypt) and the console's bearer tokens (STAFF_TOKEN_SECRET). */
  passwords: PasswordHasher;
  staffTokens: StaffTokens;
}

/**
 * Reading the bytes of uploads (file-type, GPAC's MP4 parser: ~250 KB bundled) is checkEvidence's
 * job alone, so its parsers are given to that function only and stay out of every other bundle.
 */
export interface EvidenceDeps {
  inspectEvidence: EvidenceInspector;
}
