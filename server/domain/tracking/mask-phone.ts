import { maskMobile } from '../../../types/masking';

export { maskMobile };

/** A mainland mobile not glued to other digits. */
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

/**
 * Masks every mobile number in a trace text except the ones in `keep` (the courier's, which
 * the user needs to call). Landlines and hotlines such as 95311 are not personal and stay.
 */
export function maskPhones(text: string, keep: readonly string[] = []): string {
  return text.replace(MOBILE, (phone) => (keep.includes(phone) ? phone : maskMobile(phone)));
}
