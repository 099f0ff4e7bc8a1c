import { z } from 'zod';
import { toChinaIso } from '../../domain/complaints/china-time';
import { AppError } from '../../domain/app-error';
import { lockStatus, NO_ATTEMPTS, passwordProblem, recordFailure, recordSuccess } from '../../domain/staff/login-rules';
import type { StaffRole } from '../../../types/staff';
import { staffLogin, staffRoleSchema, staffUsernameSchema } from '../../../types/staff';
import type { Clock } from '../../ports/clock';
import type { DocStore } from '../../ports/doc-store';
import type { PasswordHasher } from '../../ports/password-hasher';
import type { StaffTokens } from '../../ports/staff-tokens';
import { createStaffAccountRepository } from './staff-account.repository';

export interface StaffLoginDeps {
  store: DocStore;
  clock: Clock;
  passwords: PasswordHasher;
  staffTokens: StaffTokens;
}

type LoginAnswer = z.infer<typeof staffLogin.response>;

/**
 * `POST /console/api/login`: a locked username is refused before any password is checked; a
 * wrong password or an unknown username takes the same time and gets the same answer; the
 * fifth failure in the window locks. A good login clears the failures and upgrades a hash made
 * with weaker parameters.
 */
export function createStaffLogin(deps: StaffLoginDeps) {
  const { clock, passwords, staffTokens } = deps;
  const accounts = createStaffAccountRepository(deps.store);

  return async ({ username, password }: { username: string; password: string }): Promise<LoginAnswer> => {
    const attempts = (await accounts.attempts(username)) ?? NO_ATTEMPTS;
    const lock = lockStatus(attempts, clock.now());
    if (lock.locked) throw new AppError('ACCOUNT_LOCKED', lock.message);

    const account = await accounts.get(username);
    if (!(await passwords.verify(password, account?.passwordHash ?? null)) || !account) {
      const next = recordFailure(attempts, clock.now());
      await accounts.saveAttempts(username, next);
      const locked = lockStatus(next, clock.now());
      throw locked.locked ? new AppError('ACCOUNT_LOCKED', locked.message) : new AppError('LOGIN_FAILED');
    }
    await accounts.saveAttempts(username, recordSuccess());
    if (passwords.needsRehash(account.passwordHash)) await accounts.setHash(username, await passwords.hash(password), clock.now());
    const { token, expiresAtMs } = staffTokens.issue({ username, role: account.role });
    return { token, username, role: account.role, expiresAt: toChinaIso(expiresAtMs) };
  };
}

export interface AddStaffDeps {
  store: DocStore;
  clock: Clock;
  passwords: PasswordHasher;
}

/** `cli staff add`: a new account, or a new password and role for an existing one. Refuses weak passwords with the reason. */
export function createAddStaff(deps: AddStaffDeps) {
  const accounts = createStaffAccountRepository(deps.store);
  return async (input: { username: string; role: StaffRole; password: string }): Promise<'CREATED' | 'UPDATED'> => {
    const username = staffUsernameSchema.parse(input.username);
    const role = staffRoleSchema.parse(input.role);
    const problem = passwordProblem(input.password, username);
    if (problem) throw new AppError('INVALID_INPUT', problem);
    return accounts.upsert({ username, role, passwordHash: await deps.passwords.hash(input.password) }, deps.clock.now());
  };
}
