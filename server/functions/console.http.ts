import { ERROR_MESSAGES, type ErrorCode } from '../../types/errors';
import type { Envelope } from '../../types/envelope';
import { staffLogin } from '../../types/staff';
import { createStaffLogin } from '../use-cases/staff/staff-login.use-case';
import { AppError } from '../domain/app-error';
import { firstIssueMessage } from './define-function';
import type { AppDeps } from './deps';
import type { HttpHandler, HttpReply } from './http';
import { createAllStaffFunctions } from './staff.functions';

/** HTTP statuses of the console's answers; the envelope says the rest. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  LOGIN_FAILED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  NOT_ALLOWED_IN_STATE: 409,
  ACCOUNT_LOCKED: 429,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

function answer(envelope: Envelope<unknown>): HttpReply {
  const status = envelope.ok ? 200 : (STATUS[envelope.error.code] ?? 400);
  return { status, contentType: 'application/json; charset=utf-8', body: JSON.stringify(envelope) };
}

const refuse = (code: ErrorCode, message: string = ERROR_MESSAGES[code]) => answer({ ok: false, error: { code, message } });

function bearer(header: string | undefined): string | undefined {
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
}

/**
 * The staff console's API, one HTTP function in both runtimes: `POST …/console/api/login` and
 * `POST …/console/api/<staff function>` with the staff token, JSON in and the envelope out (the
 * function name arrives as the request's last path segment). A user's token is no staff token,
 * so it is refused here.
 */
export function createConsoleHttp(deps: AppDeps): HttpHandler {
  const functions = createAllStaffFunctions(deps);
  const login = createStaffLogin(deps);

  return async ({ vendor: name, rawBody, headers }) => {
    // A browser sends application/json cross-origin only after a preflight nobody grants.
    if (!/^application\/json\s*(;|$)/i.test(headers['content-type'] ?? ''))
      return refuse('INVALID_INPUT', '请求内容类型应为 application/json');
    let body: unknown;
    try {
      body = rawBody.trim() ? JSON.parse(rawBody) : {};
    } catch {
      return refuse('INVALID_INPUT', '请求内容不是有效的 JSON');
    }

    if (name === 'login') {
      const parsed = staffLogin.request.safeParse(body);
      if (!parsed.success) return refuse('INVALID_INPUT', firstIssueMessage(parsed.error));
      try {
        return answer({ ok: true, data: await login(parsed.data) });
      } catch (err) {
        if (err instanceof AppError) return refuse(err.code, err.userMessage);
        deps.log.error({ err }, 'staff login failed');
        return refuse('INTERNAL');
      }
    }
    const fn = Object.hasOwn(functions, name) ? functions[name as keyof typeof functions] : undefined;
    if (!fn) return refuse('NOT_FOUND', '没有这个接口');
    return answer(await fn(body, deps.staffTokens.verify(bearer(headers.authorization))));
  };
}
