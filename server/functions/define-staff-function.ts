import { ZodError } from 'zod';
import { AppError } from '../domain/app-error';
import { ERROR_MESSAGES, type ErrorCode } from '../../types/errors';
import type { Envelope } from '../../types/envelope';
import {
  STAFF_SIGN_IN_MESSAGE,
  staffRegistry,
  SUPERVISOR_ONLY,
  type ParsedStaffRequest,
  type StaffFunctionName,
  type StaffResponse,
} from '../../types/staff';
import type { Logger } from '../ports/logger';
import type { StaffIdentity } from '../ports/staff-tokens';
import { firstIssueMessage } from './define-function';

/** A staff function: the console's call with the staff member the token names. Never throws. */
export type StaffHandler = (event: unknown, staff: StaffIdentity | null) => Promise<Envelope<unknown>>;

export type StaffUseCase<N extends StaffFunctionName> = (input: ParsedStaffRequest<N>, staff: StaffIdentity) => Promise<StaffResponse<N>>;

const fail = (code: ErrorCode, message?: string): Envelope<never> => ({
  ok: false,
  error: { code, message: message ?? ERROR_MESSAGES[code] },
});

/** Wraps a staff use case: a staff member (and for some functions a supervisor), a request that parses, the envelope out. */
export function defineStaffFunction<N extends StaffFunctionName>(name: N, useCase: StaffUseCase<N>, log: Logger): StaffHandler {
  const { request } = staffRegistry[name];
  return async (event, staff) => {
    if (!staff) return fail('FORBIDDEN', STAFF_SIGN_IN_MESSAGE);
    if (SUPERVISOR_ONLY.includes(name) && staff.role !== 'supervisor') return fail('FORBIDDEN', '只有主管可以查看');
    const parsed = request.safeParse(event ?? {});
    if (!parsed.success) return fail('INVALID_INPUT', firstIssueMessage(parsed.error));
    try {
      return { ok: true, data: await useCase(parsed.data as ParsedStaffRequest<N>, staff) };
    } catch (err) {
      if (err instanceof AppError) return fail(err.code, err.userMessage);
      if (err instanceof ZodError) return fail('INVALID_INPUT', firstIssueMessage(err));
      log.error({ err, fn: name }, 'staff function failed');
      return fail('INTERNAL');
    }
  };
}
