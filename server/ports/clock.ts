/** Time comes from here, never from Date.now() in the domain, so rules can be tested with a pinned clock. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}
