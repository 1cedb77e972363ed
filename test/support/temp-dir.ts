// Every folder a test makes stands in one folder per test process, removed when that process exits: a run of the
// tests leaves nothing in the system's temporary folder (it used to leave some four hundred folders a run).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let root: string | null = null;

/** A fresh, empty folder whose name starts with `prefix`, gone when the test process exits. */
export function tempDir(prefix: string): string {
  if (root === null) {
    const made = mkdtempSync(join(tmpdir(), 'jianbao-tests-'));
    process.on('exit', () => rmSync(made, { recursive: true, force: true }));
    root = made;
  }
  return mkdtempSync(join(root, prefix));
}
