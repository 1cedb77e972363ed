/** Writes exported notes into a folder, one file each, never outside it and never half-written. */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Creates the folder if needed, then writes each file to a temporary name beside it and renames it
 * into place, so a reader (or a crash) never sees half a file and re-exporting replaces the old one.
 * Names come from planExportFiles; a name that is not a bare file name is refused all the same.
 */
export async function writeExportFolder(
  folder: string,
  files: readonly { fileName: string; markdown: string }[],
): Promise<{ folder: string; files: string[] }> {
  const target = resolve(folder);
  for (const { fileName } of files) {
    if (basename(fileName) !== fileName || fileName === '.' || fileName === '..') {
      throw new Error(`Refusing to write "${fileName}": not a plain file name.`);
    }
  }
  await mkdir(target, { recursive: true });
  for (const { fileName, markdown } of files) {
    const temporary = join(target, `.${fileName}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await writeFile(temporary, markdown, 'utf8');
      await rename(temporary, join(target, fileName));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }
  return { folder: target, files: files.map((file) => file.fileName) };
}
