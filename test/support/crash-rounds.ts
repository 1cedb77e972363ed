/**
 * The crash harness: rounds of a child process writing to a real library (importing, annotating,
 * restoring a backup, swapping a snapshot in) killed with SIGKILL at a random moment, each followed by the checks a user's
 * trust rests on: the file is whole, no article is torn, and every write the child acknowledged is there.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { openLibrary } from '../../main/node/library.js';
import type { Ack, WorkerInput } from '../crash/crash-worker.js';
import { apiOf, encode } from './library-api.js';
import { rng } from './page-generator.js';
import { FIXTURE_PAGE } from './temp-library.js';
import { tempDir } from './temp-dir.js';

const WORKER = fileURLToPath(new URL('../crash/crash-worker.ts', import.meta.url));
const MODES = ['import', 'annotate', 'restore', 'snapshot'] as const;
type Mode = (typeof MODES)[number];
/** How long after the child is ready the kill may come: about as long as its work takes. */
const KILL_WINDOW_MS: Record<Mode, number> = { import: 400, annotate: 300, restore: 150, snapshot: 300 };

export interface CrashFigures {
  rounds: number;
  killed: number;
  acknowledged: number;
  sources: number;
  annotations: number;
}

/** The same newspaper page made unique by a line: each file parses into as many articles as the page. */
const page = readFileSync(FIXTURE_PAGE, 'utf8');
const uniquePage = (mark: string) => `${page}\n\n（${mark}）\n`;

interface Expected {
  articlesPerSource: number;
  imports: Map<string, number>;
  annotations: Map<string, number>;
  restored: string[][];
  /** Backups whose restore was killed before its acknowledgement: all of one or none of it. */
  unacknowledgedRestores: string[][];
}

async function donorBackup(folder: string, round: number): Promise<string> {
  const donor = openLibrary(join(folder, `donor-${round}.sqlite`));
  try {
    const api = apiOf(donor);
    const { imported } = await api('library.import', {
      files: [{ name: 'donor.txt', data: encode(uniquePage(`donor ${round}`)) }],
    });
    for (const [i, articleId] of imported[0]!.articleIds.entries()) {
      await api('annotations.create', { articleId, start: i, end: i + 6, note: `donor ${round}` });
    }
    return (await api('backup.create', {})).json;
  } finally {
    donor.close();
  }
}

/**
 * The annotations a complete restore of `backup` writes into the library as it is now: found by restoring it
 * into a copy. A backed-up article with no counterpart (the restore reports it unmatched) writes none, so
 * neither an acknowledgement nor an interrupted restore is held to it.
 */
async function restorable(
  dbPath: string,
  folder: string,
  round: number,
  backup: string,
): Promise<Set<string>> {
  const copy = join(folder, `probe-${round}.sqlite`);
  copyFileSync(dbPath, copy);
  const probe = openLibrary(copy);
  try {
    await apiOf(probe)('backup.restore', { json: backup });
    return new Set(probe.store.db.prepare<[], string>('SELECT uuid FROM annotations').pluck().all());
  } finally {
    probe.close();
  }
}

function inputFor(mode: Mode, folder: string, round: number, backup: string): WorkerInput {
  if (mode === 'annotate') return { writes: 2000 };
  if (mode === 'restore') return { backup };
  // The library is swapped for a snapshot of itself: whenever the kill comes, nothing may be lost or torn.
  if (mode === 'snapshot') return { swaps: 20 };
  const files = Array.from({ length: 8 }, (_, k) => {
    const path = join(folder, `round-${round}-${k}.txt`);
    writeFileSync(path, uniquePage(`round ${round} file ${k}`));
    return { name: `round-${round}-${k}.txt`, path };
  });
  return { files };
}

/** Runs the child until `delay` ms after it is ready, then SIGKILL; what it acknowledged by then. */
function killedChild(mode: Mode, dbPath: string, inputPath: string, delay: number) {
  return new Promise<{ acks: Ack[]; killed: boolean }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, mode, dbPath, inputPath], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (timer === undefined && out.startsWith('ready\n')) {
        timer = setTimeout(() => child.kill('SIGKILL'), delay);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL' && code !== 0) return reject(new Error(`the ${mode} child failed: ${err}`));
      const lines = out.split('\n').slice(0, -1); // a line cut by the kill was never acknowledged
      const acks = lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Ack);
      resolve({ acks, killed: signal === 'SIGKILL' });
    });
  });
}

