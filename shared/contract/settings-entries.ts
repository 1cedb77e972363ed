/**
 * Contract entries for the settings a person chooses in the app (issue 11), spread into `contract` in
 * api.ts. Kept in the library, so the desktop app, the browser mode and a restored backup agree.
 */
import { z } from 'zod';
import { UI_LANGUAGES } from './vocabulary.js';

export const appSettings = z.object({
  /** The interface's language as chosen in Settings; null until chosen (the system's locale is used). */
  language: z.enum(UI_LANGUAGES).nullable(),
});

export const settingsEntries = {
  'settings.get': {
    input: z.object({}),
    output: appSettings,
  },
  'settings.update': {
    /** Only the settings given change; null forgets a choice. Answers with all of them. */
    input: appSettings.partial(),
    output: appSettings,
  },
} as const;

export type AppSettings = z.output<typeof appSettings>;
