import type { CarrierCandidate } from '../../../../types';
import type { Clock } from '../../../ports/clock';
import { CarrierError, type CarrierGateway, type CarrierQuery, type CarrierTrace } from '../../../ports/carrier-gateway';
import type { Logger } from '../../../ports/logger';
import { backoffDelayMs } from '../../../domain/backoff';

export interface ResilienceOptions {
  clock: Clock;
  log: Logger;
  /** Per attempt. */
  timeoutMs: number;
  /** Extra attempts after the first, only for UNAVAILABLE. */
  retries: number;
  backoff: { baseMs: number; maxMs: number };
  /** After this many failed queries in a row the circuit opens for `cooldownMs`: callers fail fast instead of piling up. */
  breaker: { failureThreshold: number; cooldownMs: number };
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_RESILIENCE = {
  timeoutMs: 8000,
  retries: 2,
  backoff: { baseMs: 300, maxMs: 3000 },
  breaker: { failureThreshold: 5, cooldownMs: 60_000 },
} as const;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CarrierError('UNAVAILABLE', `no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Anything that is not a typed carrier answer counts as the carrier being unavailable. */
function asCarrierError(err: unknown): CarrierError {
  return err instanceof CarrierError ? err : new CarrierError('UNAVAILABLE', (err as Error)?.message ?? String(err));
}

/** Timeouts, retries with backoff and a circuit breaker around one source, so callers never handle them. */
export function withResilience(inner: CarrierGateway, options: ResilienceOptions): CarrierGateway {
  const sleep = options.sleep ?? realSleep;
  let failures = 0;
  let openUntil = 0;

  async function attempt<T>(work: () => Promise<T>): Promise<T> {
    if (options.clock.now() < openUntil) throw new CarrierError('UNAVAILABLE', `${inner.source}: circuit open`);
    for (let i = 0; ; i += 1) {
      try {
        const result = await withTimeout(work(), options.timeoutMs);
        failures = 0;
        return result;
      } catch (raw) {
        const err = asCarrierError(raw);
        if (err.kind !== 'UNAVAILABLE') throw err;
        if (i < options.retries) {
          await sleep(backoffDelayMs(i, options.backoff));
          continue;
        }
        failures += 1;
        if (failures >= options.breaker.failureThreshold) {
          openUntil = options.clock.now() + options.breaker.cooldownMs;
          options.log.warn({ source: inner.source, failures }, 'carrier circuit opened');
        }
        throw err;
      }
    }
  }

  const subscribe = inner.subscribe?.bind(inner);
  return {
    source: inner.source,
    query: (q: CarrierQuery): Promise<CarrierTrace> => attempt(() => inner.query(q)),
    recognize: (no: string): Promise<CarrierCandidate[]> => attempt(() => inner.recognize(no)),
    ...(subscribe ? { subscribe: (q: CarrierQuery, url: string) => attempt(() => subscribe(q, url)) } : {}),
  };
}

/** The primary source, and the secondary when the primary cannot answer at all. */
export function withFallback(primary: CarrierGateway, secondary: CarrierGateway): CarrierGateway {
  const fallback = async <T>(work: (g: CarrierGateway) => Promise<T>): Promise<T> => {
    try {
      return await work(primary);
    } catch (err) {
      if (err instanceof CarrierError && (err.kind === 'UNAVAILABLE' || err.kind === 'RATE_LIMITED' || err.kind === 'AUTH'))
        return work(secondary);
      throw err;
    }
  };
  return {
    source: `${primary.source}+${secondary.source}`,
    query: (q) => fallback((g) => g.query(q)),
    recognize: (no) => fallback((g) => g.recognize(no)),
    // Pushes come from the source we subscribed with; the primary's when it can.
    subscribe: (q, url) => fallback(async (g) => g.subscribe?.(q, url)),
  };
}
