/**
 * One i18next instance per set of typed resources (the page's `Strings`, the desktop app's menus and
 * dialogs): it matches a locale to the languages there are (`zh-TW`, `zh` → `zh-CN`; `en-GB` → `en`;
 * anything else → English), serves that language's object as it is (functions included, so call sites
 * stay typed) and announces changes.
 *
 * Why i18next rather than @lit/localize: its resource store takes our typed objects unchanged, so tsc
 * rejects a translation that lacks a key or takes other arguments, and the same set-up serves Electron's
 * main process; @lit/localize's runtime mode wants every string rewritten in place as `msg()`, its
 * extract/build step to make the catalogues, and is for the page only. Neither has plurals beyond
 * `Intl.PluralRules`, which the English resources use directly; dates go through `Intl.DateTimeFormat`.
 */
import i18next from 'i18next';
import { UI_LANGUAGES, type UiLanguage } from '../contract/vocabulary.js';

const NAMESPACE = 'translation';

export interface Languages<S> {
  /** The language in use. */
  language(): UiLanguage;
  /** Its strings. */
  strings(): S;
  /** Switches to `locale` (a language of UI_LANGUAGES or any locale to match to one). */
  use(locale: string): void;
  /** Calls `listener` after each change of language; returns what stops it. */
  onChange(listener: () => void): () => void;
}

export function languages<S extends object>(resources: Record<UiLanguage, S>, locale: string): Languages<S> {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: Object.fromEntries(UI_LANGUAGES.map((lang) => [lang, { [NAMESPACE]: resources[lang] }])),
    supportedLngs: [...UI_LANGUAGES],
    fallbackLng: 'en',
    lng: locale,
    // The resources are in the bundle: the instance is ready when init returns.
    initAsync: false,
  });
  const language = () => (i18n.resolvedLanguage ?? 'en') as UiLanguage;
  return {
    language,
    strings: () => resources[language()],
    use: (lang) => void i18n.changeLanguage(lang),
    onChange(listener) {
      i18n.on('languageChanged', listener);
      return () => i18n.off('languageChanged', listener);
    },
  };
}
