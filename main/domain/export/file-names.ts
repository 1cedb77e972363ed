/**
 * File names for exported notes that every platform accepts, that stay the same from one export to
 * the next (so re-exporting overwrites instead of piling up copies), and that cannot leave the folder
 * the user picked.
 */

/** Windows refuses these before the first dot, with any extensions and in any case ("con.md", "Aux.txt.md"). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?=\s*(\.|$))/iu;
/** Illegal on Windows (and `/` everywhere), control characters, and bidi overrides that disguise names. */
const ILLEGAL = /[<>:"/\\|?*\p{Cc}\u202a-\u202e\u2066-\u2069]+/gu;
/** Most file systems cap a name at 255 bytes (ext4, APFS: UTF-8 bytes); stay well under to leave room. */
const MAX_STEM_BYTES = 180;
const FALLBACK_STEM = 'article';

/** A readable, safe file name stem (no extension) for a title. */
export function safeFileStem(title: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(ILLEGAL, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    // Leading dots hide files on Unix ("." and ".." are not names at all); trailing dots and spaces
    // are silently dropped by Windows, which would make two names collide.
    .replace(/^[. ]+/u, '')
    .replace(/[. ]+$/u, '');
  const stem = truncateToBytes(cleaned, MAX_STEM_BYTES).replace(/[. ]+$/u, '');
  if (stem === '') return FALLBACK_STEM;
  return stem.replace(WINDOWS_RESERVED, '$1_');
}

export interface ExportFileRequest {
  /** Stable identity of what goes in the file (the article id). */
  readonly id: number | string;
  readonly title: string;
}

export interface PlannedFile {
  readonly id: number | string;
  /** A bare file name, relative to the export folder: no separators, never "." or "..". */
  readonly fileName: string;
}

/**
 * One file per request, in the same order. Titles that would collide (case-insensitively, as on
 * Windows and macOS) all get the id as a suffix, not just the second one, so a name does not depend
 * on the order articles are listed in: exporting the same selection again gives the same names.
 */
export function planExportFiles(requests: readonly ExportFileRequest[], extension = '.md'): PlannedFile[] {
  const stems = requests.map((request) => safeFileStem(request.title));
  const names = [...stems];
  const suffixed = new Set<number>();
  // A suffixed name can itself meet a title such as "News (1)"; repeat until nothing collides. Each
  // name is suffixed at most once, and ids are unique, so this ends.
  for (;;) {
    const counts = new Map<string, number>();
    for (const name of names) counts.set(collisionKey(name), (counts.get(collisionKey(name)) ?? 0) + 1);
    const clashing = names.flatMap((name, i) =>
      counts.get(collisionKey(name))! > 1 && !suffixed.has(i) ? [i] : [],
    );
    if (clashing.length === 0) break;
    for (const i of clashing) {
      names[i] = `${stems[i]!} (${idSuffix(requests[i]!.id)})`;
      suffixed.add(i);
    }
  }
  return requests.map((request, i) => ({ id: request.id, fileName: `${names[i]!}${extension}` }));
}

function collisionKey(stem: string): string {
  return stem.toLowerCase();
}

function idSuffix(id: number | string): string {
  return safeFileStem(String(id)).slice(0, 40);
}

/** Cuts at a grapheme boundary so no character (or emoji, or accent) is split. */
function truncateToBytes(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  let result = '';
  let bytes = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    bytes += utf8Length(segment);
    if (bytes > maxBytes) break;
    result += segment;
  }
  return result;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
