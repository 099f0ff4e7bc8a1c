/** Ids come from here, never from randomUUID() in the domain. */
export interface Ids {
  /** A new unique id, URL-safe, for documents. */
  next(): string;
}
