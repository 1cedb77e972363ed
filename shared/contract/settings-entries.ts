/**
 * Contract entries for the settings a person chooses in the app (issue 11), spread into `contract` in
 * api.ts. Kept in the library, so the desktop app, the browser mode and a restored backup agree.
 */
import { z } from 'zod';
import {
  PUNCTUATION_SPACINGS,
  READER_FONTS,
  READER_RANGES,
  READER_THEMES,
  type ReaderNumber,
} from './reader-settings.js';
import { UI_LANGUAGES } from './vocabulary.js';

const ranged = (name: ReaderNumber) => z.number().min(READER_RANGES[name].min).max(READER_RANGES[name].max);

/** How articles are shown (reader-settings.ts has the defaults and what each means). */
const readerSettings = z.object({
  theme: z.enum(READER_THEMES),
  cjkFont: z.enum(READER_FONTS),
  latinFont: z.enum(READER_FONTS),
  fontSize: ranged('fontSize'),
  lineHeight: ranged('lineHeight'),
  columnWidth: ranged('columnWidth'),
  paragraphSpacing: ranged('paragraphSpacing'),
  indent: z.boolean(),
  punctuation: z.enum(PUNCTUATION_SPACINGS),
});

const appSettings = z.object({
  /** The interface's language as chosen in Settings; null until chosen (the system's locale is used). */
  language: z.enum(UI_LANGUAGES).nullable(),
  /** Every reading setting, the default where none was chosen. */
  reader: readerSettings,
});

export const settingsEntries = {
  'settings.get': {
    input: z.object({}),
    output: appSettings,
  },
  'settings.update': {
    /**
     * Only the settings given change; null forgets a choice (for `reader`, every reading setting).
     * Answers with all of them.
     */
    input: z
      .object({
        language: appSettings.shape.language,
        reader: readerSettings.partial().nullable(),
      })
      .partial(),
    output: appSettings,
  },
} as const;

export type AppSettings = z.output<typeof appSettings>;
