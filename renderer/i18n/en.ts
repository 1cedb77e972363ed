import type { HighlightColor } from '../../shared/contract/api.js';

/** Every string the UI shows. A translation is another object of the same shape (see `Strings`). */
export const en = {
  appName: 'Jianbao',
  appNameNative: '剪报',
  tagline: 'Newspaper clippings, read and annotated offline',
  actions: {
    import: 'Import…',
    importTitle: 'Import .txt or .md files (Ctrl+O)',
    chooseFiles: 'Choose files to import…',
    back: 'Library',
    backTitle: 'Back to the library',
    exportNotes: 'Export notes',
    exportTitle: 'Download this article’s highlights and notes as Markdown',
    dismiss: 'Dismiss',
    highlight: 'Highlight',
    note: 'Note',
    save: 'Save',
    cancel: 'Cancel',
    edit: 'Edit note',
    addNote: 'Add note',
    delete: 'Delete',
    retry: 'Try again',
  },
  library: {
    heading: 'Library',
    empty: 'Your library is empty.',
    emptyHint:
      'Import newspaper pages or articles (.txt, .md): use the Import button, press Ctrl+O, or drop files anywhere on this window.',
    count: (n: number) => (n === 1 ? '1 article' : `${n} articles`),
    columns: {
      title: 'Title',
      source: 'Source file',
      imported: 'Imported',
      section: 'Section',
      notes: 'Notes',
    },
    noSection: '—',
    loading: 'Loading the library…',
    annotations: (n: number) => (n === 1 ? '1 annotation' : `${n} annotations`),
  },
  search: {
    label: 'Search the library',
    placeholder: 'Search: 乡村振兴, "exact phrase", -exclude, tag:经济, source:file',
    sortLabel: 'Sort articles',
    sorts: { newest: 'Newest first', title: 'Title', source: 'Source file', annotated: 'Most annotated' },
    searchSorts: { relevance: 'Best match', newest: 'Newest first' },
    results: (n: number, query: string) =>
      `${n === 1 ? '1 article matches' : `${n} articles match`} “${query}”`,
    none: (query: string) => `No article matches “${query}”.`,
    searching: 'Searching…',
    clear: 'Clear search',
    tagsLabel: 'Filter by tag',
    allTags: 'All',
    tagCount: (name: string, n: number) => `${name} (${n})`,
    inArticle: (current: number, n: number, query: string) =>
      n === 0 ? `No matches for “${query}”` : `Match ${current} of ${n} for “${query}”`,
    next: 'Next match',
    previous: 'Previous match',
  },
  tags: {
    label: 'Tags',
    add: 'Add a tag',
    placeholder: 'Add tag…',
    remove: (name: string) => `Remove tag ${name}`,
  },
  importReport: {
    label: 'Import results',
    imported: (file: string, n: number) => `${file}: ${n === 1 ? '1 article' : `${n} articles`}`,
    duplicate: 'already in the library',
    /** The server's reason may already name the file. */
    rejected: (file: string, reason: string) => (reason.includes(file) ? reason : `${file}: ${reason}`),
    reading: (n: number) => (n === 1 ? 'Importing 1 file…' : `Importing ${n} files…`),
    open: 'Open',
  },
  drop: {
    overlay: 'Drop .txt or .md files to import them',
  },
  reader: {
    loading: 'Loading the article…',
    articleLabel: 'Article',
    toolbarLabel: 'Annotate selection',
    colorLabel: (color: string) => `Highlight ${color}`,
    noteEditorLabel: 'Note',
    notePlaceholder: 'Write a note about this passage…',
  },
  panel: {
    heading: 'Highlights & notes',
    label: 'Highlights and notes in this article',
    empty: 'Select text in the article to highlight it or add a note.',
    goTo: (quote: string) => `Go to “${quote}”`,
    deleteLabel: (quote: string) => `Delete the highlight “${quote}”`,
    editLabel: (quote: string) => `Edit the note on “${quote}”`,
    noteLabel: 'Note text',
    changeColor: (color: string) => `Change colour to ${color}`,
    itemLabel: (quote: string) => `Highlight: ${quote}`,
  },
  colors: {
    yellow: 'Yellow',
    green: 'Green',
    blue: 'Blue',
    pink: 'Pink',
    purple: 'Purple',
    orange: 'Orange',
  } satisfies Record<HighlightColor, string>,
  errors: {
    title: 'Something went wrong',
    unreachable: 'Cannot reach the Jianbao server. Is it still running?',
    forbidden:
      'The server refused this request: the page’s access token is missing or wrong. Reopen the link that Jianbao printed.',
    badResponse: (status: number, body: string) =>
      `The server sent an unexpected reply (HTTP ${status})${body ? `: ${body.slice(0, 200)}` : ''}.`,
    code: (code: string) => `Error code: ${code}`,
    readFile: (name: string) => `Could not read ${name}.`,
    exportFailed: 'Could not export the notes.',
    alertsLabel: 'Messages',
  },
  dates: {
    locale: 'en',
  },
};

export type Strings = typeof en;
