/**
 * The slice of the wx-server-sdk database API the adapter uses, typed by us: the SDK types every
 * call as `Promise<…> | void | string` (callback style), which would leak casts everywhere.
 */
export interface CloudQuery {
  where(filter: object): CloudQuery;
  orderBy(field: string, direction: 'asc' | 'desc'): CloudQuery;
  skip(n: number): CloudQuery;
  limit(n: number): CloudQuery;
  get(): Promise<{ data: Record<string, unknown>[] }>;
  count(): Promise<{ total: number }>;
  update(options: { data: object }): Promise<{ stats: { updated: number } }>;
}

export interface CloudDocRef {
  get(): Promise<{ data: Record<string, unknown> | null }>;
  update(options: { data: object }): Promise<{ stats: { updated: number } }>;
  set(options: { data: object }): Promise<unknown>;
  remove(): Promise<{ stats: { removed: number } }>;
}

export interface CloudCollection extends CloudQuery {
  doc(id: string): CloudDocRef;
  add(options: { data: object }): Promise<{ _id: string }>;
}

export interface CloudCommand {
  eq(v: unknown): unknown;
  neq(v: unknown): unknown;
  in(v: unknown[]): unknown;
  gt(v: unknown): unknown;
  gte(v: unknown): unknown;
  lt(v: unknown): unknown;
  lte(v: unknown): unknown;
  and(...conds: unknown[]): unknown;
  inc(n: number): unknown;
  set(v: unknown): unknown;
}

export interface CloudTransaction {
  collection(name: string): { doc(id: string): CloudDocRef; add(options: { data: object }): Promise<{ _id: string }> };
}

export interface CloudDb {
  command: CloudCommand;
  collection(name: string): CloudCollection;
  runTransaction<R>(run: (tx: CloudTransaction) => Promise<R>): Promise<R>;
}
