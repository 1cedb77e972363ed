/**
 * A sentence for a person in every language of the interface. What main says (why a file was refused, why a
 * request cannot be done) is written in both where it is said, so no sentence can miss a language, and each
 * transport answers in the reader's (the library's chosen language; the CLI's locale).
 */
import type { UiLanguage } from '../contract/vocabulary.js';

export type Said = Readonly<Record<UiLanguage, string>>;

export const said = (en: string, zh: string): Said => ({ en, 'zh-CN': zh });

/** A sentence made of another one in each language (a file's name before the reason it was refused). */
export function sayWith(inner: Said, make: (text: string, language: UiLanguage) => string): Said {
  return { en: make(inner.en, 'en'), 'zh-CN': make(inner['zh-CN'], 'zh-CN') };
}

/** The interface language for a locale, as the page's and the menus' i18next match it ("zh-TW" → Chinese). */
export function languageOf(locale: string): UiLanguage {
  return /^zh(?:[-_]|$)/i.test(locale) ? 'zh-CN' : 'en';
}
