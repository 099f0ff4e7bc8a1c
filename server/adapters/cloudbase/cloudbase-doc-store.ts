import type { Condition, DocStore, FindQuery, StoredDoc } from '../../ports/doc-store';
import { DuplicateIdError } from '../../ports/doc-store';
import type { CloudCommand, CloudDb, CloudDocRef, CloudTransaction } from './cloud-db';

const MAX_LIMIT = 1000;

function isDuplicate(err: unknown): boolean {
  const text = String((err as { errMsg?: string; message?: string })?.errMsg ?? (err as Error)?.message ?? err);
  return /duplicate|E11000|-502001/i.test(text);
}

function isPlainObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** 云开发 merges nested objects on update; our contract replaces top-level fields, so objects go through `_.set`. */
export function replacePatch(_: CloudCommand, patch: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch)) {
    if (k === '_id' || k === '_v' || v === undefined) continue;
    out[k] = isPlainObject(v) ? _.set(v) : v;
  }
  return out;
}

export function toFilter(_: CloudCommand, where: Record<string, Condition> = {}): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  for (const [field, cond] of Object.entries(where)) {
    if (cond === null || typeof cond !== 'object') filter[field] = _.eq(cond);
    else if ('eq' in cond) filter[field] = _.eq(cond.eq);
    else if ('neq' in cond) filter[field] = _.neq(cond.neq);
    else if ('in' in cond) filter[field] = _.in(cond.in);
    else {
      const parts: unknown[] = [];
      if (cond.gt !== undefined) parts.push(_.gt(cond.gt));
      if (cond.gte !== undefined) parts.push(_.gte(cond.gte));
      if (cond.lt !== undefined) parts.push(_.lt(cond.lt));
      if (cond.lte !== undefined) parts.push(_.lte(cond.lte));
      filter[field] = parts.length === 1 ? parts[0] : _.and(...parts);
    }
  }
  return filter;
}

/**
 * DocStore over the 云开发 database (wx-server-sdk). Conditional updates are a single
 * `where({_id, _v}).update()` so the version check and the write are one atomic operation.
 * Inside transactions 云开发 allows document operations only, so `find`/`count` there throw.
 */
export class CloudbaseDocStore implements DocStore {
  constructor(private readonly db: CloudDb) {}

  private get _() {
    return this.db.command;
  }

  async get<T extends object>(collection: string, id: string): Promise<StoredDoc<T> | null> {
    return readDoc<T>(this.db.collection(collection).doc(id));
  }

  async find<T extends object>(collection: string, query: FindQuery = {}): Promise<StoredDoc<T>[]> {
    let q = this.db.collection(collection).where(toFilter(this._, query.where));
    for (const o of query.orderBy ?? []) q = q.orderBy(o.field, o.direction);
    q = q.orderBy('_id', 'asc');
    if (query.skip) q = q.skip(query.skip);
    q = q.limit(Math.min(Math.max(Math.trunc(query.limit ?? 100), 1), MAX_LIMIT));
    const { data } = await q.get();
    return data as StoredDoc<T>[];
  }

  async count(collection: string, where?: Record<string, Condition>): Promise<number> {
    return (await this.db.collection(collection).where(toFilter(this._, where)).count()).total;
  }

  async insert<T extends object>(collection: string, doc: T & { _id?: string }): Promise<StoredDoc<T>> {
    try {
      const { _id } = await this.db.collection(collection).add({ data: { ...doc, _v: 1 } });
      return { ...doc, _id, _v: 1 } as StoredDoc<T>;
    } catch (err) {
      if (isDuplicate(err)) throw new DuplicateIdError(collection, doc._id ?? '');
      throw err;
    }
  }

  async update<T extends object>(
    collection: string,
    id: string,
    patch: Partial<T>,
    options: { ifVersion?: number } = {},
  ): Promise<StoredDoc<T> | null> {
    const data = { ...replacePatch(this._, patch), _v: this._.inc(1) };
    const target = options.ifVersion === undefined ? { _id: id } : { _id: id, _v: options.ifVersion };
    const { stats } = await this.db.collection(collection).where(target).update({ data });
    if (stats.updated === 0) return null;
    return this.get<T>(collection, id);
  }

  /**
   * Read-modify-write inside a transaction: an `_.inc` update followed by a read could return a
   * value that other callers' increments already moved, so callers would see the same count.
   */
  async increment(collection: string, id: string, field: string, by: number): Promise<number> {
    return this.transaction((tx) => tx.increment(collection, id, field, by));
  }

  async remove(collection: string, id: string): Promise<boolean> {
    return (await this.db.collection(collection).doc(id).remove()).stats.removed > 0;
  }

  async transaction<R>(work: (tx: DocStore) => Promise<R>): Promise<R> {
    return this.db.runTransaction((tx) => work(new CloudTransactionStore(tx, this._)));
  }
}

async function readDoc<T>(ref: CloudDocRef): Promise<StoredDoc<T> | null> {
  const { data } = await ref.get();
  return (data as StoredDoc<T> | null) ?? null;
}

/** Document operations inside a 云开发 transaction. */
class CloudTransactionStore implements DocStore {
  constructor(
    private readonly tx: CloudTransaction,
    private readonly _: CloudCommand,
  ) {}

  get<T extends object>(collection: string, id: string): Promise<StoredDoc<T> | null> {
    return readDoc<T>(this.tx.collection(collection).doc(id));
  }

  find(): Promise<never> {
    return Promise.reject(new Error('云开发 transactions allow document operations only'));
  }

  count(): Promise<never> {
    return this.find();
  }

  async insert<T extends object>(collection: string, doc: T & { _id?: string }): Promise<StoredDoc<T>> {
    if (doc._id && (await this.get(collection, doc._id))) throw new DuplicateIdError(collection, doc._id);
    const { _id } = await this.tx.collection(collection).add({ data: { ...doc, _v: 1 } });
    return { ...doc, _id, _v: 1 } as StoredDoc<T>;
  }

  async update<T extends object>(
    collection: string,
    id: string,
    patch: Partial<T>,
    options: { ifVersion?: number } = {},
  ): Promise<StoredDoc<T> | null> {
    const current = await this.get<T>(collection, id);
    if (!current || (options.ifVersion !== undefined && current._v !== options.ifVersion)) return null;
    await this.tx
      .collection(collection)
      .doc(id)
      .update({ data: { ...replacePatch(this._, patch), _v: current._v + 1 } });
    const next = { ...current, ...patch, _id: id, _v: current._v + 1 };
    return next as StoredDoc<T>;
  }

  async increment(collection: string, id: string, field: string, by: number): Promise<number> {
    const current = await this.get<Record<string, number>>(collection, id);
    const value = Number(current?.[field] ?? 0) + by;
    if (current)
      await this.tx
        .collection(collection)
        .doc(id)
        .update({ data: { [field]: value, _v: current._v + 1 } });
    else await this.tx.collection(collection).add({ data: { _id: id, [field]: value, _v: 1 } });
    return value;
  }

  async remove(collection: string, id: string): Promise<boolean> {
    const { stats } = await this.tx.collection(collection).doc(id).remove();
    return stats.removed > 0;
  }

  transaction<R>(work: (tx: DocStore) => Promise<R>): Promise<R> {
    return work(this);
  }
}
