/** "Export notes" for one article: its title and source, then every highlight as a quote with its note. */
import type { Annotation, Article } from '../../../shared/contract/api.js';

export function notesToMarkdown(article: Article, annotations: readonly Annotation[]): string {
  const lines = [`# ${oneLine(article.title)}`, '', `Source: ${oneLine(article.sourceName)}`];
  if (article.byline) lines.push(`By: ${oneLine(article.byline)}`);
  lines.push('');
  const ordered = [...annotations].sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id);
  for (const annotation of ordered) {
    lines.push(...annotation.quote.split('\n').map((line) => (line.trim() === '' ? '>' : `> ${line}`)));
    if (annotation.note.trim() !== '') lines.push('', annotation.note.trim());
    lines.push('');
  }
  if (ordered.length === 0) lines.push('_No highlights or notes yet._', '');
  return lines.join('\n');
}

/** A file name for the export that every platform accepts. */
export function exportFileName(article: Pick<Article, 'id' | 'title'>): string {
  const stem = article.title
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .replace(/[. ]+$/, '');
  return `${stem || 'article'} (${article.id}) notes.md`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
