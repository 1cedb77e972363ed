import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ExportScope, Output } from '../../../shared/contract/api.js';
import { startLibrary, type Library } from '../library.js';
import { resolveDatabasePath } from '../library-path.js';
import { TEXT_ENCODINGS } from '../../../shared/contract/vocabulary.js';
import { textEncoding } from '../import/decode-text.js';
import { readDocument } from '../import/read-document.js';
import { call, positiveId, UsageError, type Console } from './cli-support.js';
import { language, systemLocale, t, useLocale } from './cli-strings.js';
import { usage } from './cli-usage.js';
import {
  collectionsCommand,
  deleteCommand,
  editCommand,
  LIBRARY_OPTIONS,
  undeleteCommand,
} from './library-commands.js';
import { snapshotCommand, snapshotsCommand } from './snapshot-commands.js';

export type { Console } from './cli-support.js';

const OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  article: { type: 'string' },
  tag: { type: 'string' },
  out: { type: 'string' },
  limit: { type: 'string' },
  offset: { type: 'string' },
  all: { type: 'boolean', default: false },
  snapshot: { type: 'boolean', default: false },
  sort: { type: 'string' },
  archived: { type: 'boolean', default: false },
  collection: { type: 'string' },
  encoding: { type: 'string' },
  ...LIBRARY_OPTIONS,
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/**
 * Runs one command; returns the exit code (0 ok, 1 failure, 2 bad input or usage). It speaks the language
 * of `locale`, the system's unless given.
 */
