/** The `jianbao` command's words in English (see cli-strings.ts). */
const plural = new Intl.PluralRules('en');
/** "1 article", "2 articles". */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${plural.select(n) === 'one' ? one : many}`;

export const cliEn = {
  usage: {
    heading: 'Usage:',
    import: 'import files: text (any common encoding), Markdown, PDF, web pages, EPUB, Word',
    list: 'list the articles in the library (archived ones with --archived; those of a collection)',
    parse: 'show how FILE would be split into articles (touches no library)',
    search:
      'search titles, text, notes and tags; words are ANDed, "a phrase", annot* (prefix), -word (exclude), ' +
      'tag:NAME, source:TEXT, after:YYYY-MM-DD, before:YYYY-MM-DD (put -- before a query that starts with -); ' +
      'lists 20 hits unless --limit N or --all, from hit --offset N',
    export:
      'write highlights and notes as Markdown: to stdout, to one file, or (PATH ending in / or an existing ' +
      'folder) one file per article, overwritten on the next export',
    backup:
      'write the whole library (articles, original files, annotations, bookmarks, tags, settings) as JSON',
    snapshot: 'copy the library file whole, into the backups folder beside it or to FILE',
    restore:
      'bring a JSON backup back; what the library lacks is added (into an empty one: everything); twice adds nothing',
    snapshots: 'list the snapshots (one is taken each day, and before an upgrade of the library)',
    snapshotsRestore: "put a snapshot in the library's place (the library as it is now is snapshotted first)",
    reimport:
      'parse a source again (or replace it with FILE), keeping annotations on their passages; see ids with ' +
      'list --json; --encoding reads a text file in NAME (big5, shift_jis, ...)',
    delete: 'delete articles with their annotations, bookmarks and tags',
    deleteSource:
      'delete an imported file with all its articles; one whose articles hold annotations needs --yes',
    undelete: 'bring back what a delete removed (within an hour)',
    edit: 'rename an article, change its metadata or its states',
    collections: 'list the collections',
    collectionsChange: 'make, rename and delete collections; put articles in them',
    library:
      "The library is the desktop app's unless --db PATH or the JIANBAO_DB environment variable names another.",
  },
  misuse: {
    unknownCommand: (command: string) => `Unknown command "${command}".`,
    id: (what: string, text: string) => `${what} takes an id (see jianbao list --json), not "${text}".`,
    wholeNumber: (option: string, least: number, text: string) =>
      `${option} takes a whole number of results from ${least} up, not "${text}".`,
    eitherOr: (names: string) => `Give ${names}, not both.`,
    importWhat: 'Name at least one file to import.',
    searchWhat: 'Say what to search for, as in: jianbao search 国歌',
    parseWhat: 'Name exactly one file to parse.',
    restoreWhat: 'Name exactly one backup file to restore.',
    reimportWhat: 'Say which source to re-import: jianbao reimport SOURCE_ID [FILE]',
    encoding: (names: string, label: string) => `--encoding takes one of ${names}, not "${label}".`,
    deleteWhat: 'Say which articles to delete: jianbao delete ID...',
    undeleteWhat: 'Say what to bring back: jianbao undelete TOKEN',
    editWhich: 'Say which article to edit: jianbao edit ID --title …',
    editWhat: 'Say what to change: --title, --authors, --date, --source-name, --read, --archive …',
    collectionArticles: (action: string) =>
      `Name the articles: jianbao collections ${action} ID ARTICLE_ID...`,
    collectionName: 'Name the collection: jianbao collections create NAME',
    collectionRename: 'Say which and how: jianbao collections rename ID NAME',
    collectionAction: (action: string) => `Unknown collections action "${action}".`,
    snapshotWhich: 'Say which snapshot to restore: jianbao snapshots restore NAME (see jianbao snapshots)',
  },
  file: {
    unreadable: (path: string, why: string) => `${path} could not be read: ${why}.`,
    missing: 'there is no such file',
    folder: 'it is a folder',
    unparsable: (path: string, reason: string) => `${path} cannot be parsed: ${reason}.`,
  },
  imported: (path: string, encoding: string, ids: number[]) =>
    `${path}: imported (${encoding}), ${count(ids.length, 'article')}: ids ${ids.join(', ')}`,
  duplicate: (path: string, ids: number[]) =>
    `${path}: already in the library, ${count(ids.length, 'article')}: ids ${ids.join(', ')}`,
  list: {
    none: 'No article.',
    empty: 'The library is empty. Add files with: jianbao import FILE...',
  },
  search: {
    none: 'No article matches.',
    shown: (shown: number, total: number, exact: boolean) =>
      `${shown} of ${exact ? total : `more than ${total}`} matching ${plural.select(total) === 'one' && exact ? 'article' : 'articles'}.`,
  },
  parse: {
    blocks: (n: number) => count(n, 'block'),
  },
  export: {
    toFolder: (n: number, folder: string) => `Wrote ${count(n, 'file')} to ${folder}`,
    nothing: 'No article has highlights or notes yet: nothing to export.',
    toFile: (path: string) => `Wrote the notes to ${path}`,
  },
  backup: {
    toFile: (path: string) => `Wrote the backup to ${path}`,
    restored: (c: {
      sources: number;
      articles: number;
      annotations: number;
      orphaned: number;
      bookmarks: number;
      tags: number;
      skipped: number;
      unmatched: number;
    }) =>
      (c.sources > 0
        ? `Recreated ${count(c.sources, 'source')} with ${count(c.articles, 'article')}. `
        : '') +
      `Restored ${count(c.annotations, 'annotation')} (${c.orphaned} orphaned), ${count(c.bookmarks, 'bookmark')}, ` +
      `${count(c.tags, 'new tag')}; ${c.skipped} already present; ${count(c.unmatched, 'article')} not in this library.`,
  },
  reimported: (
    sourceId: number,
    r: { encoding: string; articles: number; anchored: number; moved: number; orphaned: number },
  ) =>
    `Re-imported source ${sourceId} (${r.encoding}): ${count(r.articles, 'article')}; annotations: ` +
    `${r.anchored} in place, ${r.moved} moved, ${r.orphaned} orphaned (kept with their quote).`,
  snapshots: {
    written: (bytes: number, path: string) =>
      `Wrote a snapshot of the whole library (${bytes} bytes) to ${path}`,
    none: (folder: string) => `No snapshot yet in ${folder}`,
    restored: (name: string, saved: string) =>
      `Restored the library from ${name}; what it was before is kept as ${saved}`,
  },
  manage: {
    undoHint: (token: string) => `Undo within an hour with: jianbao undelete ${token}`,
    sourceHeld: (sourceId: number, articles: number, annotations: number) =>
      `Source ${sourceId} has ${count(articles, 'article')} holding ${count(annotations, 'annotation')}; ` +
      'nothing was deleted. Add --yes to delete it with them.',
    sourceDeleted: (sourceId: number, articles: number, annotations: number) =>
      `Deleted source ${sourceId}: ${count(articles, 'article')}, ${count(annotations, 'annotation')}.`,
    deleted: (articles: number, emptied: number, annotations: number) =>
      `Deleted ${count(articles, 'article')}${emptied > 0 ? ` and ${count(emptied, 'file')} left empty` : ''}, ` +
      `${count(annotations, 'annotation')}.`,
    broughtBack: (ids: number[]) => `Brought back ${count(ids.length, 'article')}: ids ${ids.join(', ')}`,
    read: 'read',
    unread: 'unread',
    archived: 'archived',
    noDate: 'no date',
    noCollection: 'No collection yet. Make one with: jianbao collections create NAME',
    collection: (id: number, name: string, articles: number) =>
      `${id}\t${name}\t${count(articles, 'article')}`,
    collectionDeleted: 'Deleted the collection; its articles stay in the library.',
    noSuchCollection: 'There was no such collection.',
  },
};

export type CliStrings = typeof cliEn;
