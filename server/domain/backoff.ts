/** Delay before retry number `attempt` (0-based): doubling from `baseMs`, capped at `maxMs`. */
export function backoffDelayMs(attempt: number, { baseMs, maxMs }: { baseMs: number; maxMs: number }): number {
  return Math.min(maxMs, baseMs * 2 ** attempt);
}
