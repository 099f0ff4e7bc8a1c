import type { Condition, FindQuery, Scalar } from '../../ports/doc-store';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** Collection names become table names, so only plain identifiers pass. */
export function tableName(collection: string): string {
  if (!NAME.test(collection)) throw new Error(`invalid collection name: ${collection}`);
  return `"c_${collection}"`;
}

/** The SQL expression for a document field; `_id` and `_v` live in their own columns. */
export function fieldExpr(field: string): string {
  if (field === '_id') return 'id';
  if (field === '_v') return 'v';
  if (!PATH.test(field)) throw new Error(`invalid field path: ${field}`);
  return `json_extract(data, '$.${field}')`;
}

/** better-sqlite3 cannot bind booleans; json_extract yields 1/0 for them. */
function bindable(value: Scalar): string | number | null {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

function isScalar(c: Condition): c is Scalar {
  return c === null || typeof c !== 'object';
}

function clause(expr: string, cond: Condition, params: unknown[]): string {
  if (isScalar(cond)) return clause(expr, { eq: cond }, params);
  if ('eq' in cond) {
    if (cond.eq === null) return `${expr} IS NULL`;
    params.push(bindable(cond.eq));
    return `${expr} = ?`;
  }
  if ('neq' in cond) {
    if (cond.neq === null) return `${expr} IS NOT NULL`;
    params.push(bindable(cond.neq));
    return `(${expr} IS NULL OR ${expr} != ?)`;
  }
  if ('in' in cond) {
    if (cond.in.length === 0) return '0';
    params.push(...cond.in.map(bindable));
    return `${expr} IN (${cond.in.map(() => '?').join(', ')})`;
  }
  const parts: string[] = [];
  const ops = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;
  for (const key of Object.keys(ops) as (keyof typeof ops)[]) {
    const value = cond[key];
    if (value === undefined) continue;
    params.push(bindable(value));
    parts.push(`${expr} ${ops[key]} ?`);
  }
  return parts.length ? parts.join(' AND ') : '1';
}

export function whereSql(where: Record<string, Condition> | undefined, params: unknown[]): string {
  const entries = Object.entries(where ?? {});
  if (entries.length === 0) return '';
  return ' WHERE ' + entries.map(([field, cond]) => clause(fieldExpr(field), cond, params)).join(' AND ');
}

export const MAX_LIMIT = 1000;
export const DEFAULT_LIMIT = 100;

export function orderLimitSql(query: FindQuery, params: unknown[]): string {
  const order = (query.orderBy ?? []).map((o) => `${fieldExpr(o.field)} ${o.direction === 'desc' ? 'DESC' : 'ASC'}`);
  order.push('id ASC');
  const limit = Math.min(Math.max(Math.trunc(query.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);
  params.push(limit, Math.max(Math.trunc(query.skip ?? 0), 0));
  return ` ORDER BY ${order.join(', ')} LIMIT ? OFFSET ?`;
}
