import { ERROR_MESSAGES, type ErrorCode } from '../../types/errors';

/** A failure the user should hear about: a stable code and a Chinese message fit to show. */
export class AppError extends Error {
  readonly userMessage: string;

  constructor(
    readonly code: ErrorCode,
    userMessage?: string,
  ) {
    super(`${code}: ${userMessage ?? ERROR_MESSAGES[code]}`);
    this.name = 'AppError';
    this.userMessage = userMessage ?? ERROR_MESSAGES[code];
  }
}
