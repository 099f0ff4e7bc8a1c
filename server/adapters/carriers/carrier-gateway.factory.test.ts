import { SqliteDocStore } from '../sqlite/sqlite-doc-store';
import { ManualClock } from '../system/system-clock';
import { buildCarrierGateway } from './carrier-gateway.factory';

const silent = { info() {}, warn() {}, error() {} };
const build = (env: NodeJS.ProcessEnv) =>
  buildCarrierGateway({ env, clock: new ManualClock(0), store: new SqliteDocStore(':memory:'), log: silent });

test('without keys the sandbox serves; with keys the aggregators do, KDNiao first', () => {
  expect(build({}).source).toBe('sandbox');
  expect(build({ KDNIAO_EBUSINESS_ID: '1237100', KDNIAO_APP_KEY: 'k' }).source).toBe('kdniao');
  expect(build({ KUAIDI100_CUSTOMER: 'C', KUAIDI100_KEY: 'k' }).source).toBe('kuaidi100');
  expect(build({ KDNIAO_EBUSINESS_ID: '1237100', KDNIAO_APP_KEY: 'k', KUAIDI100_CUSTOMER: 'C', KUAIDI100_KEY: 'k' }).source).toBe(
    'kdniao+kuaidi100',
  );
});

test('a nonsense SANDBOX_SPEED stops the start instead of playing journeys at a wrong pace', () => {
  expect(() => build({ SANDBOX_SPEED: 'fast' })).toThrow();
  expect(() => build({ SANDBOX_SPEED: '-1' })).toThrow();
});
