/** Password hashes for staff accounts; the encoded hash carries its own parameters. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /**
   * True when `password` matches `encoded`. With null (no such account) it still does the
   * work of a real check and answers false, so timing does not tell which usernames exist.
   */
  verify(password: string, encoded: string | null): Promise<boolean>;
  /** True when `encoded` was made with weaker parameters than the current ones: rehash after a good login. */
  needsRehash(encoded: string): boolean;
}
