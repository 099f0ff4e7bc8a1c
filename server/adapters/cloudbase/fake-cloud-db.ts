import type { CloudCollection, CloudCommand, CloudDb, CloudDocRef, CloudQuery, CloudTransaction } from './cloud-db';

/**
 * An in-memory stand-in for the 云开发 database with its documented semantics, for tests:
 * `update` deep-merges plain objects unless wrapped in `_.set` (mpc/reference-sdk-api/database),
 * `add` with an existing `_id` fails with a duplicate-key error, `doc().get()` of a missing
 * document answers `{ data: null }` (throwOnNotFound: false), reads default to 100 and clamp to
 * 1000, transactions roll back when their callback throws.
 */
type Doc = Record<string, unknown>;
interface Op {
  op: string;
  args: unknown[];
}

const isOp = (v: unknown): v is Op => typeof v === 'object' && v !== null && '__fakeOp' in v;
const op = (name: string, ...args: unknown[]) => ({ __fakeOp: true, op: name, args }) as unknown as Op;
const clone = <T>(v: T): T => structuredClone(v);
const isPlain = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v) && !isOp(v);

function read(doc: Doc, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (isPlain(v) ? v[k] : undefined), doc);
}

function matches(value: unknown, cond: unknown): boolean {
  if (!isOp(cond)) return matches(value, op('eq', cond));
  const [a] = cond.args;
  const v = value === undefined ? null : value;
  switch (cond.op) {
    case 'eq':
      return v === a;
    case 'neq':
      return v !== a;
    case 'in':
      return (a as unknown[]).includes(v);
    case 'gt':
      return v !== null && (v as number) > (a as number);
    case 'gte':
      return v !== null && (v as number) >= (a as number);
    case 'lt':
      return v !== null && (v as number) < (a as number);
    case 'lte':
      return v !== null && (v as number) <= (a as number);
    case 'and':
      return cond.args.every((c) => matches(value, c));
    default:
      throw new Error(`fake db: unsupported query operator ${cond.op}`);
  }
}

function applyUpdate(target: Doc, data: Doc): void {
  for (const [key, value] of Object.entries(data)) {
    if (isOp(value) && value.op === 'inc') target[key] = ((target[key] as number) ?? 0) + (value.args[0] as number);
    else if (isOp(value) && value.op === 'set') target[key] = clone(value.args[0]);
    else if (isPlain(value) && isPlain(target[key])) applyUpdate(target[key] as Doc, value);
    else target[key] = clone(value);
  }
}

export function createFakeCloudDb(): CloudDb & { collections: Map<string, Map<string, Doc>> } {
  const collections = new Map<string, Map<string, Doc>>();
  let nextId = 0;
  const table = (name: string) => collections.get(name) ?? collections.set(name, new Map()).get(name)!;

  function docRef(name: string, id: string): CloudDocRef {
    return {
      get: async () => ({ data: table(name).has(id) ? clone(table(name).get(id)!) : null }),
      update: async ({ data }) => {
        const doc = table(name).get(id);
        if (!doc) return { stats: { updated: 0 } };
        applyUpdate(doc, data as Doc);
        return { stats: { updated: 1 } };
      },
      set: async ({ data }) => void table(name).set(id, { ...clone(data as Doc), _id: id }),
      remove: async () => ({ stats: { removed: table(name).delete(id) ? 1 : 0 } }),
    };
  }

  async function add(name: string, data: Doc): Promise<{ _id: string }> {
    const id = (data._id as string | undefined) ?? `fake${(nextId += 1)}`;
    if (table(name).has(id))
      throw Object.assign(new Error('duplicate key error'), { errCode: -502001, errMsg: 'E11000 duplicate key error' });
    table(name).set(id, { ...clone(data), _id: id });
    return { _id: id };
  }

  function query(name: string, filter: Doc = {}, order: [string, 'asc' | 'desc'][] = [], skip = 0, limit?: number): CloudQuery {
    const rows = () => {
      const found = [...table(name).values()].filter((d) => Object.entries(filter).every(([k, c]) => matches(read(d, k), c)));
      found.sort((x, y) => {
        for (const [field, dir] of order) {
          const a = read(x, field) as number | string;
          const b = read(y, field) as number | string;
          if (a !== b) return (a < b ? -1 : 1) * (dir === 'desc' ? -1 : 1);
        }
        return 0;
      });
      return found.slice(skip, skip + Math.min(limit ?? 100, 1000));
    };
    return {
      where: (f) => query(name, f as Doc, order, skip, limit),
      orderBy: (field, dir) => query(name, filter, [...order, [field, dir]], skip, limit),
      skip: (n) => query(name, filter, order, n, limit),
      limit: (n) => query(name, filter, order, skip, n),
      get: async () => ({ data: rows().map(clone) }),
      count: async () => ({
        total: [...table(name).values()].filter((d) => Object.entries(filter).every(([k, c]) => matches(read(d, k), c))).length,
      }),
      update: async ({ data }) => {
        const hit = rows();
        hit.forEach((d) => applyUpdate(d, data as Doc));
        return { stats: { updated: hit.length } };
      },
    };
  }

  const command: CloudCommand = {
    eq: (v) => op('eq', v),
    neq: (v) => op('neq', v),
    in: (v) => op('in', v),
    gt: (v) => op('gt', v),
    gte: (v) => op('gte', v),
    lt: (v) => op('lt', v),
    lte: (v) => op('lte', v),
    and: (...c) => op('and', ...c),
    inc: (n) => op('inc', n),
    set: (v) => op('set', v),
  };

  let lock: Promise<unknown> = Promise.resolve();
  return {
    collections,
    command,
    collection: (name): CloudCollection => ({ ...query(name), doc: (id) => docRef(name, id), add: ({ data }) => add(name, data as Doc) }),
    runTransaction: <R>(run: (tx: CloudTransaction) => Promise<R>) => {
      const result = lock.then(async () => {
        const snapshot = new Map([...collections].map(([k, v]) => [k, clone(v)]));
        try {
          return await run({ collection: (name) => ({ doc: (id) => docRef(name, id), add: ({ data }) => add(name, data as Doc) }) });
        } catch (err) {
          collections.clear();
          snapshot.forEach((v, k) => collections.set(k, v));
          throw err;
        }
      });
      lock = result.catch(() => undefined);
      return result;
    },
  };
}
