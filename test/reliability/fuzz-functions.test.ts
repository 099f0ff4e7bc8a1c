import fc from 'fast-check';
import { ManualClock } from '../../server/adapters/system/system-clock';
import { RandomIds } from '../../server/adapters/system/random-ids';
import { createDevSessions } from '../../server/local/dev-session';
import { startTempServer } from '../../scripts/lib/temp-server';
import { ERROR_CODES } from '../../types/errors';
import { FUNCTION_NAMES, functionRegistry, type FunctionName } from '../../types/functions';
import { checkReply } from '../support/contract';
import { reportCount } from '../support/raw-http';

const SECRET = 'fuzz-functions-test-secret-0000';
const RUNS_PER_FUNCTION = 300;

/** Values of every shape a client could send, JSON-encodable: odd strings, huge ones, numbers at the edges, nesting. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '0000',
    '-1',
    'NaN',
    'null',
    '__proto__',
    'constructor',
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '../../etc/passwd',
    'Ｙ Ｔ１２３',
    '😀'.repeat(50),
  ),
  fc.integer({ min: 1000, max: 200_000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e308, -0, 0.1, 2 ** 53 + 1),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 200 }),
);

/** A body for one function: random JSON, the function's own fields with odd values, prototype keys, or deep nesting. */
function bodies(name: FunctionName): fc.Arbitrary<string> {
  const shape = (functionRegistry[name].request as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  const fields = Object.keys(shape);
  return fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    fc.record(Object.fromEntries(fields.map((f) => [f, oddValue])), { requiredKeys: [] }).map((v) => JSON.stringify(v)),
    fc.constantFrom(
      '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}',
      `{"__proto__":{"openid":"o_someone"}${fields.map((f) => `,"${f}":{"__proto__":null}`).join('')}}`,
      '[]',
      'null',
      '"string"',
      '12',
      `${'['.repeat(5000)}${']'.repeat(5000)}`,
      `{"a":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`,
    ),
  );
}

test(`every registered function answers ${RUNS_PER_FUNCTION} generated bodies and tokens with a stable code and a Chinese message, never INTERNAL or a 5xx`, async () => {
  const server = await startTempServer({ DEV_SESSION_SECRET: SECRET });
  try {
    const users = Array.from({ length: 20 }, () => server.newUserToken());
    const expired = createDevSessions(SECRET, new RandomIds(), new ManualClock(Date.now() - 3 * 24 * 3600_000)).issue('x');
    const foreign = createDevSessions('another-secret-entirely-0000', new RandomIds(), new ManualClock(Date.now())).issue('x');
    if (!expired.ok || !foreign.ok) throw new Error('no tokens');
    const [payload] = users[0].split('.');
    const [, signature] = users[1].split('.');
    // Mostly real users, so bodies reach validation and the use cases; the rest probe identity.
    const tokens = fc.oneof(
      { arbitrary: fc.constantFrom(...users.map((t) => `Bearer ${t}`)), weight: 6 },
      fc.constantFrom(
        undefined,
        '',
        'Bearer',
        'Bearer ',
        `Bearer ${payload}.${signature}`,
        `Bearer ${expired.data.token}`,
        `Bearer ${foreign.data.token}`,
        `Basic ${users[0]}`,
      ),
      fc.string({ maxLength: 80 }).map((s) => `Bearer ${s}`),
    );
    let tried = 0;
    const codes = new Map<string, number>();
    for (const name of FUNCTION_NAMES) {
      await fc.assert(
        fc.asyncProperty(bodies(name), tokens, async (body, authorization) => {
          const res = await fetch(`${server.url}api/${name}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
            body,
          });
          tried += 1;
          const reply = checkReply(name, await res.json());
          const code = reply.ok ? 'OK' : reply.error.code;
          codes.set(code, (codes.get(code) ?? 0) + 1);
          expect(code).not.toBe('INTERNAL');
          // A carrier that is down is the one 5xx we give, on purpose: 503 with a stable code, not a fault of ours.
          if (code !== 'CARRIER_UNAVAILABLE') expect(res.status).toBeLessThan(500);
          if (!reply.ok) expect(ERROR_CODES).toContain(reply.error.code);
        }),
        { numRuns: RUNS_PER_FUNCTION, seed: 20261123 },
      );
      expect((await fetch(`${server.url}healthz`)).status).toBe(200);
    }
    reportCount('function fuzz: bodies and tokens tried', tried);
    reportCount(`function fuzz: answers by code ${JSON.stringify(Object.fromEntries(codes))}`, codes.size);
    expect(tried).toBe(FUNCTION_NAMES.length * RUNS_PER_FUNCTION);
  } finally {
    await server.close();
  }
}, 180_000);
