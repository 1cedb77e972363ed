/** `jianbao --help`: each command's synopsis (English, as typed) and what it does, in the user's language. */
import type { CliStrings } from './cli-strings.js';

type Described = keyof Omit<CliStrings['usage'], 'heading' | 'library'>;

const COMMANDS: [synopsis: string, what: Described][] = [
  ['jianbao import FILE... [--db PATH]', 'import'],
  ['jianbao list [--db PATH] [--json] [--archived] [--collection ID]', 'list'],
  ['jianbao parse FILE [--json]', 'parse'],
  [
    'jianbao search QUERY [--db PATH] [--json] [--limit N | --all] [--offset N] [--sort relevance|newest]',
    'search',
  ],
  ['jianbao export [--db PATH] [--article ID | --tag TAG] [--out PATH]', 'export'],
  ['jianbao backup [--db PATH] [--out FILE]', 'backup'],
  ['jianbao backup --snapshot [--db PATH] [--out FILE]', 'snapshot'],
  ['jianbao restore FILE [--db PATH]', 'restore'],
  ['jianbao snapshots [--db PATH]', 'snapshots'],
  ['jianbao snapshots restore NAME [--db PATH]', 'snapshotsRestore'],
  ['jianbao reimport SOURCE_ID [FILE] [--db PATH] [--encoding NAME]', 'reimport'],
  ['jianbao delete ID... [--db PATH]', 'delete'],
  ['jianbao delete --source SOURCE_ID [--yes] [--db PATH]', 'deleteSource'],
  ['jianbao undelete TOKEN [--db PATH]', 'undelete'],
  [
    'jianbao edit ID [--title TEXT] [--authors "A, B"] [--date YYYY-MM-DD|none]\n' +
      '             [--source-name NAME|none] [--read | --unread] [--archive | --unarchive] [--db PATH]',
    'edit',
  ],
  ['jianbao collections [--db PATH]', 'collections'],
  [
    'jianbao collections create NAME | rename ID NAME | delete ID\n' +
      'jianbao collections add ID ARTICLE_ID... | remove ID ARTICLE_ID...',
    'collectionsChange',
  ],
];

/** Where descriptions start, and the widest a line may be (in terminal columns). */
const COLUMN = 43;
const WIDTH = 100;

const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/** Words, and each wide character on its own (CJK text breaks between any two). */
const PIECES =
  /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]|[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef]+\s*|\s+/gu;
/** Marks a line never starts with, and those it never ends with (Chinese typesetting's 禁则). */
const CLOSING = /^[，。、；：！？）」』】》]$/u;
const OPENING = /[（「『【《]$/u;

/** Terminal columns: a CJK character or full-width mark takes two. */
const columns = (text: string) => [...text].reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0);

/** Wraps at spaces, or between two characters of CJK text (which has no spaces). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of text.match(PIECES) ?? []) {
    if (line !== '' && !CLOSING.test(piece) && columns(line + piece.trimEnd()) > width) {
      const carried = OPENING.exec(line)?.[0] ?? '';
      lines.push(line.slice(0, line.length - carried.length).trimEnd());
      line = carried + piece.trimStart();
    } else line += piece;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

export function usage(t: CliStrings): string {
  const pad = ' '.repeat(COLUMN);
  const entries = COMMANDS.map(([synopsis, what]) => {
    const described = wrap(t.usage[what], WIDTH - COLUMN).map((line) => pad + line);
    const lines = synopsis.split('\n').map((line) => `  ${line}`);
    const last = lines.at(-1)!;
    // A description starts beside a synopsis short enough to leave it room, else under it.
    if (lines.length === 1 && last.length < COLUMN - 1)
      lines[0] = last.padEnd(COLUMN) + described.shift()!.trimStart();
    return [...lines, ...described].join('\n');
  });
  return `${t.usage.heading}\n${entries.join('\n')}\n${t.usage.library}\n`;
}
