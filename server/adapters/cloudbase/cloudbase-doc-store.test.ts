import { docStoreContract } from '../doc-store.contract';
import type { CloudDb } from './cloud-db';
import { CloudbaseDocStore, replacePatch, toFilter } from './cloudbase-doc-store';
import { createFakeCloudDb } from './fake-cloud-db';

/**
 * The DocStore contract against a real 云开发 environment. It needs credentials, so it runs
 * only when TCB_ENV, TCB_SECRET_ID and TCB_SECRET_KEY are set; without them there is nothing
 * it could honestly check, and the SQLite run of the same contract still guards the port.
 */
const { TCB_ENV, TCB_SECRET_ID, TCB_SECRET_KEY } = process.env;
const haveCloud = Boolean(TCB_ENV && TCB_SECRET_ID && TCB_SECRET_KEY);

if (haveCloud) {
  describe('CloudbaseDocStore (real 云开发)', () => {
    jest.setTimeout(30_000);
    docStoreContract(async () => {
      const cloud = (await import('wx-server-sdk')).default;
      cloud.init({ env: TCB_ENV, secretId: TCB_SECRET_ID, secretKey: TCB_SECRET_KEY } as Parameters<typeof cloud.init>[0]);
      return new CloudbaseDocStore(cloud.database() as unknown as CloudDb);
    });
  });
}

describe('CloudbaseDocStore (in-memory 云开发 semantics)', () => {
  docStoreContract(() => new CloudbaseDocStore(createFakeCloudDb()));

  test('find inside a transaction is refused, as 云开发 refuses it', async () => {
    const store = new CloudbaseDocStore(createFakeCloudDb());
    await expect(store.transaction((tx) => tx.find('items'))).rejects.toThrow('document operations only');
  });
});

/** A command object that records what it was asked to build, like db.command does. */
const _ = new Proxy(
  {},
  {
    get:
      (_t, op: string) =>
      (...args: unknown[]) => ({ op, args }),
  },
) as CloudDb['command'];

describe('CloudbaseDocStore query building', () => {
  test('conditions become db.command operators', () => {
    expect(toFilter(_, { tag: 'x', n: { gte: 2, lt: 5 }, name: { in: ['甲'] }, done: { neq: true }, 'meta.city': null })).toEqual({
      tag: { op: 'eq', args: ['x'] },
      n: {
        op: 'and',
        args: [
          { op: 'gte', args: [2] },
          { op: 'lt', args: [5] },
        ],
      },
      name: { op: 'in', args: [['甲']] },
      done: { op: 'neq', args: [true] },
      'meta.city': { op: 'eq', args: [null] },
    });
  });

  test('nested objects are replaced, not merged, and store fields are never patched', () => {
    expect(replacePatch(_, { meta: { city: '南京' }, list: [1], n: 1, _v: 9, _id: 'x', gone: undefined })).toEqual({
      meta: { op: 'set', args: [{ city: '南京' }] },
      list: [1],
      n: 1,
    });
  });

  test('a conditional update targets the version it read, in one operation', async () => {
    const calls: unknown[] = [];
    const db = {
      command: _,
      collection: () => ({
        where: (filter: object) => ({ update: async (o: object) => (calls.push({ filter, ...o }), { stats: { updated: 0 } }) }),
      }),
    } as unknown as CloudDb;
    expect(await new CloudbaseDocStore(db).update('items', 'a', { n: 2 }, { ifVersion: 3 })).toBeNull();
    expect(calls).toEqual([{ filter: { _id: 'a', _v: 3 }, data: { n: 2, _v: { op: 'inc', args: [1] } } }]);
  });
});
