/**
 * YAML front matter, as Jekyll, Hugo and Obsidian write it at the top of a note between `---` lines: the
 * note's metadata, never its text. A block there that is not a YAML mapping is no front matter (a rule and
 * some prose) and stays text.
 */
import { parse } from 'yaml';

export interface FrontMatter {
  title?: string;
  authors: string[];
  /** YYYY-MM-DD. */
  date?: string;
  tags: string[];
  /** Every field whose value reads as text (a list as its items), kept with the file's metadata. */
  fields: Record<string, string[]>;
}

const FENCED = /^---[ \t]*\n(?:([^]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;
/** As the library's tags allow (shared/contract/search-entries.ts's tagName). */
const MAX_TAG_LENGTH = 100;
const MAX_TAGS = 100;

/** The front matter of a Markdown note, if it has one, and the Markdown after it. */
export function splitFrontMatter(source: string): { matter: FrontMatter | null; body: string } {
  const fenced = FENCED.exec(source);
  if (!fenced) return { matter: null, body: source };
  let data: unknown;
  try {
    data = parse(fenced[1] ?? '', { schema: 'core' }) ?? {};
  } catch {
    return { matter: null, body: source };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { matter: null, body: source };
  return { matter: readFields(data as Record<string, unknown>), body: source.slice(fenced[0].length) };
}

function readFields(data: Record<string, unknown>): FrontMatter {
  const fields = Object.fromEntries(
    Object.entries(data)
      .map(([key, value]) => [key, texts(value)] as const)
      .filter(([, values]) => values.length > 0),
  );
  const title = fields.title?.[0];
  const date = fields.date?.[0]?.slice(0, 10);
  // A line of tags (`tags: news, china` or Jekyll's `tags: news china`) is split; a list's items are whole.
  const tags = [data.tags, data.tag]
    .flatMap((value) => (typeof value === 'string' ? value.split(/[\s,，、]+/u) : texts(value)))
    .map((tag) => tag.trim().replace(/^#/, ''))
    .filter((tag) => tag !== '' && tag.length <= MAX_TAG_LENGTH && !/\p{Cc}/u.test(tag));
  return {
    ...(title === undefined ? {} : { title }),
    authors: [...(fields.author ?? []), ...(fields.authors ?? [])],
    ...(date !== undefined && isDay(date) ? { date } : {}),
    tags: [...new Set(tags)].slice(0, MAX_TAGS),
    fields,
  };
}

/** A value as text: a scalar as itself, a list as its items, a person (`{name: …}`) as the name. */
function texts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => (Array.isArray(item) ? [] : texts(item)));
  if (typeof value === 'object' && value !== null && 'name' in value) return texts(value.name);
  if (typeof value === 'string' || typeof value === 'number') {
    const text = String(value).trim();
    return text === '' ? [] : [text];
  }
  return [];
}

/** A real day written YYYY-MM-DD (the library's date column takes nothing else). */
function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text);
}
