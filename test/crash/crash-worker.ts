/**
 * One child of the crash test: opens the library and writes through the services as the app does,
 * printing one acknowledgement line (JSON) after each write has returned, until it is killed.
 * Usage: crash-worker.ts MODE DB_PATH INPUT_JSON, MODE being import, annotate, restore or snapshot.
 */
import { readFileSync } from 'node:fs';
import { openLibrary } from '../../main/node/library.js';
import { apiOf } from '../support/library-api.js';

export type Ack =
  | { kind: 'import'; fileName: string; sourceId: number; articles: number }
  | { kind: 'annotation'; uuid: string; version: number }
  | { kind: 'restore'; uuids: string[] }
  | { kind: 'snapshot'; name: string };

/**
 * import: files to import one by one; annotate: how many writes; restore: a backup's JSON; snapshot: how many
 * times to take a whole-library snapshot and put it back in the library's place (a file swap).
 */
export interface WorkerInput {
  files?: { name: string; path: string }[];
  writes?: number;
  backup?: string;
  swaps?: number;
}

const [mode, dbPath, inputPath] = process.argv.slice(2) as [string, string, string];
const input = JSON.parse(readFileSync(inputPath, 'utf8')) as WorkerInput;
const library = openLibrary(dbPath);
const api = apiOf(library);
const ack = (line: Ack) => process.stdout.write(`${JSON.stringify(line)}\n`);

process.stdout.write('ready\n');
if (mode === 'import') {
  for (const file of input.files ?? []) {
    const data = new Uint8Array(readFileSync(file.path));
    const { imported } = await api('library.import', { files: [{ name: file.name, data }] });
    const [done] = imported;
    if (done && !done.duplicate) {
      ack({ kind: 'import', fileName: file.name, sourceId: done.sourceId, articles: done.articleIds.length });
    }
  }
} else if (mode === 'annotate') {
  const { items } = await api('articles.list', { limit: 50 });
  const written: { id: number; uuid: string; version: number }[] = [];
  for (let i = 0; i < (input.writes ?? 0) && items.length > 0; i += 1) {
    const previous = written[i % 7];
    if (i % 3 === 2 && previous) {
      // An edit: its note carries a version, so a later edit that beat the kill is told from a lost one.
      previous.version += 1;
      await api('annotations.update', { id: previous.id, note: `v${previous.version}` });
      ack({ kind: 'annotation', uuid: previous.uuid, version: previous.version });
      continue;
    }
    const article = await api('articles.get', { id: items[i % items.length]!.id });
    const start = (i * 13) % Math.max(1, article.text.length - 10);
    const created = await api('annotations.create', {
      articleId: article.id,
      start,
      end: start + 5,
      note: 'v0',
      tags: [`round-${i % 4}`],
    });
    written.push({ id: created.id, uuid: created.uuid, version: 0 });
    ack({ kind: 'annotation', uuid: created.uuid, version: 0 });
  }
} else if (mode === 'restore') {
  await api('backup.restore', { json: input.backup! });
  const uuids = (
    JSON.parse(input.backup!) as { articles: { annotations: { uuid: string }[] }[] }
  ).articles.flatMap((article) => article.annotations.map((annotation) => annotation.uuid));
  ack({ kind: 'restore', uuids });
} else if (mode === 'snapshot') {
  for (let i = 0; i < (input.swaps ?? 0); i += 1) {
    const { name } = await api('snapshots.create', {});
    await api('snapshots.restore', { name });
    ack({ kind: 'snapshot', name });
  }
}
library.close();
process.stdout.write('done\n');
