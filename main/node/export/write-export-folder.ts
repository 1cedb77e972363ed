/** Writes exported notes into a folder, one file each, never outside it and never half-written. */
import { said, type Said } from '../../../shared/i18n/said.js';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Long enough for thousands of notes on a slow disk; short enough that a stuck write ends with a sentence. */
export const EXPORT_TIME_BUDGET_MS = 60_000;

/** Why the export stopped, said in words; `reason` is the system's code (ENOENT, EACCES, …). */
export class ExportFolderError extends Error {
  constructor(readonly said: Said) {
    super(said.en);
    this.name = 'ExportFolderError';
  }
}

/**
 * `folder` is absolute (the service checks it, with a sentence for the user). Creates the folder if needed, then writes each file to a temporary name beside it and renames it
 * into place, so a reader (or a crash) never sees half a file and re-exporting replaces the old one.
 * Names come from planExportFiles; a name that is not a bare file name is refused all the same.
 * The whole write stops when `signal` aborts (the time budget, or the user cancelling): a stuck
 * device or a pseudo-filesystem cannot hold the request for ever.
 */
export async function writeExportFolder(
  folder: string,
  files: readonly { fileName: string; markdown: string }[],
  signal: AbortSignal = AbortSignal.timeout(EXPORT_TIME_BUDGET_MS),
): Promise<{ folder: string; files: string[] }> {
  const target = resolve(folder);
  for (const { fileName } of files) {
    if (basename(fileName) !== fileName || fileName === '.' || fileName === '..') {
      throw new ExportFolderError(
        said(`"${fileName}" is not a plain file name`, `“${fileName}”不是普通的文件名`),
      );
    }
  }
  return untilAborted(signal, async () => {
    await makeFolders(target, signal);
    for (const { fileName, markdown } of files) {
      signal.throwIfAborted();
      const temporary = join(target, `.${fileName}.${randomBytes(6).toString('hex')}.tmp`);
      try {
        // `wx`: the temporary name is ours alone, never a file (or link) someone placed there.
        await writeFile(temporary, markdown, { encoding: 'utf8', flag: 'wx', signal });
        await rename(temporary, join(target, fileName));
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    }
    return { folder: target, files: files.map((file) => file.fileName) };
  });
}

/**
 * `mkdir -p` one level at a time. Node's own recursive mkdir loops for ever on a path such as
 * /proc/self/nope (the parent exists, yet the child answers ENOENT), pinning a thread-pool CPU;
 * here every level is tried once, so the walk ends after as many steps as the path has parts.
 */
async function makeFolders(target: string, signal: AbortSignal): Promise<void> {
  const levels: string[] = [];
  for (let path = target; dirname(path) !== path; path = dirname(path)) levels.unshift(path);
  for (const path of levels) {
    signal.throwIfAborted();
    try {
      await mkdir(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!(await stat(path)).isDirectory())
        throw new ExportFolderError(said(`${path} is a file, not a folder`, `${path} 是文件，不是文件夹`));
    }
  }
}

/**
 * Runs `work`, but answers as soon as `signal` aborts: a write the system never completes (a full
 * pipe, a hung network share) cannot be interrupted, only abandoned, so the request does not wait for it.
 */
async function untilAborted<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  signal.throwIfAborted();
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work(), aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
