import { randomBytes } from 'node:crypto';
import type { Ids } from '../../ports/ids';

/** 128 random bits, URL-safe. */
export class RandomIds implements Ids {
  next(): string {
    return randomBytes(16).toString('base64url');
  }
}

/** Predictable ids for tests: prefix-1, prefix-2, … */
export class SequentialIds implements Ids {
  private n = 0;
  constructor(private readonly prefix = 'id') {}
  next(): string {
    this.n += 1;
    return `${this.prefix}-${this.n}`;
  }
}
