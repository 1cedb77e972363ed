/**
 * Contract entries for the page view (issue 10), spread into `contract` in api.ts: the PDF an article was read
 * from, and where each of that file's articles stands on its pages, so the reader can show the page itself.
 */
import { z } from 'zod';

export const pageRegion = z.object({
  page: z.number().int().positive(),
  x0: z.number(),
  y0: z.number(),
  x1: z.number(),
  y1: z.number(),
});

/** Where an article read from a PDF stands: its parts, and each body block's lines (by block segment). */
export const articleLayout = z.object({
  regions: z.array(pageRegion),
  blocks: z.array(z.array(pageRegion)),
});

export const pageEntries = {
  'sources.pages': {
    input: z.object({ sourceId: z.number().int().positive() }),
    /** Refused (`not_found`) for a source that was not imported from a PDF. */
    output: z.object({
      fileName: z.string(),
      data: z.instanceof(Uint8Array),
      articles: z.array(
        z.object({ id: z.number().int().positive(), title: z.string(), regions: z.array(pageRegion) }),
      ),
    }),
  },
} as const;
