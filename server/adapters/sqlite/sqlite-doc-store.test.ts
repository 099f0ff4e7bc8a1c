import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docStoreContract } from '../doc-store.contract';
import { SqliteDocStore } from './sqlite-doc-store';

describe('SqliteDocStore', () => {
  const stores: SqliteDocStore[] = [];
  afterAll(() => stores.forEach((s) => s.close()));

  docStoreContract(() => {
    const store = new SqliteDocStore(':memory:');
    stores.push(store);
    return store;
  });

  test('writes outside a transaction wait until it ends', async () => {
    const store = new SqliteDocStore(':memory:');
    stores.push(store);
    await store.insert('items', { _id: 'a', n: 1 });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const tx = store.transaction(async (t) => {
      await t.update('items', 'a', { n: 2 });
      await gate;
      throw new Error('rolled back');
    });
    const outside = store.update<{ n: number }>('items', 'a', { n: 5 });
    release();
    await expect(tx).rejects.toThrow('rolled back');
    expect((await outside)?.n).toBe(5);
    expect((await store.get<{ n: number }>('items', 'a'))?._v).toBe(2);
  });

  test('data and migrations survive a restart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pm-sqlite-'));
    try {
      const first = new SqliteDocStore(join(dir, 'db.sqlite'));
      expect(first.migrate('001-demo', (db) => db.exec('CREATE TABLE demo (x INTEGER)'))).toBe(true);
      first.close();
      const second = new SqliteDocStore(join(dir, 'db.sqlite'));
      expect(
        second.migrate('001-demo', () => {
          throw new Error('ran twice');
        }),
      ).toBe(false);
      second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('field paths and collection names cannot inject SQL', async () => {
    const store = new SqliteDocStore(':memory:');
    stores.push(store);
    await expect(store.find('items', { where: { "a') OR 1=1 --": 1 } })).rejects.toThrow('invalid field path');
    await expect(store.get('items; DROP TABLE x', 'a')).rejects.toThrow('invalid collection name');
  });
});
