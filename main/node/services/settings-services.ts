/**
 * The person's app settings, each one row of the settings table: the language under `ui.language`,
 * each reading setting under `reader.<name>`.
 */
import type { AppSettings, Services } from '../../../shared/contract/api.js';
import { READER_KEYS, readerSettingsFrom } from '../../../shared/contract/reader-settings.js';
import { UI_LANGUAGES, type UiLanguage } from '../../../shared/contract/vocabulary.js';
import { languageOf } from '../../../shared/i18n/said.js';
import type { LibraryStore } from '../storage/library-store.js';

type SettingsServices = Pick<Services, 'settings.get' | 'settings.update'>;

const LANGUAGE_KEY = 'ui.language';
const readerKey = (name: string): string => `reader.${name}`;

const isLanguage = (value: string | undefined): value is UiLanguage =>
  (UI_LANGUAGES as readonly (string | undefined)[]).includes(value);

/** The language the person reads the app in: the one chosen in Settings, else the system's. */
export function readerLanguage(store: LibraryStore): UiLanguage {
  const chosen = store.settings.get(LANGUAGE_KEY);
  return isLanguage(chosen) ? chosen : languageOf(Intl.DateTimeFormat().resolvedOptions().locale);
}

export function createSettingsServices(store: LibraryStore): SettingsServices {
  // A value restored from an older or edited backup that is no longer valid counts as no choice.
  const read = (): AppSettings => {
    const language = store.settings.get(LANGUAGE_KEY);
    return {
      language: isLanguage(language) ? language : null,
      reader: readerSettingsFrom((name) => store.settings.get(readerKey(name))),
    };
  };
  return {
    'settings.get': read,
    'settings.update': ({ language, reader }) => {
      if (language === null) store.settings.delete([LANGUAGE_KEY]);
      else if (language !== undefined) store.settings.set(LANGUAGE_KEY, language);
      if (reader === null) store.settings.delete(READER_KEYS.map(readerKey));
      else
        for (const [name, value] of Object.entries(reader ?? {}))
          if (value !== undefined) store.settings.set(readerKey(name), String(value));
      return read();
    },
  };
}
