import type { StaffRole } from '../../types/staff';

export interface StaffIdentity {
  username: string;
  role: StaffRole;
}

/** Bearer tokens of the staff console: signed, expiring, never accepted where a user's token is expected and the other way round. */
export interface StaffTokens {
  issue(who: StaffIdentity): { token: string; expiresAtMs: number };
  /** The identity in a valid, unexpired token; null for anything else. */
  verify(token: string | undefined): StaffIdentity | null;
}
