import { ZodError, type ZodType } from 'zod';
import { AppError } from '../domain/app-error';
import { ERROR_MESSAGES } from '../../types/errors';
import type { Envelope } from '../../types/envelope';
import { functionRegistry, type FunctionName, type FunctionResponse, type ParsedRequest } from '../../types/functions';
import type { Caller } from '../ports/caller';
import type { Logger } from '../ports/logger';

/** What every runtime calls: raw event in, envelope out. Never throws. */
export type FunctionHandler = (event: unknown, caller: Caller | null) => Promise<Envelope<unknown>>;

export type UseCase<N extends FunctionName> = (input: ParsedRequest<N>, caller: Caller) => Promise<FunctionResponse<N>>;

export function firstIssueMessage(err: ZodError): string {
  const issue = err.issues[0];
  return issue?.message && /[\u4e00-\u9fa5]/.test(issue.message) ? issue.message : ERROR_MESSAGES.INVALID_INPUT;
}

/**
 * Wraps a use case into a handler: checks the caller, parses the event with the registry schema,
 * and maps every outcome to the envelope. Unexpected errors are logged and shown as INTERNAL.
 */
export function defineFunction<N extends FunctionName>(name: N, useCase: UseCase<N>, log: Logger): FunctionHandler {
  const { request } = functionRegistry[name];
  return async (event, caller) => {
    if (!caller?.openid) return fail('FORBIDDEN');
    return answer(name, request, event, (input) => useCase(input as ParsedRequest<N>, caller), log);
  };
}

/** Parses the event with `request` and runs `run` on it, every outcome as an envelope: for any registry (users', staff's). */
export async function answer(
  name: string,
  request: ZodType,
  event: unknown,
  run: (input: unknown) => Promise<unknown>,
  log: Logger,
): Promise<Envelope<unknown>> {
  const parsed = request.safeParse(event ?? {});
  if (!parsed.success) return fail('INVALID_INPUT', firstIssueMessage(parsed.error));
  try {
    return { ok: true, data: await run(parsed.data) };
  } catch (err) {
    if (err instanceof AppError) return fail(err.code, err.userMessage);
    if (err instanceof ZodError) return fail('INVALID_INPUT', firstIssueMessage(err));
    log.error({ err, fn: name }, 'function failed');
    return fail('INTERNAL');
  }
}

function fail(code: keyof typeof ERROR_MESSAGES, message?: string): Envelope<never> {
  return { ok: false, error: { code, message: message ?? ERROR_MESSAGES[code] } };
}
