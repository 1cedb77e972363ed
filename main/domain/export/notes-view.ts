/**
 * Turns articles and their annotations into the values the export templates insert, each already safe
 * to drop into Markdown: quotes escaped and block-quoted, tags in Obsidian's form, front matter as YAML.
 */
import { stringify } from 'yaml';
import { contentHash } from '../backup/content-hash.js';
import { safeNoteMarkdown } from './safe-note.js';

export interface ExportArticle {
  readonly id: number;
  readonly title: string;
  readonly authors: readonly string[];
  /** The imported file the article came from. */
  readonly sourceName: string;
  readonly byline?: string | null;
  /** ISO date or date-time (only the day is kept); null when unknown. */
  readonly date?: string | null;
  /** The canonical text: its hash is the front matter `id`, the same in every library. */
  readonly text?: string;
  readonly tags?: readonly string[];
}

export interface ExportAnnotation {
  readonly id: number;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly color: string;
  /** The user's own Markdown; inserted as the reader shows it (raw HTML escaped, no script links). */
  readonly note: string;
  readonly tags?: readonly string[];
  /** Re-anchoring could not place it: exported with its quote, marked as such. */
  readonly orphaned?: boolean;
  /** A note on the article as a whole has no passage to quote. */
  readonly kind?: 'highlight' | 'note';
}

export interface HighlightView {
  readonly quote: string;
  readonly color: string;
  readonly colorMark: string;
  readonly note: string;
  readonly tags: string;
  readonly link: string;
  readonly blockId: string;
  readonly orphaned: boolean;
  /** False for a note on the whole article: the template then writes no quote. */
  readonly passage: boolean;
}

export interface ArticleView {
  readonly frontMatter: string;
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly byline: string;
  readonly authors: string;
  readonly date: string;
  readonly tags: string;
  readonly link: string;
  readonly highlights: HighlightView[];
}

export interface CollectionView {
  readonly frontMatter: string;
  readonly title: string;
  readonly articles: ArticleView[];
}

/** What a many-article file is about: a tag, or the whole library. */
export interface CollectionInfo {
  readonly title: string;
  /** A stable id for the file, e.g. "jianbao-tag-economy" or "jianbao-library". */
  readonly id: string;
  readonly tags?: readonly string[];
  readonly date?: string | null;
}

const COLOR_MARKS: Readonly<Record<string, string>> = {
  yellow: '🟨',
  green: '🟩',
  blue: '🟦',
  pink: '🩷',
  purple: '🟪',
  orange: '🟧',
};

export function articleLink(articleId: number, annotationId?: number): string {
  return annotationId === undefined
    ? `jianbao://open/${articleId}`
    : `jianbao://open/${articleId}#${annotationId}`;
}

/** Obsidian block ids allow only letters, digits and hyphens. */
export function blockId(annotationId: number): string {
  return `jb-${annotationId}`;
}

/** The front matter `id`: from the text when known, so it survives backup and restore into another library. */
export function stableArticleId(article: Pick<ExportArticle, 'id' | 'text'>): string {
  return article.text === undefined
    ? `jianbao-article-${article.id}`
    : `jianbao-${contentHash(article.text).slice(0, 16)}`;
}

export function articleView(article: ExportArticle, annotations: readonly ExportAnnotation[]): ArticleView {
  const id = stableArticleId(article);
  const tags = obsidianTags(article.tags ?? []);
  const date = day(article.date);
  const frontMatter = yamlBlock({
    title: oneLine(article.title),
    authors: article.authors.map(oneLine),
    source: oneLine(article.sourceName),
    ...(date ? { date } : {}),
    tags,
    id,
    link: articleLink(article.id),
  });
  const ordered = [...annotations].sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id);
  return {
    frontMatter,
    id,
    title: escapeInline(oneLine(article.title)),
    source: escapeInline(oneLine(article.sourceName)),
    byline: escapeInline(oneLine(article.byline ?? '')),
    authors: escapeInline(article.authors.map(oneLine).join(', ')),
    date,
    tags: tags.map((tag) => `#${tag}`).join(' '),
    link: articleLink(article.id),
    highlights: ordered.map((annotation) => highlightView(article.id, annotation)),
  };
}

export function collectionView(
  info: CollectionInfo,
  items: readonly { article: ExportArticle; annotations: readonly ExportAnnotation[] }[],
): CollectionView {
  const date = day(info.date);
  return {
    frontMatter: yamlBlock({
      title: oneLine(info.title),
      ...(date ? { date } : {}),
      tags: obsidianTags(info.tags ?? []),
      id: info.id,
    }),
    title: escapeInline(oneLine(info.title)),
    articles: items.map(({ article, annotations }) => articleView(article, annotations)),
  };
}

function highlightView(articleId: number, annotation: ExportAnnotation): HighlightView {
  return {
    quote: blockQuote(annotation.quote),
    color: annotation.color,
    colorMark: COLOR_MARKS[annotation.color] ?? '⬜',
    note: safeNoteMarkdown(annotation.note.trim()),
    tags: obsidianTags(annotation.tags ?? [])
      .map((tag) => `#${tag}`)
      .join(' '),
    link: articleLink(articleId, annotation.id),
    blockId: blockId(annotation.id),
    orphaned: annotation.orphaned ?? false,
    passage: annotation.kind !== 'note',
  };
}

/** Every line quoted; blank lines kept as a bare ">" so one passage stays one blockquote. */
function blockQuote(text: string): string {
  return text
    .trim()
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${escapeLine(line.trim())}`))
    .join('\n');
}

/**
 * Escapes what would change a quoted line's structure or meaning in Obsidian: a leading heading,
 * list or quote marker, `#word` (a tag), `[[` (a link), `<` (HTML), a trailing `^id` (a block id).
 */
function escapeLine(line: string): string {
  return escapeInline(line)
    .replace(/^([>+-]|\d+[.)])(?=\s|$)/u, '\\$1')
    .replace(/^(={2,}|-{2,})/u, '\\$1');
}

function escapeInline(text: string): string {
  return text
    .replace(/\\/gu, '\\\\')
    .replace(/#(?=\S)/gu, '\\#')
    .replace(/^#/u, '\\#')
    .replace(/\[\[/gu, '\\[\\[')
    .replace(/</gu, '\\<')
    .replace(/(\s)\^(?=[\w-]+$)/u, '$1\\^')
    .replace(/^([*_]{1,3})(?=\s)/u, '\\$1');
}

/**
 * Obsidian tags: no spaces (a hyphen instead), only letters (any script), digits, `_`, `-` and `/`,
 * and not only digits.
 */
function obsidianTags(names: readonly string[]): string[] {
  const tags = names
    .map((name) =>
      name
        .trim()
        .replace(/^#+/u, '')
        .replace(/\s+/gu, '-')
        .replace(/[^\p{L}\p{N}\p{M}_/-]/gu, ''),
    )
    .filter((tag) => tag !== '')
    .map((tag) => (/^[\d/_-]+$/u.test(tag) ? `_${tag}` : tag));
  return [...new Set(tags)];
}

function yamlBlock(value: Record<string, unknown>): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function day(date: string | null | undefined): string {
  if (!date) return '';
  return /^\d{4}-\d{2}-\d{2}/u.test(date) ? date.slice(0, 10) : oneLine(date);
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
