/** RFC 3339 in Beijing time to the second (2026-11-21T10:30:00+08:00): how API v3 writes and wants times. */
export function beijingSeconds(ms: number): string {
  return `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}
