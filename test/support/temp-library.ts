import { join } from 'node:path';
import { openLibrary, type Library } from '../../main/node/library.js';
import type { NewArticle } from '../../main/node/storage/library-store.js';
import { tempDir } from './temp-dir.js';

export function tempDbPath(): string {
  return join(tempDir('jianbao-test-'), 'library.sqlite');
}

/** A real library on a real SQLite file in a fresh temporary folder. */
export function tempLibrary(): Library & { dbPath: string } {
  const dbPath = tempDbPath();
  return { ...openLibrary(dbPath), dbPath };
}

export const FIXTURE_PAGE = new URL(
  '../../../shared/fixtures/pages/party-building-page.txt',
  import.meta.url,
);

export function textFile(name: string, text: string): { name: string; data: Uint8Array } {
  return { name, data: new TextEncoder().encode(text) };
}

/** An article row as the store takes it, for tests that write through the store directly. */
export function storedArticle(
  title: string,
  text: string,
  format: NewArticle['format'] = 'text',
): NewArticle {
  return {
    format,
    title,
    section: null,
    kicker: null,
    subtitle: null,
    byline: null,
    dateline: null,
    rubric: null,
    authors: [],
    segments: [{ type: 'paragraph', text, start: 0 }],
    text,
  };
}
