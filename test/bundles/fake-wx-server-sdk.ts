import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createFakeCloudDb } from '../../server/adapters/cloudbase/fake-cloud-db';
import type { CloudCollection, CloudTransaction } from '../../server/adapters/cloudbase/cloud-db';

/**
 * `wx-server-sdk` as a built cloud function meets it, for running the bundles in a plain Node
 * process (bundled by the test into <tmp>/node_modules/wx-server-sdk). Semantics follow the SDK
 * (docs/reference/wechat-cloud.md): the database is the project's in-memory 云开发 fake,
 * `getWXContext()` answers what the platform would put in the context, `openapi` calls need the
 * function's config.json permission (-604101 otherwise), storage keeps files in memory.
 * State is a JSON file (FAKE_CLOUD_STATE) so that several functions, each in its own process,
 * share one 云开发 environment the way deployed functions do.
 */
type Doc = Record<string, unknown>;

export interface SentMessage {
  fn: string;
  body: { touser: string; templateId: string; page?: string; data: Record<string, { value: string }>; miniprogramState?: string };
}

export interface FakeCloudState {
  collections: Record<string, Record<string, Doc>>;
  files: Record<string, string>;
  sent: SentMessage[];
}

export interface FakeCall {
  /** The function's folder name, for permissions and the record of what it sent. */
  fn: string;
  /** What `getWXContext()` answers during the call: `{}` for timers and HTTP access, the caller's OPENID for the mini program. */
  context: Record<string, string>;
  /** The function's config.json. */
  config: { permissions?: { openapi?: string[] } };
}

const statePath = process.env.FAKE_CLOUD_STATE;
const ENV_ID = 'test-env-1a2b3c';
const loaded: FakeCloudState =
  statePath && existsSync(statePath) ? JSON.parse(readFileSync(statePath, 'utf8')) : { collections: {}, files: {}, sent: [] };

const db = createFakeCloudDb();
for (const [name, docs] of Object.entries(loaded.collections)) db.collections.set(name, new Map(Object.entries(docs)));
const files = new Map(Object.entries(loaded.files));
const sent = loaded.sent;
let call: FakeCall = { fn: '', context: {}, config: {} };

class CloudSDKError extends Error {
  constructor(
    readonly errCode: number,
    readonly errMsg: string,
  ) {
    super(`errCode: ${errCode} | errMsg: ${errMsg}`);
  }
}

/** 云开发 gives documents added without an `_id` a random one; a counter would collide across processes. */
const autoId = () => randomBytes(16).toString('hex');
function withAutoIds<T extends { add: CloudCollection['add'] }>(c: T): T {
  return { ...c, add: ({ data }) => c.add({ data: { _id: autoId(), ...(data as Doc) } }) };
}

const database = () => ({
  command: db.command,
  serverDate: () => ({ $date: Date.now() }),
  collection: (name: string) => withAutoIds(db.collection(name)),
  runTransaction: <R>(run: (tx: CloudTransaction) => Promise<R>) =>
    db.runTransaction((tx) => run({ collection: (name) => withAutoIds(tx.collection(name)) })),
});

/** Keyword limits WeChat enforces with 47003 (thing ≤ 20 characters, phrase ≤ 5 汉字, character_string ≤ 32). */
function keywordProblem(key: string, value: string): string | null {
  if (key.startsWith('thing') && [...value].length > 20) return `${key} longer than 20`;
  if (key.startsWith('phrase') && !/^[\u4e00-\u9fa5]{1,5}$/.test(value)) return `${key} is not 1-5 汉字`;
  if (key.startsWith('character_string') && !/^[\x21-\x7e]{1,32}$/.test(value)) return `${key} is not 1-32 letters, digits or symbols`;
  return null;
}

const openapi = {
  subscribeMessage: {
    async send(body: SentMessage['body']) {
      if (!call.config.permissions?.openapi?.includes('subscribeMessage.send')) {
        throw new CloudSDKError(-604101, 'function has no permission to call this API');
      }
      if (!body?.touser || !body.templateId || typeof body.data !== 'object') throw new CloudSDKError(47001, 'data format error');
      for (const [key, { value }] of Object.entries(body.data)) {
        const problem = keywordProblem(key, value);
        if (problem) throw new CloudSDKError(47003, `argument invalid! data.${problem}`);
      }
      sent.push({ fn: call.fn, body });
      return { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' };
    },
  },
};

/** The fileID 云开发 gives a file at `cloudPath` in this environment. */
export const fileIdOf = (cloudPath: string) => `cloud://${ENV_ID}.7465-${ENV_ID}-1300000000/${cloudPath}`;

const cloud = {
  DYNAMIC_CURRENT_ENV: Symbol.for('SYMBOL_CURRENT_ENV'),
  init: (_options?: object) => undefined,
  getWXContext: () => ({ ...call.context }),
  database,
  openapi,
  async uploadFile({ cloudPath, fileContent }: { cloudPath: string; fileContent: Buffer }) {
    if (!cloudPath || !Buffer.isBuffer(fileContent)) throw new CloudSDKError(-501007, 'invalid parameters');
    files.set(fileIdOf(cloudPath), fileContent.toString('base64')); // the same path overwrites, as in 云开发
    return { fileID: fileIdOf(cloudPath), statusCode: 200, errMsg: 'uploadFile:ok' };
  },
  async downloadFile({ fileID }: { fileID: string }) {
    const content = files.get(fileID);
    if (content === undefined) throw new CloudSDKError(-503003, `file ${fileID} does not exist`);
    return { fileContent: Buffer.from(content, 'base64'), statusCode: 200, errMsg: 'downloadFile:ok' };
  },
  async getTempFileURL({ fileList }: { fileList: (string | { fileID: string; maxAge?: number })[] }) {
    if (fileList.length > 50) throw new CloudSDKError(-501007, 'fileList length exceeds 50');
    return {
      fileList: fileList.map((f) => {
        const fileID = typeof f === 'string' ? f : f.fileID;
        const ok = files.has(fileID);
        const token = createHash('sha256').update(fileID).digest('hex').slice(0, 16);
        return {
          fileID,
          tempFileURL: ok ? `https://${ENV_ID}.tcb.qcloud.la/${fileID.split('/').slice(3).join('/')}?sign=${token}` : '',
          maxAge: typeof f === 'string' ? 86400 : (f.maxAge ?? 86400),
          status: ok ? 0 : -503003,
          errMsg: ok ? 'ok' : 'file not exist',
        };
      }),
    };
  },
  async deleteFile({ fileList }: { fileList: string[] }) {
    return { fileList: fileList.map((fileID) => ({ fileID, status: files.delete(fileID) ? 0 : -503003, errMsg: 'ok' })) };
  },
};

/** The test driver's handle: set who calls before `main`, save the environment after. */
export const fake = {
  setCall(next: FakeCall) {
    call = next;
  },
  save() {
    if (!statePath) return;
    const state: FakeCloudState = {
      collections: Object.fromEntries([...db.collections].map(([name, docs]) => [name, Object.fromEntries(docs)])),
      files: Object.fromEntries(files),
      sent,
    };
    writeFileSync(statePath, JSON.stringify(state));
  },
};

export default { ...cloud, __fake: fake };
