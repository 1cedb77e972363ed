/** `jianbao delete`, `undelete`, `edit` and `collections`: managing the library from the command line. */
import type { Input } from '../../../shared/contract/api.js';
import type { Library } from '../library.js';
import { t } from './cli-strings.js';
import { call, positiveId, UsageError, type Console } from './cli-support.js';

export const LIBRARY_OPTIONS = {
  source: { type: 'string' },
  yes: { type: 'boolean', default: false },
  title: { type: 'string' },
  authors: { type: 'string' },
  date: { type: 'string' },
  'source-name': { type: 'string' },
  read: { type: 'boolean', default: false },
  unread: { type: 'boolean', default: false },
  archive: { type: 'boolean', default: false },
  unarchive: { type: 'boolean', default: false },
} as const;

export interface LibraryFlags {
  source?: string | undefined;
  yes: boolean;
  title?: string | undefined;
  authors?: string | undefined;
  date?: string | undefined;
  'source-name'?: string | undefined;
  read: boolean;
  unread: boolean;
  archive: boolean;
  unarchive: boolean;
}

const undoHint = (token: string) => `${t.manage.undoHint(token)}\n`;

export async function deleteCommand(
  library: Library,
  args: string[],
  flags: LibraryFlags,
  io: Console,
): Promise<number> {
  if (flags.source !== undefined) {
    if (args.length > 0) throw new UsageError(t.misuse.eitherOr('ID... / --source'));
    const sourceId = positiveId(flags.source, '--source');
    const result = await call(library, 'sources.delete', { sourceId, confirmed: flags.yes });
    if (!result.deleted) {
      io.err(`${t.manage.sourceHeld(sourceId, result.articles, result.annotations)}\n`);
      return 1;
    }
    io.out(`${t.manage.sourceDeleted(sourceId, result.articles, result.annotations)}\n`);
    io.out(undoHint(result.token));
    return 0;
  }
  if (args.length === 0) throw new UsageError(t.misuse.deleteWhat);
  const ids = args.map((arg) => positiveId(arg, 'delete'));
  const result = await call(library, 'articles.delete', { ids });
  io.out(`${t.manage.deleted(result.articles, result.sources, result.annotations)}\n`);
  io.out(undoHint(result.token));
  return 0;
}

export async function undeleteCommand(library: Library, args: string[], io: Console): Promise<number> {
  if (args.length !== 1) throw new UsageError(t.misuse.undeleteWhat);
  const { articleIds } = await call(library, 'library.undoDelete', { token: args[0]! });
  io.out(`${t.manage.broughtBack(articleIds)}\n`);
  return 0;
}

/** "none" clears a date or a source name. */
const orNone = (value: string | undefined) => (value === 'none' ? null : value);

/** One of two opposite flags (`--read`/`--unread`) as a state, or undefined when neither is given. */
function state(on: boolean, off: boolean, names: string): boolean | undefined {
  if (on && off) throw new UsageError(t.misuse.eitherOr(names));
  return on ? true : off ? false : undefined;
}

export async function editCommand(
  library: Library,
  args: string[],
  flags: LibraryFlags,
  io: Console,
): Promise<number> {
  if (args.length !== 1) throw new UsageError(t.misuse.editWhich);
  const id = positiveId(args[0]!, 'edit');
  const input: Input<'articles.update'> = {
    id,
    title: flags.title,
    authors: flags.authors
      ?.split(/[,，、]/u)
      .map((name) => name.trim())
      .filter(Boolean),
    date: orNone(flags.date),
    sourceName: orNone(flags['source-name']),
    read: state(flags.read, flags.unread, '--read or --unread'),
    archived: state(flags.archive, flags.unarchive, '--archive or --unarchive'),
  };
  const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  if (Object.keys(changes).length === 1) throw new UsageError(t.misuse.editWhat);
  await call(library, 'articles.update', changes);
  const { title, sourceName, date, read, archived } = await call(library, 'articles.get', { id });
  const states = [read ? t.manage.read : t.manage.unread, archived ? t.manage.archived : '']
    .filter(Boolean)
    .join(', ');
  io.out(`${id}\t${title}\t${sourceName}\t${date ?? t.manage.noDate}\t${states}\n`);
  return 0;
}

export async function collectionsCommand(library: Library, args: string[], io: Console): Promise<number> {
  const [action, ...rest] = args;
  const collectionId = () => positiveId(rest[0] ?? '', `collections ${action}`);
  const articleIds = () => {
    if (rest.length < 2) throw new UsageError(t.misuse.collectionArticles(action ?? ''));
    return rest.slice(1).map((arg) => positiveId(arg, `collections ${action}`));
  };
  const show = (c: { id: number; name: string; articleCount: number }) =>
    io.out(`${t.manage.collection(c.id, c.name, c.articleCount)}\n`);
  switch (action) {
    case undefined: {
      const { collections } = await call(library, 'collections.list', {});
      if (collections.length === 0) io.out(`${t.manage.noCollection}\n`);
      collections.forEach(show);
      return 0;
    }
    case 'create':
      if (rest.length === 0) throw new UsageError(t.misuse.collectionName);
      show(await call(library, 'collections.create', { name: rest.join(' ') }));
      return 0;
    case 'rename':
      if (rest.length < 2) throw new UsageError(t.misuse.collectionRename);
      show(await call(library, 'collections.rename', { id: collectionId(), name: rest.slice(1).join(' ') }));
      return 0;
    case 'delete': {
      const { deleted } = await call(library, 'collections.delete', { id: collectionId() });
      io.out(`${deleted ? t.manage.collectionDeleted : t.manage.noSuchCollection}\n`);
      return 0;
    }
    case 'add':
      show(await call(library, 'collections.addArticles', { id: collectionId(), articleIds: articleIds() }));
      return 0;
    case 'remove':
      show(
        await call(library, 'collections.removeArticles', { id: collectionId(), articleIds: articleIds() }),
      );
      return 0;
    default:
      throw new UsageError(t.misuse.collectionAction(action));
  }
}
