/** Encrypts small secrets we must keep to do our job (a phone tail to poll SF/ZTO) so they are never stored in the clear. */
export interface Sealer {
  seal(plain: string): string;
  /** The plain text, or null when the value was sealed with another key or tampered with. */
  open(sealed: string): string | null;
  /** A keyed fingerprint to compare a value against later without keeping it (4 digits are too few for a plain hash). */
  fingerprint(plain: string): string;
}
