import type { StaffRole } from '../../../types/staff';
import type { LoginAttempts } from '../../domain/staff/login-rules';
import type { DocStore } from '../../ports/doc-store';

export const STAFF_ACCOUNTS = 'staff_accounts';
export const LOGIN_ATTEMPTS = 'staff_login_attempts';

/** A staff account, keyed by its username. */
export interface StaffAccount {
  username: string;
  role: StaffRole;
  /** PHC-encoded scrypt hash (server/adapters/staff/scrypt-password-hasher.ts). */
  passwordHash: string;
  createdAtMs: number;
  updatedAtMs: number;
}

export function createStaffAccountRepository(store: DocStore) {
  return {
    get: (username: string) => store.get<StaffAccount>(STAFF_ACCOUNTS, username),

    /** Creates the account, or sets a new password and role on an existing one; says which. */
    async upsert(account: Omit<StaffAccount, 'createdAtMs' | 'updatedAtMs'>, nowMs: number): Promise<'CREATED' | 'UPDATED'> {
      const { username } = account;
      if (await store.update<StaffAccount>(STAFF_ACCOUNTS, username, { ...account, updatedAtMs: nowMs })) return 'UPDATED';
      await store.insert<StaffAccount>(STAFF_ACCOUNTS, { _id: username, ...account, createdAtMs: nowMs, updatedAtMs: nowMs });
      return 'CREATED';
    },

    async setHash(username: string, passwordHash: string, nowMs: number): Promise<void> {
      await store.update<StaffAccount>(STAFF_ACCOUNTS, username, { passwordHash, updatedAtMs: nowMs });
    },

    /** Kept per username, whether the account exists or not, so a lockout does not tell which names are real. */
    async attempts(username: string): Promise<LoginAttempts | null> {
      const doc = await store.get<LoginAttempts>(LOGIN_ATTEMPTS, username);
      return doc && { failuresMs: doc.failuresMs, lockedUntilMs: doc.lockedUntilMs };
    },

    async saveAttempts(username: string, attempts: LoginAttempts): Promise<void> {
      if (!(await store.update<LoginAttempts>(LOGIN_ATTEMPTS, username, attempts))) {
        await store.insert<LoginAttempts>(LOGIN_ATTEMPTS, { _id: username, ...attempts }).catch(async () => {
          await store.update<LoginAttempts>(LOGIN_ATTEMPTS, username, attempts);
        });
      }
    },
  };
}
