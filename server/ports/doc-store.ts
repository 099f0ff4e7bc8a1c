/**
 * The document store the repositories need: the small common ground of the 云开发 database
 * and SQLite. Every document has a string `_id` and a numeric `_v` (version) kept by the store.
 */

export type Scalar = string | number | boolean | null;

/** A field condition: equality, range, or membership. Fields may be dotted paths ("a.b"). */
export type Condition =
  Scalar | { eq: Scalar } | { neq: Scalar } | { in: Scalar[] } | { gt?: Scalar; gte?: Scalar; lt?: Scalar; lte?: Scalar };

export interface FindQuery {
  where?: Record<string, Condition>;
  orderBy?: { field: string; direction: 'asc' | 'desc' }[];
  /** Defaults to 100; stores clamp to 1000 as 云开发 does. */
  limit?: number;
  skip?: number;
}

export type StoredDoc<T> = T & { _id: string; _v: number };

export interface DocStore {
  get<T extends object>(collection: string, id: string): Promise<StoredDoc<T> | null>;
  find<T extends object>(collection: string, query?: FindQuery): Promise<StoredDoc<T>[]>;
  count(collection: string, where?: Record<string, Condition>): Promise<number>;
  /** Inserts a new document; `_id` is taken from the doc when given. Fails with DuplicateIdError when it exists. */
  insert<T extends object>(collection: string, doc: T & { _id?: string }): Promise<StoredDoc<T>>;
  /**
   * Merges `patch` into the document (top-level fields). With `ifVersion`, only when the stored
   * `_v` still equals it (optimistic concurrency). Returns the updated document, or null when the
   * document is missing or the version did not match.
   */
  update<T extends object>(
    collection: string,
    id: string,
    patch: Partial<T>,
    options?: { ifVersion?: number },
  ): Promise<StoredDoc<T> | null>;
  /** Atomically adds `by` to a numeric field (missing counts as 0), creating the document if needed; returns the new value. */
  increment(collection: string, id: string, field: string, by: number): Promise<number>;
  remove(collection: string, id: string): Promise<boolean>;
  /** Runs `work` so that all its writes land together or not at all. */
  transaction<R>(work: (tx: DocStore) => Promise<R>): Promise<R>;
}

export class DuplicateIdError extends Error {
  constructor(
    readonly collection: string,
    readonly id: string,
  ) {
    super(`document ${collection}/${id} already exists`);
    this.name = 'DuplicateIdError';
  }
}
