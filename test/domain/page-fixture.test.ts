// The real page in ../shared/fixtures must come out exactly as its golden file says (scored by the shared scorer).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parsePage } from '../../main/domain/page/index';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(repoRoot, '../shared');
const fixture = join(shared, 'fixtures/pages/party-building-page.txt');
const golden = join(shared, 'fixtures/pages/party-building-page.golden.json');
const scorer = join(shared, 'tools/score-page.mjs');

test('the party-building fixture scores 1.000 on every row with 42/42 fields', () => {
  const page = parsePage(readFileSync(fixture, 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-page-'));
  try {
    const parsedPath = join(dir, 'parsed.json');
    writeFileSync(parsedPath, JSON.stringify({ source: 'party-building-page.txt', ...page }));
    const report = execFileSync(process.execPath, [scorer, golden, parsedPath, '--verbose'], {
      encoding: 'utf8',
    });
    assert.match(report, /overall 1\.000/, report);
    assert.match(report, /metadata fields\s+42\/42/, report);
    for (const row of report.split('\n').filter((l) => l.includes('F1=')))
      assert.match(row, /F1=1\.000/, report);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the fixture keeps section labels verbatim in meta and drops their romanisation from the label', () => {
  const page = parsePage(readFileSync(fixture, 'utf8'));
  assert.equal(page.meta.sections?.length, 2);
  assert.ok(page.articles.every((a) => a.section !== null && !/[A-Z]/.test(a.section)));
});
