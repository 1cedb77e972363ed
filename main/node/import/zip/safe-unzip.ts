// Opens the zip container of an EPUB or DOCX without trusting it. The central directory is read first, with
// nothing inflated: an archive whose entries would expand past MAX_EXPANDED_BYTES (a zip bomb), that has more
// entries than any book needs, or that names a path outside itself (`../`, `/etc/…`, `C:\…`) is refused whole.
// fflate inflates an entry into a buffer of the size the directory declares, so a lying size cannot expand
// further. Entries are inflated one at a time, only those the reader asks for.
import { said, type Said } from '../../../../shared/i18n/said.js';
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { DocumentRefusal } from '../page-result.js';

const MAX_EXPANDED_BYTES = 200 * 1024 * 1024;
const MAX_ENTRIES = 20_000;

export interface ZipArchive {
  readonly names: readonly string[];
  has(name: string): boolean;
  /** The entry's bytes, or undefined if there is no such entry. Throws DocumentRefusal if it cannot be inflated. */
  bytes(name: string): Uint8Array | undefined;
  /** The entry as UTF-8 text (what OPF, XHTML and Office XML are written in). */
  text(name: string): string | undefined;
}

export type OpenedZip = { ok: true; archive: ZipArchive } | { ok: false; reason: Said };

function unsafePath(name: string): boolean {
  return /^[\\/]|^[a-z]:/i.test(name) || name.split(/[\\/]/).includes('..');
}

export function openZip(bytes: Uint8Array): OpenedZip {
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        entries.push(entry);
        return false;
      },
    });
  } catch {
    return {
      ok: false,
      reason: said(
        'it is a damaged or incomplete zip archive (cut short, or not a zip at all)',
        '它是损坏或不完整的 zip 压缩包（被截断，或根本不是 zip）',
      ),
    };
  }
  if (entries.length > MAX_ENTRIES)
    return {
      ok: false,
      reason: said(`it holds more than ${MAX_ENTRIES} files`, `其中的文件超过 ${MAX_ENTRIES} 个`),
    };
  const unsafe = entries.find((entry) => unsafePath(entry.name));
  if (unsafe)
    return {
      ok: false,
      reason: said(
        `it holds a file with a path outside the archive (${unsafe.name})`,
        `其中有路径指向压缩包之外的文件（${unsafe.name}）`,
      ),
    };
  const expanded = entries.reduce((sum, entry) => sum + entry.originalSize, 0);
  if (expanded > MAX_EXPANDED_BYTES)
    return {
      ok: false,
      reason: said(
        `it would expand to ${Math.round(expanded / 1024 / 1024)} MB, more than the ${MAX_EXPANDED_BYTES / 1024 / 1024} MB allowed (a zip bomb?)`,
        `解压后会有 ${Math.round(expanded / 1024 / 1024)} MB，超过允许的 ${MAX_EXPANDED_BYTES / 1024 / 1024} MB（是 zip 炸弹吗？）`,
      ),
    };
  const names = entries.map((entry) => entry.name);
  const listed = new Set(names);
  const archive: ZipArchive = {
    names,
    has: (name) => listed.has(name),
    bytes(name) {
      if (!listed.has(name)) return undefined;
      try {
        return unzipSync(bytes, { filter: (entry) => entry.name === name })[name];
      } catch {
        throw new DocumentRefusal(
          said(
            `it is a damaged zip archive (${name} cannot be unpacked)`,
            `它是损坏的 zip 压缩包（无法解压 ${name}）`,
          ),
        );
      }
    },
    text(name) {
      const data = archive.bytes(name);
      return data && new TextDecoder('utf-8').decode(data);
    },
  };
  return { ok: true, archive };
}
