/** Where processed pushes are remembered: `{ _id: key, atMs }`. */
export const SEEN_PUSHES = 'seen_pushes';

/** Remembers which carrier pushes were already processed, so a resent callback changes nothing. */
export interface SeenPushes {
  has(key: string): boolean | Promise<boolean>;
  add(key: string): void | Promise<void>;
}
