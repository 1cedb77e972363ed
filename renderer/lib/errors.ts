import { t } from '../i18n/index.js';

export interface ShownError {
  code: string;
  message: string;
}

/** Turns anything thrown into a code and a message a person can read. */
export function describeError(error: unknown): ShownError {
  if (error !== null && typeof error === 'object' && 'message' in error) {
    const { code, message } = error as { code?: unknown; message: unknown };
    return { code: typeof code === 'string' ? code : 'internal', message: String(message) || t.errors.title };
  }
  return { code: 'internal', message: String(error) };
}

/** The event a component fires to have jb-app show an error banner. */
export const ERROR_EVENT = 'jb-error';

export function reportError(from: EventTarget, error: unknown): void {
  from.dispatchEvent(
    new CustomEvent(ERROR_EVENT, { detail: describeError(error), bubbles: true, composed: true }),
  );
}
