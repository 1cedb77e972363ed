import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { Method, Output } from '../../../shared/contract/api.js';
import { openLibrary, type Library } from '../library.js';
import { resolveDatabasePath } from '../library-path.js';
import { parseDocument } from '../../domain/import/parse-document.js';
import { decodeText } from '../import/decode-text.js';

export interface Console {
  out(text: string): void;
  err(text: string): void;
}

const USAGE = `Usage:
  jianbao import FILE... [--db PATH]       import text (.txt, any of UTF-8/UTF-16/GB18030) and Markdown files
  jianbao list [--db PATH] [--json]        list the articles in the library
  jianbao parse FILE [--json]              show how FILE would be split into articles (touches no library)
  jianbao search QUERY [--db PATH] [--json] [--limit N] [--sort relevance|newest]
                                           search titles, text, notes and tags; words are ANDed,
                                           "a phrase", annot* (prefix), -word (exclude), tag:NAME,
                                           source:TEXT, after:YYYY-MM-DD, before:YYYY-MM-DD
                                           (put -- before a query that starts with -)
  jianbao export [--db PATH] [--article ID] [--out PATH]
                                           write highlights and notes as Markdown
The library is the desktop app's unless --db PATH or the JIANBAO_DB environment variable names another.
`;

const OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  article: { type: 'string' },
  out: { type: 'string' },
  limit: { type: 'string' },
  sort: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

class UsageError extends Error {}

/** Runs one command; returns the exit code (0 ok, 1 failure, 2 bad input or usage). */
export async function runCli(argv: string[], io: Console): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.out(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  try {
    switch (command) {
      case 'parse':
        return await parseCommand(args, values.json, io);
      case 'import':
      case 'list':
      case 'search':
      case 'export': {
        const library = openLibrary(resolveDatabasePath(values.db));
        try {
          if (command === 'import') return await importCommand(library, args, io);
          if (command === 'list') return await listCommand(library, values.json, io);
          if (command === 'search') return await searchCommand(library, args, values, io);
          return await exportCommand(library, values.article, values.out, io);
        } finally {
          library.close();
        }
      }
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    io.err(`${(error as Error).message}\n`);
    return 1;
  }
}

async function call<M extends Method>(library: Library, method: M, input: unknown): Promise<Output<M>> {
  const reply = await library.dispatch(method, input);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as Output<M>;
}

async function readInput(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : (error as Error).message;
    throw new Error(`${path} could not be read: ${why}.`);
  }
}

async function importCommand(library: Library, paths: string[], io: Console): Promise<number> {
  if (paths.length === 0) throw new UsageError('Name at least one file to import.');
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
      const what = file.duplicate ? 'already in the library' : `imported (${file.encoding})`;
      io.out(`${path}: ${what}, ${file.articleIds.length} article(s): ids ${file.articleIds.join(', ')}\n`);
    }
    for (const file of rejected) io.err(`${file.reason}\n`);
    failed += rejected.length;
  }
  return failed > 0 ? 2 : 0;
}

async function allArticles(library: Library): Promise<Output<'articles.list'>['items']> {
  const items: Output<'articles.list'>['items'] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await call(library, 'articles.list', { limit: 1000, offset });
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items;
  }
}

async function listCommand(library: Library, json: boolean, io: Console): Promise<number> {
  const items = await allArticles(library);
  if (json) io.out(`${JSON.stringify(items, null, 2)}\n`);
  else if (items.length === 0) io.out('The library is empty. Add files with: jianbao import FILE...\n');
  else
    for (const item of items)
      io.out(`${item.id}\t${item.title}\t${item.sourceName}\t${item.importedAt.slice(0, 10)}\n`);
  return 0;
}

async function searchCommand(
  library: Library,
  words: string[],
  flags: { json: boolean; limit?: string | undefined; sort?: string | undefined },
  io: Console,
): Promise<number> {
  if (words.length === 0) throw new UsageError('Say what to search for, as in: jianbao search 国歌');
  const limit = flags.limit === undefined ? undefined : Number(flags.limit);
  if (limit !== undefined && !Number.isInteger(limit))
    throw new UsageError(`--limit takes a number of results, not "${flags.limit}".`);
  const query = words.join(' ');
  const reply = await library.dispatch('search.query', { query, limit, sort: flags.sort });
  if (!reply.ok) throw new UsageError(reply.error.message);
  const { hits } = reply.value as Output<'search.query'>;
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
  const count = totalExact ? `${total}` : `more than ${total}`;
  io.out(total === 0 ? 'No article matches.\n' : `${hits.length} of ${count} matching article(s).\n`);
  return 0;
}

async function parseCommand(paths: string[], json: boolean, io: Console): Promise<number> {
  if (paths.length !== 1) throw new UsageError('Name exactly one file to parse.');
  const path = paths[0]!;
  const decoded = decodeText(await readInput(path));
  if (!decoded.ok) {
    io.err(`${path} cannot be parsed: ${decoded.reason}.\n`);
    return 2;
  }
  const { page } = parseDocument(basename(path), decoded.text);
  if (json) {
    io.out(`${JSON.stringify({ source: basename(path), encoding: decoded.encoding, ...page }, null, 2)}\n`);
    return 0;
  }
  for (const [index, article] of page.articles.entries()) {
    const head = [article.section && `[${article.section}]`, article.kicker, article.title, article.subtitle]
      .filter(Boolean)
      .join(' / ');
    io.out(
      `${index + 1}. ${head}\n   ${article.blocks.length} block(s)${article.byline ? `, ${article.byline}` : ''}\n`,
    );
  }
  return 0;
}

async function exportCommand(
  library: Library,
  articleFlag: string | undefined,
  out: string | undefined,
  io: Console,
): Promise<number> {
  let ids: number[];
  if (articleFlag !== undefined) {
    const id = Number(articleFlag);
    if (!Number.isInteger(id) || id <= 0)
      throw new UsageError(`--article takes an article id (see jianbao list), not "${articleFlag}".`);
    ids = [id];
  } else {
    ids = (await allArticles(library)).filter((item) => item.annotationCount > 0).map((item) => item.id);
    if (ids.length === 0) {
      io.err('No article has highlights or notes yet: nothing to export.\n');
      return 1;
    }
  }
  const parts: string[] = [];
  for (const articleId of ids) parts.push((await call(library, 'export.markdown', { articleId })).markdown);
  const markdown = parts.join('\n---\n\n');
  if (out === undefined) io.out(markdown);
  else {
    await writeFile(out, markdown, 'utf8');
    io.out(`Wrote the notes of ${ids.length} article(s) to ${out}\n`);
  }
  return 0;
}
