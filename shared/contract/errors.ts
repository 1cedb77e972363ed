/** Errors that cross a transport carry a code the UI can act on and a message a person can read. */
import type { Said } from '../i18n/said.js';
import type { UiLanguage } from './vocabulary.js';

export type ErrorCode = 'invalid_input' | 'not_found' | 'rejected' | 'unknown_method' | 'internal';

export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
}

/**
 * `message` is English; `said` holds the sentence in every language. A plain string is one sentence in one
 * language already (the page's own, made in the page), said the same in all.
 */
export class ApiError extends Error implements ApiErrorShape {
  readonly said: Said;

  constructor(
    readonly code: ErrorCode,
    message: string | Said,
  ) {
    const sentence = typeof message === 'string' ? { en: message, 'zh-CN': message } : message;
    super(sentence.en);
    this.said = sentence;
    this.name = 'ApiError';
  }

  toJSON(language: UiLanguage = 'en'): ApiErrorShape {
    return { code: this.code, message: this.said[language] };
  }
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };
