import type { ParsedArticle, Segment } from './article.js';

/** Blank line between segments: keeps quotes readable and stops a search hit from spanning two blocks. */
export const SEGMENT_SEPARATOR = '\n\n';

/**
 * Lays an article out as the reader shows it, top to bottom, and computes the canonical text that
 * annotations and search point into. Pure and deterministic: main and renderer agree by construction.
 */
export function articleSegments(article: ParsedArticle): { segments: Segment[]; text: string } {
  const pieces: Omit<Segment, 'start'>[] = [];
  const push = (type: Segment['type'], text: string | null, markdown?: string): void => {
    if (text && text.trim() !== '')
      pieces.push(markdown === undefined ? { type, text } : { type, text, markdown });
  };
  push('kicker', article.kicker);
  push('title', article.title);
  push('subtitle', article.subtitle);
  push('rubric', article.rubric);
  push('dateline', article.dateline);
  push('byline', article.byline);
  for (const block of article.blocks) push(block.type, block.text, block.markdown);
  // Notes (continuation markers, credits at the end, text the parser set aside) stay visible and searchable.
  for (const note of article.notes ?? []) push('note', note);

  const segments: Segment[] = [];
  let text = '';
  for (const piece of pieces) {
    if (text !== '') text += SEGMENT_SEPARATOR;
    segments.push({ ...piece, start: text.length });
    text += piece.text;
  }
  return { segments, text };
}
