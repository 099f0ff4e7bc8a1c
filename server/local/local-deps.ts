import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import type { AppDeps, EvidenceDeps } from '../functions/deps';
import { SqliteDocStore } from '../adapters/sqlite/sqlite-doc-store';
import { OffsetClock, systemClock } from '../adapters/system/system-clock';
import { RandomIds } from '../adapters/system/random-ids';
import { createAesGcmSealer, parseSealingKey } from '../adapters/system/aes-gcm-sealer';
import { buildCarrierGateway } from '../adapters/carriers/carrier-gateway.factory';
import { buildPushVerifier } from '../adapters/carriers/push-verifier.factory';
import { createLocalInboxNotifier } from '../adapters/wechat/local-inbox-notifier';
import { loadSubscribeTemplates } from '../../config/subscribe-templates';
import { carrierInterceptFromEnv } from '../adapters/carrier-intercept.factory';
import { wechatPayFromEnv } from '../adapters/payments.factory';
import { createLocalPay, type LocalPay } from '../adapters/local-pay/local-pay';
import { createNotificationLedger } from '../adapters/wechatpay/notification-ledger';
import { createPayNotifyHttp } from '../functions/pay-notify.http';
import type { HttpHandler } from '../functions/http';
import { createFileStore } from '../adapters/files/file-store';
import { createLocalBlobStorage } from '../adapters/files/local-blob-storage';
import { createLinkSigner, type LinkSigner } from '../adapters/files/signed-link';
import { inspectEvidence } from '../adapters/evidence/inspect-evidence';
import { createScryptHasher } from '../adapters/staff/scrypt-password-hasher';
import { createStaffTokens } from '../adapters/staff/staff-tokens';
import { applyMigrations } from './migrations';

/** Where local file links point: served by the gateway after checking their signature and expiry. */
export const FILES_PATH = '/files';

export interface LocalDeps extends AppDeps, EvidenceDeps {
  clock: OffsetClock;
  /** The local pay sandbox when no WeChat Pay keys are set: the dev routes settle its orders and refunds. */
  localPay: LocalPay | null;
  /** Signs and checks the short-lived links of uploaded files. */
  linkSigner: LinkSigner;
  close(): void;
}

/** The local composition root: SQLite under DATA_DIR, a clock dev routes can move, the sandbox carrier unless keys are set. */
export function buildLocalDeps(env: NodeJS.ProcessEnv, dataDir: string): LocalDeps {
  mkdirSync(dataDir, { recursive: true });
  const log = pino({ level: env.LOG_LEVEL ?? 'info' }, pino.destination({ dest: 2, sync: false }));
  const store = new SqliteDocStore(join(dataDir, 'parcelmate.sqlite'));
  applyMigrations(store);
  const clock = new OffsetClock(systemClock);
  const ids = new RandomIds();
  const linkSigner = createLinkSigner(localSecret(env, 'FILE_LINK_KEY', dataDir, '.file-link-key'), FILES_PATH);
  const deps: LocalDeps = {
    store,
    clock,
    monotonicMs: () => performance.now(),
    ids,
    log,
    carriers: buildCarrierGateway({ env, clock, store, log }),
    notifier: createLocalInboxNotifier(store, clock, ids),
    templates: loadSubscribeTemplates('local', env),
    pushVerifier: buildPushVerifier({ env, store, clock }),
    pushCallbackUrl: env.CARRIER_PUSH_URL ?? null,
    sealer: createAesGcmSealer(parseSealingKey(localSecret(env, 'PHONE_TAIL_KEY', dataDir, '.phone-tail-key'))),
    payments: wechatPayFromEnv(env, clock),
    carrierIntercept: carrierInterceptFromEnv(env, clock),
    notificationLedger: createNotificationLedger,
    localPay: null,
    linkSigner,
    files: createFileStore({ blobs: createLocalBlobStorage(join(dataDir, 'files'), linkSigner), docs: store, ids, clock }),
    inspectEvidence,
    passwords: createScryptHasher(),
    // Like dev sessions, staff sign-ins expire in real time, whatever the dev clock says.
    staffTokens: createStaffTokens(localSecret(env, 'STAFF_TOKEN_SECRET', dataDir, '.staff-token-secret'), systemClock),
    close: () => store.close(),
  };
  if (!deps.payments) {
    // The sandbox's notifications take the very path WeChat Pay's take: payNotify, with headers and the raw body.
    let payNotify: HttpHandler | undefined;
    deps.localPay = createLocalPay({
      dataDir,
      store,
      clock,
      ids,
      deliver: async ({ headers, body }) => {
        payNotify ??= createPayNotifyHttp(deps);
        const reply = await payNotify({ vendor: 'wechatpay', rawBody: body, headers });
        if (reply.status >= 300) log.warn({ status: reply.status, body: reply.body }, 'pay sandbox notification refused');
      },
    });
    deps.payments = deps.localPay;
    log.info('no WeChat Pay keys set: using the local pay sandbox');
  }
  return deps;
}

/** The dev-session secret: from env, else generated once and kept in DATA_DIR so sessions survive restarts. */
export function devSessionSecret(env: NodeJS.ProcessEnv, dataDir: string): string {
  return localSecret(env, 'DEV_SESSION_SECRET', dataDir, '.dev-session-secret');
}

/** A secret from the environment, else 32 random bytes generated once into DATA_DIR (readable by the owner only). */
function localSecret(env: NodeJS.ProcessEnv, name: string, dataDir: string, fileName: string): string {
  const fromEnv = env[name];
  if (fromEnv) return fromEnv;
  const file = join(dataDir, fileName);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
