/** The one error type domain code throws; entry points map `code` to an HTTP status or a form message. */
export const ERROR_STATUS = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_INPUT: 422,
  RATE_LIMITED: 429,
} as const;
export type AppErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    public readonly code: AppErrorCode,
    /** A message key in the `errors` namespace of the i18n catalogue. */
    public readonly messageKey: string = code,
    public readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(messageKey);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