export async function runCli(
  argv: string[],
  io: Console,
  locale: string = systemLocale(process.env),
): Promise<number> {
  useLocale(locale);
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${usage(t)}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.out(usage(t));
    return command === undefined && !values.help ? 2 : 0;
  }
  try {
    switch (command) {
      case 'parse':
        return await parseCommand(args, values.json, io);
      case 'import':
      case 'list':
      case 'search':
      case 'export':
      case 'backup':
      case 'restore':
      case 'snapshots':
      case 'reimport':
      case 'delete':
      case 'undelete':
      case 'edit':
      case 'collections': {
        const dbPath = resolveDatabasePath(values.db);
        const library = await startLibrary(dbPath);
        try {
          if (command === 'import') return await importCommand(library, args, io);
          if (command === 'list') return await listCommand(library, values, io);
          if (command === 'search') return await searchCommand(library, args, values, io);
          if (command === 'export') return await exportCommand(library, values, io);
          if (command === 'backup' && values.snapshot)
            return await snapshotCommand(library, dbPath, values.out, io);
          if (command === 'backup') return await backupCommand(library, values.out, io);
          if (command === 'snapshots') return await snapshotsCommand(library, args, io);
          if (command === 'restore') return await restoreCommand(library, args, io);
          if (command === 'delete') return await deleteCommand(library, args, values, io);
          if (command === 'undelete') return await undeleteCommand(library, args, io);
          if (command === 'edit') return await editCommand(library, args, values, io);
          if (command === 'collections') return await collectionsCommand(library, args, io);
          return await reimportCommand(library, args, values.encoding, io);
        } finally {
          library.close();
        }
      }
      default:
        throw new UsageError(t.misuse.unknownCommand(command));
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${usage(t)}`);
      return 2;
    }
    io.err(`${(error as Error).message}\n`);
    return 1;
  }
}

async function readInput(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? t.file.missing : code === 'EISDIR' ? t.file.folder : (error as Error).message;
    throw new Error(t.file.unreadable(path, why));
  }
}

async function importCommand(library: Library, paths: string[], io: Console): Promise<number> {
  if (paths.length === 0) throw new UsageError(t.misuse.importWhat);
  let failed = 0;
  for (const path of paths) {
    let data: Uint8Array;
    try {
      data = await readInput(path);
    } catch (error) {
      io.err(`${(error as Error).message}\n`);
      failed++;
      continue;
    }
    const { imported, rejected } = await call(library, 'library.import', {
      files: [{ name: basename(path), data }],
    });
    for (const file of imported) {
      const said = file.duplicate
        ? t.duplicate(path, file.articleIds)
        : t.imported(path, file.encoding, file.articleIds);
      // What a file read in part should tell: each its own line under the file's.
      const notices = file.notices.map((notice) => `  ${notice[language]}\n`).join('');
      io.out(`${said}\n${notices}`);
    }
    for (const file of rejected) io.err(`${file.said[language]}\n`);
    failed += rejected.length;
  }
  return failed > 0 ? 2 : 0;
}

async function allArticles(
  library: Library,
  filters: { archived: boolean; collection?: string | undefined },
): Promise<Output<'articles.list'>['items']> {
  const items: Output<'articles.list'>['items'] = [];
  const archived = filters.archived ? 'only' : 'exclude';
  const collection =
    filters.collection === undefined ? {} : { collection: positiveId(filters.collection, '--collection') };
  for (let offset = 0; ; offset += 1000) {
    const page = await call(library, 'articles.list', { limit: 1000, offset, archived, ...collection });
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items;
  }
}

async function listCommand(
  library: Library,
  flags: { json: boolean; archived: boolean; collection?: string | undefined },
  io: Console,
): Promise<number> {
  const items = await allArticles(library, flags);
  const filtered = flags.archived || flags.collection !== undefined;
  if (flags.json) io.out(`${JSON.stringify(items, null, 2)}\n`);
  else if (items.length === 0) io.out(`${filtered ? t.list.none : t.list.empty}\n`);
  else
    for (const item of items)
      io.out(`${item.id}\t${item.title}\t${item.sourceName}\t${item.importedAt.slice(0, 10)}\n`);
  return 0;
}

/** The largest page `search.query` serves; the CLI asks for as many pages as it needs. */
const SEARCH_PAGE = 200;
const DEFAULT_SEARCH_LIMIT = 20;

function wholeNumber(text: string | undefined, option: string, least: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < least)
    throw new UsageError(t.misuse.wholeNumber(option, least, text));
  return value;
}

/** Hits from `offset` on, page by page: `limit` of them, or every one when it is undefined. */
async function searchHits(
  library: Library,
  request: { query: string; sort: string | undefined; offset: number; limit: number | undefined },
): Promise<Output<'search.query'>['hits']> {
  const hits: Output<'search.query'>['hits'] = [];
  for (let offset = request.offset, wanted = request.limit ?? Infinity; wanted > 0;) {
    const size = Math.min(SEARCH_PAGE, wanted);
    const reply = await library.dispatch(
      'search.query',
      { query: request.query, sort: request.sort, limit: size, offset },
      language,
    );
    if (!reply.ok) throw new UsageError(reply.error.message);
    const page = reply.value as Output<'search.query'>;
    hits.push(...page.hits);
    if (!page.more) break;
    // A full page was read when more follow, whatever hits were left out of it.
    offset += size;
    wanted -= size;
  }
  return hits;
}

async function searchCommand(
  library: Library,
  words: string[],
  flags: {
    json: boolean;
    limit?: string | undefined;
    offset?: string | undefined;
    all: boolean;
    sort?: string | undefined;
  },
  io: Console,
): Promise<number> {
  if (words.length === 0) throw new UsageError(t.misuse.searchWhat);
  if (flags.all && flags.limit !== undefined) throw new UsageError(t.misuse.eitherOr('--limit / --all'));
  const limit = flags.all ? undefined : (wholeNumber(flags.limit, '--limit', 1) ?? DEFAULT_SEARCH_LIMIT);
  const offset = wholeNumber(flags.offset, '--offset', 0) ?? 0;
  const query = words.join(' ');
  const hits = await searchHits(library, { query, sort: flags.sort, offset, limit });
  const { total, totalExact } = await call(library, 'search.count', { query });
  if (flags.json) {
    io.out(`${JSON.stringify({ hits, total, totalExact }, null, 2)}\n`);
    return 0;
  }
  for (const hit of hits) {
    const snippet = hit.snippet.map((part) => (part.hit ? `[${part.text}]` : part.text)).join('');
    io.out(
      `${hit.articleId}\t${hit.title}\t${hit.sourceName}\t${hit.importedAt.slice(0, 10)}\n  ${snippet}\n`,
    );
  }
  io.out(`${total === 0 ? t.search.none : t.search.shown(hits.length, total, totalExact)}\n`);
  return 0;
}

async function parseCommand(paths: string[], json: boolean, io: Console): Promise<number> {
  if (paths.length !== 1) throw new UsageError(t.misuse.parseWhat);
  const path = paths[0]!;
  const read = await readDocument(basename(path), await readInput(path));
  if (!read.ok) {
    io.err(`${t.file.unparsable(path, read.reason[language])}\n`);
    return 2;
  }
  const { page, encoding, notices = [] } = read.document;
  if (json) {
    const told = notices.length > 0 ? { notices: notices.map((notice) => notice[language]) } : {};
    io.out(`${JSON.stringify({ source: basename(path), encoding, ...told, ...page }, null, 2)}\n`);
    return 0;
  }
  for (const notice of notices) io.out(`${notice[language]}\n`);
  for (const [index, article] of page.articles.entries()) {
    const head = [article.section && `[${article.section}]`, article.kicker, article.title, article.subtitle]
      .filter(Boolean)
      .join(' / ');
    io.out(
      `${index + 1}. ${head}\n   ${t.parse.blocks(article.blocks.length)}${article.byline ? `, ${article.byline}` : ''}\n`,
    );
  }
  return 0;
}

function exportScope(flags: { article?: string | undefined; tag?: string | undefined }): ExportScope {
  if (flags.article !== undefined && flags.tag !== undefined)
    throw new UsageError(t.misuse.eitherOr('--article / --tag'));
  if (flags.article !== undefined)
    return { kind: 'article', articleId: positiveId(flags.article, '--article') };
  if (flags.tag !== undefined) return { kind: 'tag', tag: flags.tag };
  return { kind: 'library' };
}

/** A path ending in a separator, or naming a folder that exists, means one file per article in it. */
async function isFolderPath(path: string): Promise<boolean> {
  if (/[\\/]$/u.test(path)) return true;
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

async function exportCommand(
  library: Library,
  flags: { article?: string | undefined; tag?: string | undefined; out?: string | undefined },
  io: Console,
): Promise<number> {
  const scope = exportScope(flags);
  if (flags.out !== undefined && (await isFolderPath(flags.out))) {
    // A drive or UNC path is meant as absolute: on a system without drives the service refuses it with
    // a sentence, rather than it becoming a folder named "C:\…" in the working directory.
    const absolute = /^([A-Za-z]:[\\/]|\\\\)/u.test(flags.out) ? flags.out : resolve(flags.out);
    const { folder, files } = await call(library, 'export.toFolder', { folder: absolute, scope });
    io.out(`${t.export.toFolder(files.length, folder)}${files.map((file) => `\n  ${file}`).join('')}\n`);
    return 0;
  }
  if (scope.kind !== 'article') {
    // Per article, a tag or the library lists only the articles it has notes from.
    const { files } = await call(library, 'export.notes', { scope, layout: 'per-article' });
    if (files.length === 0) {
      io.err(`${t.export.nothing}\n`);
      return 1;
    }
  }
  const { files } = await call(library, 'export.notes', { scope, layout: 'single' });
  const markdown = files[0]!.markdown;
  if (flags.out === undefined) io.out(markdown);
  else {
    await writeFile(flags.out, markdown, 'utf8');
    io.out(`${t.export.toFile(flags.out)}\n`);
  }
  return 0;
}

async function backupCommand(library: Library, out: string | undefined, io: Console): Promise<number> {
  const { json } = await call(library, 'backup.create', {});
  if (out === undefined) io.out(json);
  else {
    await writeFile(out, json, 'utf8');
    io.out(`${t.backup.toFile(out)}\n`);
  }
  return 0;
}

async function restoreCommand(library: Library, paths: string[], io: Console): Promise<number> {
  if (paths.length !== 1) throw new UsageError(t.misuse.restoreWhat);
  const json = new TextDecoder().decode(await readInput(paths[0]!));
  const reply = await library.dispatch('backup.restore', { json }, language);
  if (!reply.ok) throw new UsageError(reply.error.message);
  io.out(`${t.backup.restored(reply.value as Output<'backup.restore'>)}\n`);
  return 0;
}

async function reimportCommand(
  library: Library,
  args: string[],
  label: string | undefined,
  io: Console,
): Promise<number> {
  const [sourceText, path, ...rest] = args;
  if (sourceText === undefined || rest.length > 0) throw new UsageError(t.misuse.reimportWhat);
  const sourceId = positiveId(sourceText, 'reimport');
  // Any name a TextDecoder knows is taken (GBK, Big5-HKSCS, latin1), as the encoding it names.
  const encoding = label === undefined ? undefined : textEncoding(label);
  if (label !== undefined && !encoding)
    throw new UsageError(t.misuse.encoding(TEXT_ENCODINGS.join(', '), label));
  const file = path === undefined ? undefined : { name: basename(path), data: await readInput(path) };
  const result = await call(library, 'library.reimport', { sourceId, file, encoding });
  const { encoding: read, anchored, moved, orphaned } = result;
  io.out(
    `${t.reimported(sourceId, { encoding: read, articles: result.articleIds.length, anchored, moved, orphaned })}\n`,
  );
  return 0;
}
