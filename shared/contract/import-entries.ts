/**
 * Contract entries for following a running import (issue 10): how far it is, and a way to stop it. An import
 * of a long PDF takes a while; the page asks for its progress while the `library.import` request runs.
 */
import { z } from 'zod';

const PROGRESS_UNITS = ['page', 'chapter'] as const;

export const importProgress = z.object({
  running: z.boolean(),
  /** The file being read, and its place among the files of the import (1-based). */
  fileName: z.string().nullable(),
  file: z.number().int().nonnegative(),
  files: z.number().int().nonnegative(),
  /** Pages (a PDF's) or chapters (an EPUB's, as `unit` says) read of the file being read; else 0 of 0. */
  page: z.number().int().nonnegative(),
  pages: z.number().int().nonnegative(),
  unit: z.enum(PROGRESS_UNITS),
});

export type ProgressUnit = (typeof PROGRESS_UNITS)[number];

export const importEntries = {
  'library.importProgress': {
    input: z.object({}),
    output: importProgress,
  },
  'library.cancelImport': {
    /** Stops the running import at the next page: the file being read and those after it are not imported. */
    input: z.object({}),
    output: z.object({ cancelled: z.boolean() }),
  },
} as const;
