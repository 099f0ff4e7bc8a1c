import type { CarrierGateway } from '../ports/carrier-gateway';
import type { Clock } from '../ports/clock';
import type { DocStore } from '../ports/doc-store';
import type { Ids } from '../ports/ids';
import type { Logger } from '../ports/logger';

/** Everything a function needs from outside; each runtime's composition root builds it once. */
export interface AppDeps {
  store: DocStore;
  carriers: CarrierGateway;
  clock: Clock;
  ids: Ids;
  log: Logger;
  /** Which runtime built these deps: dev-only behaviour is allowed only in 'local'. */
  runtime: 'cloud' | 'local';
}
