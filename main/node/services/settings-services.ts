/** The person's app settings, each one row of the settings table under a `ui.` key. */
import type { AppSettings, Services } from '../../../shared/contract/api.js';
import { UI_LANGUAGES, type UiLanguage } from '../../../shared/contract/vocabulary.js';
import type { LibraryStore } from '../storage/library-store.js';

type SettingsServices = Pick<Services, 'settings.get' | 'settings.update'>;

const LANGUAGE_KEY = 'ui.language';

const isLanguage = (value: string | undefined): value is UiLanguage =>
  (UI_LANGUAGES as readonly (string | undefined)[]).includes(value);

export function createSettingsServices(store: LibraryStore): SettingsServices {
  // A value restored from an older or edited backup that is no longer a language counts as no choice.
  const read = (): AppSettings => {
    const language = store.settings.get(LANGUAGE_KEY);
    return { language: isLanguage(language) ? language : null };
  };
  return {
    'settings.get': read,
    'settings.update': ({ language }) => {
      if (language === null) store.settings.delete([LANGUAGE_KEY]);
      else if (language !== undefined) store.settings.set(LANGUAGE_KEY, language);
      return read();
    },
  };
}
