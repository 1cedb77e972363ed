/**
 * Contract entries for whole-library snapshots (issue 9), spread into `contract` in api.ts: copies
 * of the library file in the `backups/` folder beside it, taken with SQLite's online backup API.
 */
import { z } from 'zod';
import { SNAPSHOT_KINDS } from './vocabulary.js';

const snapshot = z.object({
  /** The file's name in the backups folder: what `snapshots.restore` takes. */
  name: z.string(),
  kind: z.enum(SNAPSHOT_KINDS),
  takenAt: z.string(),
  bytes: z.number().int().nonnegative(),
});

export const snapshotEntries = {
  'snapshots.list': {
    input: z.object({}),
    /** Newest first. */
    output: z.object({ folder: z.string(), items: z.array(snapshot) }),
  },
  'snapshots.create': {
    input: z.object({}),
    output: snapshot,
  },
  'snapshots.restore': {
    /**
     * Puts the snapshot in the library's place, whole: the library as it is now is snapshotted first
     * (`saved`), then the file is swapped while no connection is open. Refused while another Jianbao
     * (window, browser mode, command) has the library open.
     */
    input: z.object({
      name: z
        .string()
        .regex(/^library-[0-9TZ-]+-[a-z-]+\.sqlite$/u, 'must name a snapshot in the backups folder'),
    }),
    output: z.object({ restored: snapshot, saved: snapshot }),
  },
} as const;

export type Snapshot = z.output<typeof snapshot>;