/** The library after a kill: whole, no article torn, every acknowledged write present. */
async function check(dbPath: string, expected: Expected): Promise<{ sources: number; annotations: number }> {
  const library = openLibrary(dbPath);
  try {
    const db = library.store.db;
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    assert.deepEqual(db.pragma('foreign_key_check'), []);
    db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)").run();
    const sources = db
      .prepare<[], { name: string; articles: number }>(
        'SELECT s.file_name AS name, COUNT(a.id) AS articles FROM sources s LEFT JOIN articles a ON a.source_id = s.id GROUP BY s.id',
      )
      .all();
    for (const { name, articles } of sources) {
      assert.equal(articles, expected.articlesPerSource, `${name} is torn: ${articles} article(s)`);
    }
    const api = apiOf(library);
    for (const { id } of db.prepare<[], { id: number }>('SELECT id FROM articles').all()) {
      assert.ok((await api('articles.get', { id })).text.length > 0, `article ${id} has no text`);
    }
    const names = new Set(sources.map((source) => source.name));
    for (const name of expected.imports.keys())
      assert.ok(names.has(name), `acknowledged import ${name} lost`);
    const notes = new Map(
      db
        .prepare<[], { uuid: string; note: string }>('SELECT uuid, note FROM annotations')
        .all()
        .map((row) => [row.uuid, row.note]),
    );
    for (const [uuid, version] of expected.annotations) {
      const note = notes.get(uuid);
      assert.ok(note !== undefined, `acknowledged annotation ${uuid} lost`);
      assert.ok(Number(note.slice(1)) >= version, `acknowledged edit v${version} of ${uuid} lost (${note})`);
    }
    for (const uuids of expected.restored) {
      for (const uuid of uuids) assert.ok(notes.has(uuid), `acknowledged restore of ${uuid} lost`);
    }
    for (const uuids of expected.unacknowledgedRestores) {
      const present = uuids.filter((uuid) => notes.has(uuid)).length;
      assert.ok(
        present === 0 || present === uuids.length,
        `a killed restore left ${present} of ${uuids.length}`,
      );
    }
    return { sources: sources.length, annotations: notes.size };
  } finally {
    library.close();
  }
}

export async function runCrashRounds(rounds: number, seed: number): Promise<CrashFigures> {
  const folder = tempDir('jianbao-crash-');
  const files = join(folder, 'files');
  mkdirSync(files);
  const dbPath = join(folder, 'library.sqlite');
  const next = rng(seed);
  // Articles to annotate from the first round on; the page's article count is what every source must have.
  const seeded = openLibrary(dbPath);
  const { imported } = await apiOf(seeded)('library.import', {
    files: [{ name: 'seed.txt', data: encode(uniquePage('seed')) }],
  });
  seeded.close();
  const expected: Expected = {
    articlesPerSource: imported[0]!.articleIds.length,
    imports: new Map(),
    annotations: new Map(),
    restored: [],
    unacknowledgedRestores: [],
  };
  const first = Math.floor(next() * MODES.length);
  const figures: CrashFigures = { rounds, killed: 0, acknowledged: 0, sources: 0, annotations: 0 };
  for (let round = 0; round < rounds; round += 1) {
    // In turn, from a random start: four rounds already meet every kind of write.
    const mode = MODES[(round + first) % MODES.length]!;
    const backup = mode === 'restore' ? await donorBackup(folder, round) : '';
    const written = mode === 'restore' ? await restorable(dbPath, folder, round, backup) : new Set<string>();
    const inputPath = join(files, `input-${round}.json`);
    writeFileSync(inputPath, JSON.stringify(inputFor(mode, files, round, backup)));
    const delay = Math.floor(next() * KILL_WINDOW_MS[mode]);
    const { acks, killed } = await killedChild(mode, dbPath, inputPath, delay);
    figures.killed += killed ? 1 : 0;
    figures.acknowledged += acks.length;
    for (const ack of acks) {
      if (ack.kind === 'import') expected.imports.set(ack.fileName, ack.articles);
      else if (ack.kind === 'annotation') expected.annotations.set(ack.uuid, ack.version);
      else if (ack.kind === 'restore') expected.restored.push(ack.uuids.filter((uuid) => written.has(uuid)));
    }
    if (mode === 'restore' && acks.length === 0) {
      const backedUp = JSON.parse(backup) as { articles: { annotations: { uuid: string }[] }[] };
      expected.unacknowledgedRestores.push(
        backedUp.articles
          .flatMap((a) => a.annotations.map((x) => x.uuid))
          .filter((uuid) => written.has(uuid)),
      );
    }
    try {
      Object.assign(figures, await check(dbPath, expected));
    } catch (error) {
      throw new Error(
        `round ${round} (${mode}, killed ${delay} ms after ready, seed ${seed}): ${(error as Error).message}`,
      );
    }
  }
  return figures;
}
