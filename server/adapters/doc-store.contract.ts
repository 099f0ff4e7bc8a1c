import type { DocStore } from '../ports/doc-store';
import { DuplicateIdError } from '../ports/doc-store';

interface Item {
  name: string;
  n: number;
  tag: string | null;
  done: boolean;
  meta?: { city: string };
}

/**
 * The behaviour every DocStore adapter owes the repositories. Each adapter's test runs it; the
 * collection names are unique per test so a shared cloud database needs no cleanup between runs.
 */
export function docStoreContract(makeStore: () => Promise<DocStore> | DocStore): void {
  let store: DocStore;
  let collection: string;
  let seq = 0;

  beforeEach(async () => {
    store = await makeStore();
    seq += 1;
    collection = `contract_${process.pid}_${seq}`;
  });

  async function seed(): Promise<void> {
    await store.insert<Item>(collection, { _id: 'a', name: '甲', n: 3, tag: 'x', done: false, meta: { city: '苏州' } });
    await store.insert<Item>(collection, { _id: 'b', name: '乙', n: 1, tag: null, done: true, meta: { city: '杭州' } });
    await store.insert<Item>(collection, { _id: 'c', name: '丙', n: 2, tag: 'y', done: false, meta: { city: '苏州' } });
  }

  test('a document reads back as written, with its id and version 1', async () => {
    await store.insert<Item>(collection, { _id: 'a', name: '甲', n: 3, tag: null, done: false });
    expect(await store.get<Item>(collection, 'a')).toEqual({ _id: 'a', _v: 1, name: '甲', n: 3, tag: null, done: false });
    expect(await store.get<Item>(collection, 'missing')).toBeNull();
  });

  test('inserting an existing id fails and keeps the first document', async () => {
    await store.insert<Item>(collection, { _id: 'a', name: '甲', n: 1, tag: null, done: false });
    await expect(store.insert<Item>(collection, { _id: 'a', name: '乙', n: 2, tag: null, done: false })).rejects.toBeInstanceOf(
      DuplicateIdError,
    );
    expect((await store.get<Item>(collection, 'a'))?.name).toBe('甲');
  });

  test('find filters by equality, range, membership, nested fields and booleans', async () => {
    await seed();
    const ids = async (where: Parameters<DocStore['find']>[1]) => (await store.find<Item>(collection, where)).map((d) => d._id);
    expect(await ids({ where: { tag: 'x' } })).toEqual(['a']);
    expect(await ids({ where: { tag: null } })).toEqual(['b']);
    expect(await ids({ where: { tag: { neq: 'x' } } })).toEqual(['b', 'c']);
    expect(await ids({ where: { n: { gte: 2 } }, orderBy: [{ field: 'n', direction: 'asc' }] })).toEqual(['c', 'a']);
    expect(await ids({ where: { n: { gt: 1, lt: 3 } } })).toEqual(['c']);
    expect(await ids({ where: { name: { in: ['甲', '乙'] } } })).toEqual(['a', 'b']);
    expect(await ids({ where: { 'meta.city': '苏州', done: false } })).toEqual(['a', 'c']);
    expect(await ids({ where: { done: true } })).toEqual(['b']);
  });

  test('find sorts, skips and limits', async () => {
    await seed();
    const page = await store.find<Item>(collection, { orderBy: [{ field: 'n', direction: 'desc' }], skip: 1, limit: 1 });
    expect(page.map((d) => d._id)).toEqual(['c']);
    expect(await store.count(collection, { 'meta.city': '苏州' })).toBe(2);
    expect(await store.count(collection)).toBe(3);
  });

  test('update merges top-level fields, replaces nested objects and bumps the version', async () => {
    await seed();
    const updated = await store.update<Item>(collection, 'a', { n: 10, meta: { city: '南京' } });
    expect(updated).toEqual({ _id: 'a', _v: 2, name: '甲', n: 10, tag: 'x', done: false, meta: { city: '南京' } });
    expect(await store.get<Item>(collection, 'a')).toEqual(updated);
    expect(await store.update<Item>(collection, 'missing', { n: 1 })).toBeNull();
  });

  test('a conditional update loses when someone else wrote first', async () => {
    await seed();
    const read = (await store.get<Item>(collection, 'a'))!;
    expect(await store.update<Item>(collection, 'a', { n: 4 }, { ifVersion: read._v })).not.toBeNull();
    expect(await store.update<Item>(collection, 'a', { n: 5 }, { ifVersion: read._v })).toBeNull();
    expect((await store.get<Item>(collection, 'a'))?.n).toBe(4);
  });

  test('increment is atomic under concurrency and creates the document', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => store.increment(collection, 'counter', 'hits', 1)));
    expect(new Set(results).size).toBe(20);
    expect(Math.max(...results)).toBe(20);
    expect(await store.increment(collection, 'counter', 'hits', -5)).toBe(15);
  });

  test('remove deletes once', async () => {
    await seed();
    expect(await store.remove(collection, 'a')).toBe(true);
    expect(await store.remove(collection, 'a')).toBe(false);
    expect(await store.get(collection, 'a')).toBeNull();
  });

  test('a failed transaction leaves nothing behind', async () => {
    await seed();
    await expect(
      store.transaction(async (tx) => {
        await tx.update<Item>(collection, 'a', { n: 99 });
        await tx.insert<Item>(collection, { _id: 'd', name: '丁', n: 4, tag: null, done: false });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await store.get<Item>(collection, 'a'))?.n).toBe(3);
    expect(await store.get(collection, 'd')).toBeNull();
  });

  test('a committed transaction lands whole', async () => {
    await seed();
    await store.transaction(async (tx) => {
      const a = await tx.get<Item>(collection, 'a');
      await tx.update<Item>(collection, 'a', { n: (a?.n ?? 0) + 1 });
      await tx.insert<Item>(collection, { _id: 'd', name: '丁', n: 4, tag: null, done: false });
    });
    expect((await store.get<Item>(collection, 'a'))?.n).toBe(4);
    expect((await store.get<Item>(collection, 'd'))?.name).toBe('丁');
  });
}
