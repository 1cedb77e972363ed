import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLibrary, type Library } from '../../main/node/library.js';

export function tempDbPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'jianbao-test-')), 'library.sqlite');
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
