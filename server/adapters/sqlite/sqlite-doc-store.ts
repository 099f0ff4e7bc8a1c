import Database from 'better-sqlite3';
import type { Condition, DocStore, FindQuery, StoredDoc } from '../../ports/doc-store';
import { DuplicateIdError } from '../../ports/doc-store';
import { fieldExpr, orderLimitSql, tableName, whereSql } from './sql-conditions';

interface Row {
  id: string;
  v: number;
  data: string;
}

function toDoc<T>(row: Row): StoredDoc<T> {
  return { ...(JSON.parse(row.data) as T), _id: row.id, _v: row.v };
}

function body(doc: object): string {
  const { _id: _ignoredId, _v: _ignoredV, ...rest } = doc as Record<string, unknown>;
  return JSON.stringify(rest);
}

/**
 * The local document store: one SQLite table per collection (id, version, JSON body), queried
 * with json_extract. better-sqlite3 is synchronous, so every call is atomic on its own; a
 * transaction holds a lock so no other caller's write lands between its awaits.
 */
export class SqliteDocStore implements DocStore {
  readonly db: Database.Database;
  private readonly tables = new Set<string>();
  private lock: Promise<void> = Promise.resolve();
  /** Compiled statements by SQL text: compiling is the costliest step of a small query. */
  private readonly statements = new Map<string, Database.Statement>();
  private inTransaction = false;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    // WAL with NORMAL: a crashed or killed process loses nothing committed; only a power cut may lose the last commits.
    this.db.pragma('synchronous = NORMAL');
    // After each checkpoint the WAL file is cut back to this size instead of staying at its high-water mark.
    this.db.pragma(`journal_size_limit = ${8 * 1024 * 1024}`);
    this.db.exec('CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  }

  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      if (this.statements.size > 500) this.statements.clear(); // ad-hoc queries must not grow it without end
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  private table(collection: string): string {
    const table = tableName(collection);
    if (!this.tables.has(table)) {
      this.db.exec(`CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, v INTEGER NOT NULL, data TEXT NOT NULL)`);
      this.tables.add(table);
    }
    return table;
  }

  /**
   * Runs `op` now when no transaction is open, else after it ends. The check and the operation
   * happen in the same tick, so nothing slips in between.
   */
  private run<R>(op: () => R): Promise<R> {
    if (this.inTransaction) return this.lock.then(() => this.run(op));
    try {
      return Promise.resolve(op());
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** Runs a named migration once; returns whether it ran now. */
  migrate(name: string, run: (db: Database.Database) => void): boolean {
    const done = this.db.prepare('SELECT 1 FROM _migrations WHERE name = ?').get(name);
    if (done) return false;
    this.db.transaction(() => {
      run(this.db);
      this.db.prepare('INSERT INTO _migrations (name, applied_at) VALUES (?, ?)').run(name, new Date().toISOString());
    })();
    return true;
  }

  /** An index on document fields, used by find() with the same fields. */
  indexOn(collection: string, fields: string[]): void {
    const table = this.table(collection);
    const name = `"ix_${collection}_${fields.join('_').replace(/\./g, '_')}"`;
    this.db.exec(`CREATE INDEX IF NOT EXISTS ${name} ON ${table} (${fields.map(fieldExpr).join(', ')})`);
  }

  async get<T extends object>(collection: string, id: string): Promise<StoredDoc<T> | null> {
    return this.run(() => this.getNow<T>(collection, id));
  }

  private getNow<T>(collection: string, id: string): StoredDoc<T> | null {
    const row = this.sql(`SELECT id, v, data FROM ${this.table(collection)} WHERE id = ?`).get(id) as Row | undefined;
    return row ? toDoc<T>(row) : null;
  }

  async find<T extends object>(collection: string, query: FindQuery = {}): Promise<StoredDoc<T>[]> {
    return this.run(() => this.findNow<T>(collection, query));
  }

  private findNow<T>(collection: string, query: FindQuery): StoredDoc<T>[] {
    const params: unknown[] = [];
    const sql = `SELECT id, v, data FROM ${this.table(collection)}${whereSql(query.where, params)}${orderLimitSql(query, params)}`;
    return (this.sql(sql).all(...params) as Row[]).map((row) => toDoc<T>(row));
  }

  async count(collection: string, where?: Record<string, Condition>): Promise<number> {
    return this.run(() => this.countNow(collection, where));
  }

  private countNow(collection: string, where?: Record<string, Condition>): number {
    const params: unknown[] = [];
    const row = this.sql(`SELECT COUNT(*) AS n FROM ${this.table(collection)}${whereSql(where, params)}`).get(...params) as {
      n: number;
    };
    return row.n;
  }

  async insert<T extends object>(collection: string, doc: T & { _id?: string }): Promise<StoredDoc<T>> {
    return this.run(() => this.insertNow(collection, doc));
  }

  private insertNow<T extends object>(collection: string, doc: T & { _id?: string }): StoredDoc<T> {
    const id = doc._id ?? crypto.randomUUID();
    try {
      this.sql(`INSERT INTO ${this.table(collection)} (id, v, data) VALUES (?, 1, ?)`).run(id, body(doc));
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new DuplicateIdError(collection, id);
      throw err;
    }
    return { ...doc, _id: id, _v: 1 } as StoredDoc<T>;
  }

  async update<T extends object>(
    collection: string,
    id: string,
    patch: Partial<T>,
    options: { ifVersion?: number } = {},
  ): Promise<StoredDoc<T> | null> {
    return this.run(() => this.updateNow(collection, id, patch, options));
  }

  private updateNow<T extends object>(
    collection: string,
    id: string,
    patch: Partial<T>,
    options: { ifVersion?: number },
  ): StoredDoc<T> | null {
    const table = this.table(collection);
    // Optimistic: the UPDATE lands only on the version just read, so a writer in another process
    // (the CLI) can never be overwritten; a single statement needs no transaction around it.
    for (;;) {
      const current = this.getNow<T>(collection, id);
      if (!current) return null;
      if (options.ifVersion !== undefined && current._v !== options.ifVersion) return null;
      const merged = { ...current, ...patch };
      const changes = this.sql(`UPDATE ${table} SET v = ?, data = ? WHERE id = ? AND v = ?`).run(
        current._v + 1,
        body(merged),
        id,
        current._v,
      ).changes;
      if (changes > 0) return { ...merged, _id: id, _v: current._v + 1 } as StoredDoc<T>;
    }
  }

  async increment(collection: string, id: string, field: string, by: number): Promise<number> {
    return this.run(() => this.incrementNow(collection, id, field, by));
  }

  private incrementNow(collection: string, id: string, field: string, by: number): number {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field)) throw new Error(`cannot increment ${field}: top-level fields only`);
    const path = `$.${field}`;
    const table = this.table(collection);
    const row = this.sql(
      `INSERT INTO ${table} (id, v, data) VALUES (?, 1, json_object(?, ?))
         ON CONFLICT(id) DO UPDATE SET v = v + 1,
           data = json_set(data, '${path}', coalesce(json_extract(data, '${path}'), 0) + ?)
         RETURNING json_extract(data, '${path}') AS value`,
    )
      // .all(), not .get(): a RETURNING statement left unfinished keeps a read transaction open and no checkpoint completes.
      .all(id, field, by, by)[0] as { value: number };
    return row.value;
  }

  async remove(collection: string, id: string): Promise<boolean> {
    return this.run(() => this.removeNow(collection, id));
  }

  private removeNow(collection: string, id: string): boolean {
    return this.sql(`DELETE FROM ${this.table(collection)} WHERE id = ?`).run(id).changes > 0;
  }

  async transaction<R>(work: (tx: DocStore) => Promise<R>): Promise<R> {
    // Re-checked on every wake-up, in the same tick as taking the lock.
    while (this.inTransaction) await this.lock;
    let release!: () => void;
    this.lock = new Promise((resolve) => (release = resolve));
    this.inTransaction = true;
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = await work(this.transactionView());
      this.db.exec('COMMIT');
      return result;
    } catch (err) {
      this.db.exec('ROLLBACK');
      throw err;
    } finally {
      this.inTransaction = false;
      release();
    }
  }

  /** The store as seen inside a transaction: the same operations, without waiting for the lock it holds. */
  private transactionView(): DocStore {
    const view: DocStore = {
      get: async <T extends object>(c: string, id: string) => this.getNow<T>(c, id),
      find: async <T extends object>(c: string, q: FindQuery = {}) => this.findNow<T>(c, q),
      count: async (c, where) => this.countNow(c, where),
      insert: async (c, doc) => this.insertNow(c, doc),
      update: async (c, id, patch, options = {}) => this.updateNow(c, id, patch, options),
      increment: async (c, id, field, by) => this.incrementNow(c, id, field, by),
      remove: async (c, id) => this.removeNow(c, id),
      transaction: async (work) => work(view),
    };
    return view;
  }

  close(): void {
    this.db.close();
  }
}
