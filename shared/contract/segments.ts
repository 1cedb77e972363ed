import type { ParsedArticle, ParsedBlock, Segment } from './article.js';

/** Whether the block becomes a segment: it has text, or it is a figure (shown for its picture). */
export function isShownBlock(block: ParsedBlock): boolean {
  return block.text.trim() !== '' || (block.type === 'figure' && block.figure !== undefined);
}

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
  // A figure is shown for its picture even without a caption: then its segment's text is empty.
  const pushBlock = ({ type, text, markdown, figure, level, marker }: ParsedBlock): void => {
    if (type === 'figure' && figure) pieces.push({ type, text: text.trim() === '' ? '' : text, figure });
    else if (text.trim() !== '')
      pieces.push({
        type,
        text,
        ...(markdown === undefined ? {} : { markdown }),
        ...(level === undefined ? {} : { level }),
        ...(marker === undefined ? {} : { marker }),
      });
  };
  push('kicker', article.kicker);
  push('title', article.title);
  push('subtitle', article.subtitle);
  push('rubric', article.rubric);
  push('dateline', article.dateline);
  push('byline', article.byline);
  for (const block of article.blocks) pushBlock(block);
  // Notes (continuation markers, credits at the end, text the parser set aside) stay visible and searchable.
  for (const note of article.notes ?? []) push('note', note);

  const segments: Segment[] = [];
  let text = '';
  for (const [index, piece] of pieces.entries()) {
    if (index > 0) text += SEGMENT_SEPARATOR;
    segments.push({ ...piece, start: text.length });
    text += piece.text;
  }
  return { segments, text };
}
