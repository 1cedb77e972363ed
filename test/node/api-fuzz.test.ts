/**
 * API fuzz: every contract request, called through the validating dispatch (as every transport calls
 * it) on a real library file, with payloads derived from its schema and payloads broken from those.
 * Every answer is a success or a typed error a person can read, never `internal`, never slow; the
 * database is whole afterwards.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { methods, type Method } from '../../shared/contract/api.js';
import { payloadsOf } from '../support/contract-arbitraries.js';
import { apiOf, encode } from '../support/library-api.js';
import { tempLibrary } from '../support/temp-library.js';
import { tempDir } from '../support/temp-dir.js';

const RUNS_PER_METHOD = Number(process.env.JIANBAO_FUZZ_RUNS ?? 150);
const SLOW_MS = 2000;

const SEED_FILES = {
  'rivers.md': '# Rivers\n\nThe Yangtze and the Yellow River shape China. 长江与黄河。\n\nValleys follow.\n',
  'hills.txt': 'HILLS AND MOUNTAINS\n\n山区的道路，later paved.\n',
  '长江.md': '# 长江\n\n长江是中国最长的河流。沿岸城市很多。\n',
};

/** A library with rows for small ids to hit: articles, annotations, a bookmark, tags, a collection, a snapshot. */
async function seededLibrary() {
  const library = tempLibrary();
  const api = apiOf(library);
  const { imported } = await api('library.import', {
    files: Object.entries(SEED_FILES).map(([name, text]) => ({ name, data: encode(text) })),
  });
  for (const { articleIds } of imported) {
    const articleId = articleIds[0]!;
    await api('annotations.create', { articleId, start: 2, end: 8, tags: ['rivers'], note: 'n' });
    await api('annotations.create', { articleId, kind: 'note', note: 'whole' });
    await api('bookmarks.create', { articleId, offset: 3, label: 'here' });
    await api('articles.setTags', { articleId, tags: ['China'] });
  }
  await api('collections.create', { name: 'Reading' });
  const snapshot = await api('snapshots.create', {});
  const backup = await api('backup.create', {});
  return { library, snapshot: snapshot.name, backup: backup.json };
}

/**
 * Export writes where it is told, and this runs as whoever runs the tests: a folder is always one
 * of these (a fresh temporary one, or ones the service must refuse), never a generated path.
 */
function safeFolders(): string[] {
  const root = tempDir('jianbao-fuzz-export-');
  return [join(root, 'a'), join(root, 'b', 'c'), 'relative/notes', 'C:\\notes', '/proc/self/nope'];
}

/** Real values the generated payloads cannot guess: a snapshot's name, a backup, undo tokens. */
interface Known {
  folders: string[];
  snapshot: string;
  backup: string;
  tokens: string[];
}

function tamed(method: Method, payload: unknown, known: Known): unknown {
  if (payload === null || typeof payload !== 'object') return payload;
  const record = payload as Record<string, unknown>;
  const pick = <T>(choices: T[], by: string) => choices[by.length % choices.length];
  if (method === 'export.toFolder' && typeof record.folder === 'string') {
    return { ...record, folder: pick(known.folders, record.folder) };
  }
  // Now and then a real one, so that a restore really swaps the file, a backup really merges, an undo undoes.
  const real: Partial<Record<Method, [key: string, value: string | undefined]>> = {
    'snapshots.restore': ['name', known.snapshot],
    'backup.restore': ['json', known.backup],
    // A generated token may be any value at all, even one String() cannot convert.
    'library.undoDelete': ['token', pick(known.tokens, typeof record.token === 'string' ? record.token : '')],
  };
  const [key, value] = real[method] ?? [];
  if (
    key !== undefined &&
    value !== undefined &&
    typeof record[key] === 'string' &&
    record[key].length % 3 === 0
  ) {
    return { ...record, [key]: value };
  }
  return payload;
}

test('every request answers any payload with a result or a typed error, quickly; the database stays whole', async (t) => {
  const { library, snapshot, backup } = await seededLibrary();
  const known: Known = { folders: safeFolders(), snapshot, backup, tokens: [] };
  const tally = { calls: 0, ok: 0, typed: 0 };
  const neverOk = new Set<Method>(methods);
  const slowest = { method: '', ms: 0 };
  try {
    for (const method of methods) {
      const { valid, invalid } = payloadsOf(method);
      await fc.assert(
        fc.asyncProperty(fc.oneof(valid, invalid), async (generated) => {
          const payload = tamed(method, generated, known);
          const started = performance.now();
          const reply = await library.dispatch(method, payload);
          const ms = performance.now() - started;
          tally.calls += 1;
          if (ms > slowest.ms) Object.assign(slowest, { method, ms });
          assert.ok(ms < SLOW_MS, `${method} took ${Math.round(ms)} ms`);
          if (reply.ok) {
            tally.ok += 1;
            const { token } = reply.value as { token?: unknown };
            if (typeof token === 'string') known.tokens.push(token);
            return void neverOk.delete(method);
          }
          tally.typed += 1;
          assert.notEqual(reply.error.code, 'internal', `${method}: ${reply.error.message}`);
          assert.ok(reply.error.message.length > 0);
        }),
        { numRuns: RUNS_PER_METHOD },
      );
    }
  } finally {
    library.close();
  }
  // A fresh connection: a snapshot restore during the run swapped the file under the first one.
  const db = new Database(library.dbPath);
  try {
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    assert.deepEqual(db.pragma('foreign_key_check'), []);
    db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)").run();
    t.diagnostic(
      `${methods.length} requests, ${tally.calls} payloads: ${tally.ok} succeeded, ${tally.typed} typed errors; ` +
        `slowest ${slowest.method} ${Math.round(slowest.ms)} ms; never succeeded: ${[...neverOk].join(', ') || 'none'}`,
    );
  } finally {
    db.close();
  }
});
