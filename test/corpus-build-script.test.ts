// `npm run corpus -- --only FAMILY` deletes each named family's folder before writing it again: a name that is
// not a rendered family (a typo, a path) is refused before anything is deleted.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

test('corpus --only refuses a name that is not a rendered family, and deletes nothing', () => {
  const root = mkdtempSync(join(tmpdir(), 'jianbao-corpus-only-'));
  try {
    const out = join(root, 'corpus');
    mkdirSync(join(out, 'pandoc'), { recursive: true });
    writeFileSync(join(root, 'keep.txt'), 'beside the corpus');
    writeFileSync(join(out, 'pandoc', 'page.txt'), 'a page');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/build-corpus.mjs', '--out', out, '--only', 'pandoc,..'],
      { encoding: 'utf8' },
    );
    assert.equal(run.status, 2, run.stderr);
    assert.match(
      run.stderr,
      /--only takes rendered families \(.*pandoc.*\), not \.\.; nothing was changed\./,
    );
    assert.ok(existsSync(join(root, 'keep.txt')));
    assert.ok(existsSync(join(out, 'pandoc', 'page.txt')));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
