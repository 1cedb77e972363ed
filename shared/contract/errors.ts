/** Errors that cross a transport carry a code the UI can act on and a message a person can read. */
export type ErrorCode = 'invalid_input' | 'not_found' | 'rejected' | 'unknown_method' | 'internal';

export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
}

export class ApiError extends Error implements ApiErrorShape {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toJSON(): ApiErrorShape {
    return { code: this.code, message: this.message };
  }
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };
