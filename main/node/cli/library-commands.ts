/** `jianbao delete`, `undelete`, `edit` and `collections`: managing the library from the command line. */
import type { Input } from '../../../shared/contract/api.js';
import type { Library } from '../library.js';
import { call, positiveId, UsageError, type Console } from './cli-support.js';

export const LIBRARY_USAGE = `  jianbao delete ID... [--db PATH]         delete articles with their annotations, bookmarks and tags
  jianbao delete --source SOURCE_ID [--yes] [--db PATH]
                                           delete an imported file with all its articles; one whose
                                           articles hold annotations needs --yes
  jianbao undelete TOKEN [--db PATH]       bring back what a delete removed (within an hour)
  jianbao edit ID [--title TEXT] [--authors "A, B"] [--date YYYY-MM-DD|none]
               [--source-name NAME|none] [--read | --unread] [--archive | --unarchive] [--db PATH]
                                           rename an article, change its metadata or its states
  jianbao collections [--db PATH]          list the collections
  jianbao collections create NAME | rename ID NAME | delete ID
  jianbao collections add ID ARTICLE_ID... | remove ID ARTICLE_ID...
                                           make, rename and delete collections; put articles in them
`;

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

const undoHint = (token: string) => `Undo within an hour with: jianbao undelete ${token}\n`;

export async function deleteCommand(
  library: Library,
  args: string[],
  flags: LibraryFlags,
  io: Console,
): Promise<number> {
  if (flags.source !== undefined) {
    if (args.length > 0) throw new UsageError('Give article ids or --source, not both.');
    const sourceId = positiveId(flags.source, '--source');
    const result = await call(library, 'sources.delete', { sourceId, confirmed: flags.yes });
    if (!result.deleted) {
      io.err(
        `Source ${sourceId} has ${result.articles} article(s) holding ${result.annotations} annotation(s); ` +
          'nothing was deleted. Add --yes to delete it with them.\n',
      );
      return 1;
    }
    io.out(
      `Deleted source ${sourceId}: ${result.articles} article(s), ${result.annotations} annotation(s).\n`,
    );
    io.out(undoHint(result.token));
    return 0;
  }
  if (args.length === 0) throw new UsageError('Say which articles to delete: jianbao delete ID...');
  const ids = args.map((arg) => positiveId(arg, 'delete'));
  const result = await call(library, 'articles.delete', { ids });
  const emptied = result.sources > 0 ? ` and ${result.sources} file(s) left empty` : '';
  io.out(`Deleted ${result.articles} article(s)${emptied}, ${result.annotations} annotation(s).\n`);
  io.out(undoHint(result.token));
  return 0;
}

export async function undeleteCommand(library: Library, args: string[], io: Console): Promise<number> {
  if (args.length !== 1) throw new UsageError('Say what to bring back: jianbao undelete TOKEN');
  const { articleIds } = await call(library, 'library.undoDelete', { token: args[0]! });
  io.out(`Brought back ${articleIds.length} article(s): ids ${articleIds.join(', ')}\n`);
  return 0;
}

/** "none" clears a date or a source name. */
const orNone = (value: string | undefined) => (value === 'none' ? null : value);

/** One of two opposite flags (`--read`/`--unread`) as a state, or undefined when neither is given. */
function state(on: boolean, off: boolean, names: string): boolean | undefined {
  if (on && off) throw new UsageError(`Give ${names}, not both.`);
  return on ? true : off ? false : undefined;
}

export async function editCommand(
  library: Library,
  args: string[],
  flags: LibraryFlags,
  io: Console,
): Promise<number> {
  if (args.length !== 1) throw new UsageError('Say which article to edit: jianbao edit ID --title …');
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
  if (Object.keys(changes).length === 1)
    throw new UsageError(
      'Say what to change: --title, --authors, --date, --source-name, --read, --archive …',
    );
  await call(library, 'articles.update', changes);
  const { title, sourceName, date, read, archived } = await call(library, 'articles.get', { id });
  const states = [read ? 'read' : 'unread', archived ? 'archived' : ''].filter(Boolean).join(', ');
  io.out(`${id}\t${title}\t${sourceName}\t${date ?? 'no date'}\t${states}\n`);
  return 0;
}

export async function collectionsCommand(library: Library, args: string[], io: Console): Promise<number> {
  const [action, ...rest] = args;
  const collectionId = () => positiveId(rest[0] ?? '', `collections ${action}`);
  const articleIds = () => {
    if (rest.length < 2)
      throw new UsageError(`Name the articles: jianbao collections ${action} ID ARTICLE_ID...`);
    return rest.slice(1).map((arg) => positiveId(arg, `collections ${action}`));
  };
  const show = (c: { id: number; name: string; articleCount: number }) =>
    io.out(`${c.id}\t${c.name}\t${c.articleCount} article(s)\n`);
  switch (action) {
    case undefined: {
      const { collections } = await call(library, 'collections.list', {});
      if (collections.length === 0)
        io.out('No collection yet. Make one with: jianbao collections create NAME\n');
      collections.forEach(show);
      return 0;
    }
    case 'create':
      if (rest.length === 0) throw new UsageError('Name the collection: jianbao collections create NAME');
      show(await call(library, 'collections.create', { name: rest.join(' ') }));
      return 0;
    case 'rename':
      if (rest.length < 2) throw new UsageError('Say which and how: jianbao collections rename ID NAME');
      show(await call(library, 'collections.rename', { id: collectionId(), name: rest.slice(1).join(' ') }));
      return 0;
    case 'delete': {
      const { deleted } = await call(library, 'collections.delete', { id: collectionId() });
      io.out(
        deleted
          ? 'Deleted the collection; its articles stay in the library.\n'
          : 'There was no such collection.\n',
      );
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
      throw new UsageError(`Unknown collections action "${action}".`);
  }
}
