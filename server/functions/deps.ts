import type { CarrierGateway } from '../ports/carrier-gateway';
import type { Clock } from '../ports/clock';
import type { DocStore } from '../ports/doc-store';
import type { Ids } from '../ports/ids';
import type { Logger } from '../ports/logger';
import type { Notifier } from '../ports/notifier';
import type { CarrierPushVerifier } from '../ports/carrier-push';
import type { SubscribeTemplates } from '../../config/subscribe-templates';

/** Everything a function needs from outside; each runtime's composition root builds it once. */
export interface AppDeps {
  store: DocStore;
  carriers: CarrierGateway;
  clock: Clock;
  ids: Ids;
  log: Logger;
  notifier: Notifier;
  templates: SubscribeTemplates;
  pushVerifier: CarrierPushVerifier;
  /** Where aggregators push updates (CARRIER_PUSH_URL, `{vendor}` replaced by each); null: polling only. */
  pushCallbackUrl: string | null;
  /** Which runtime built these deps: dev-only behaviour is allowed only in 'local'. */
  runtime: 'cloud' | 'local';
}
