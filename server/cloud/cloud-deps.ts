import cloud from 'wx-server-sdk';
import pino from 'pino';
import type { AppDeps } from '../functions/deps';
import { CloudbaseDocStore } from '../adapters/cloudbase/cloudbase-doc-store';
import type { CloudDb } from '../adapters/cloudbase/cloud-db';
import { systemClock } from '../adapters/system/system-clock';
import { RandomIds } from '../adapters/system/random-ids';
import { createAesGcmSealer, parseSealingKey } from '../adapters/system/aes-gcm-sealer';
import { buildCarrierGateway } from '../adapters/carriers/carrier-gateway.factory';
import { buildPushVerifier } from '../adapters/carriers/push-verifier.factory';
import { createCloudNotifier, type CloudOpenApi } from '../adapters/wechat/cloud-notifier';
import { createNotificationLedger } from '../adapters/wechatpay/notification-ledger';
import { createCloudBlobStorage } from '../adapters/files/cloud-blob-storage';
import type { CloudStorage } from '../adapters/files/cloud-storage';
import { createFileStore } from '../adapters/files/file-store';
import { createScryptHasher } from '../adapters/staff/scrypt-password-hasher';
import { createStaffTokens } from '../adapters/staff/staff-tokens';
import type { StaffTokens } from '../ports/staff-tokens';
import { loadSubscribeTemplates } from '../../config/subscribe-templates';

/** The cloud composition root: 云开发 database, the configured aggregator, real time. */
export function buildCloudDeps(env: NodeJS.ProcessEnv): AppDeps {
  // DYNAMIC_CURRENT_ENV is a symbol the typings do not accept (wx-server-sdk 4.0.2).
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string, throwOnNotFound: false } as Parameters<typeof cloud.init>[0]);
  const log = pino({ level: env.LOG_LEVEL ?? 'info', serializers: { err: pino.stdSerializers.err }, browser: cloudLogOutput });
  const store = new CloudbaseDocStore(cloud.database() as unknown as CloudDb);
  const clock = systemClock;
  const ids = new RandomIds();
  const state = env.WX_MINIPROGRAM_STATE === 'developer' || env.WX_MINIPROGRAM_STATE === 'trial' ? env.WX_MINIPROGRAM_STATE : 'formal';
  return {
    store,
    clock,
    monotonicMs: () => performance.now(),
    ids,
    log,
    carriers: buildCarrierGateway({ env, clock, store, log }),
    notifier: createCloudNotifier(cloud.openapi as unknown as CloudOpenApi, state),
    templates: loadSubscribeTemplates('cloud', env),
    pushVerifier: buildPushVerifier({ env, store, clock }),
    pushCallbackUrl: env.CARRIER_PUSH_URL ?? null,
    sealer: createAesGcmSealer(parseSealingKey(requiredEnv(env, 'PHONE_TAIL_KEY'))),
    // Only the intercept functions take payments (withInterceptPorts): the other bundles stay without the WeChat Pay library.
    payments: null,
    carrierIntercept: null,
    notificationLedger: createNotificationLedger,
    files: createFileStore({ blobs: createCloudBlobStorage(cloud as unknown as CloudStorage), docs: store, ids, clock }),
    passwords: createScryptHasher(),
    staffTokens: lazyStaffTokens(env),
  };
}

/** Only the console function needs STAFF_TOKEN_SECRET: the others start without it and never verify a staff token. */
function lazyStaffTokens(env: NodeJS.ProcessEnv): StaffTokens {
  let tokens: StaffTokens | undefined;
  const get = () => (tokens ??= createStaffTokens(requiredEnv(env, 'STAFF_TOKEN_SECRET'), systemClock));
  return { issue: (who) => get().issue(who), verify: (token) => get().verify(token) };
}

/**
 * The bundles use pino's console build (scripts/build-functions.ts); this makes it print what Node
 * pino prints: one JSON line per record on stdout, errors with type, message and stack. 云开发 keeps
 * a function's stdout as its log. Node pino ignores this option (and serializes `err` so by default).
 */
const cloudLogOutput = {
  serialize: true,
  write: (record: object) => console.log(JSON.stringify(record)),
};

function requiredEnv(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} must be set in the cloud functions' environment (see README: Configuration)`);
  return value;
}
