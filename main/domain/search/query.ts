/**
 * The search query language, as a person types it:
 *
 *   国歌 iPhone发布          words (Chinese of any length, English, mixed) must all occur: AND
 *   "trade agreement"        a quoted phrase (also “…” and full-width quotes); a missing closing quote
 *                            ends the phrase at the end of the query
 *   annot*                   prefix: English words starting with annot (also "quoted phrase"*)
 *   -香港  -"one two"         exclude articles containing the word or phrase
 *   tag:经济  tag:"a b"       only articles carrying that tag (exact name, any case)
 *   source:人民日报            only articles whose source file name contains the text
 *   after:2024-05-01         only articles imported on or after that day (UTC)
 *   before:2024-06-01        only articles imported before that day (UTC)
 *   (filters cannot be negated: -tag:x excludes the text "tag:x")
 *
 * Everything else is text to search for: operators of the index (AND, OR, NEAR, ^, parentheses …)
 * have no meaning and are searched for literally. Punctuation at the edges of a word or phrase is
 * dropped (`(国歌)` searches 国歌); punctuation inside one must match (`国，歌` finds only 国，歌).
 * Full-width and half-width letters, digits and punctuation are the same, and case does not matter.
 */
import { said, type Said } from '../../../shared/i18n/said.js';
import { normalise } from './normalise.js';
import { tokenise } from './tokens.js';

export interface SearchTerm {
  /** Normalised tokens that must occur in a row. */
  tokens: string[];
  /** The last token may be the beginning of a longer word. */
  prefix: boolean;
}

export interface SearchQuery {
  include: SearchTerm[];
  exclude: SearchTerm[];
  tags: string[];
  sources: string[];
  /** YYYY-MM-DD: imported on or after this day. */
  after: string | null;
  /** YYYY-MM-DD: imported before this day. */
  before: string | null;
}

/** A query that cannot be searched, with a message for the person who typed it. */
/** A query that cannot be searched for; `said` says why in each language, `message` in English. */
export class QueryError extends Error {
  override name = 'QueryError';
  constructor(readonly said: Said) {
    super(said.en);
  }
}

const QUOTES = '"\u201c\u201d';
const FILTER = /(tag|source|after|before):/y;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseQuery(input: string): SearchQuery {
  const query: SearchQuery = { include: [], exclude: [], tags: [], sources: [], after: null, before: null };
  const text = normalise(input);
  let index = 0;
  const isSpace = (at: number) => at < text.length && /\s/u.test(text[at]!);
  const isQuote = (at: number) => at < text.length && QUOTES.includes(text[at]!);

  /** Reads a quoted string (without its quotes) or a bare run up to whitespace. */
  const readValue = (): { value: string; quoted: boolean } => {
    if (isQuote(index)) {
      const start = index + 1;
      let end = start;
      while (end < text.length && !isQuote(end)) end++;
      index = Math.min(end + 1, text.length);
      return { value: text.slice(start, end), quoted: true };
    }
    const start = index;
    while (index < text.length && !isSpace(index)) index++;
    return { value: text.slice(start, index), quoted: false };
  };

  while (index < text.length) {
    if (isSpace(index)) {
      index++;
      continue;
    }
    const negated = text[index] === '-' && index + 1 < text.length && !isSpace(index + 1);
    if (negated) index++;

    FILTER.lastIndex = index;
    const filter = negated ? null : FILTER.exec(text);
    if (filter) {
      index += filter[0].length;
      addFilter(query, filter[1] as FilterName, readValue().value.trim());
      continue;
    }

    const { value: raw, quoted } = readValue();
    let value = raw;
    let prefix = false;
    if (quoted && text[index] === '*') {
      prefix = true;
      index++;
    } else if (!quoted && value.endsWith('*')) {
      prefix = true;
      value = value.replace(/\*+$/, '');
    }
    const term = toTerm(value, prefix);
    if (term) (negated ? query.exclude : query.include).push(term);
  }

  const { include, exclude, tags, sources, after, before } = query;
  if (include.length + exclude.length + tags.length + sources.length === 0 && !after && !before) {
    throw new QueryError(
      said(
        'Type a word, a few characters or a filter such as tag:name to search for.',
        '请输入要搜索的词、几个字或筛选条件，例如 tag:标签名。',
      ),
    );
  }
  return query;
}

type FilterName = 'tag' | 'source' | 'after' | 'before';

function addFilter(query: SearchQuery, name: FilterName, value: string): void {
  if (value === '')
    throw new QueryError(
      said(
        `${name}: needs a value, as in ${name}:${example(name)}.`,
        `${name}: 后面要写值，例如 ${name}:${example(name)}。`,
      ),
    );
  if (name === 'tag') query.tags.push(value);
  else if (name === 'source') query.sources.push(value);
  else {
    if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
      throw new QueryError(
        said(
          `${name}: takes a date written YYYY-MM-DD, as in ${name}:${example(name)}.`,
          `${name}: 后面要写 YYYY-MM-DD 格式的日期，例如 ${name}:${example(name)}。`,
        ),
      );
    }
    query[name] = value;
  }
}

function example(name: FilterName): string {
  return name === 'tag' ? '经济' : name === 'source' ? '人民日报' : '2024-05-01';
}

/** The tokens of a word or phrase, without the punctuation at its edges; null if nothing is left. */
function toTerm(value: string, prefix: boolean): SearchTerm | null {
  const tokens = tokenise(value).filter((token) => token.kind !== 'break');
  let first = 0;
  let last = tokens.length - 1;
  while (first <= last && tokens[first]!.kind === 'mark') first++;
  while (last >= first && tokens[last]!.kind === 'mark') last--;
  if (first > last) return null;
  const kept = tokens.slice(first, last + 1);
  // A prefix only makes sense on a word: 国* means 国, and "word," * keeps its comma exact.
  const endsInWord = kept[kept.length - 1]!.kind === 'word';
  return { tokens: kept.map((token) => token.text), prefix: prefix && endsInWord };
}
