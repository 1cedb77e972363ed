// Patterns of text typed a paragraph to a line (typed-out articles, a page as a browser copies it): there every
// headline part and every paragraph is one line, so what tells them apart in wrapped text (a line's width beside
// its neighbours') says nothing, and the line model's roles are overruled where the shape of such text decides.
import { creditsPicture, namesPicture } from '../captions';
import { endsSentence } from '../chars';
import { headlineSized } from '../headline';
import type { PageLines } from '../lines';
import { isRunningText, ROLE } from './model';

/** The roles with what text typed a paragraph to a line says of its headlines, paragraphs and captions. */
export function paragraphPerLineRoles(lines: PageLines, roles: Uint8Array): Uint8Array {
  if (!paragraphPerLine(lines)) return roles;
  return unmarkedCaptions(lines, paragraphsAfterSentences(lines, headlinesOnTheirOwnLines(lines, roles)));
}

/**
 * In text typed a paragraph to a line, running text under a finished sentence opens a paragraph, whatever the
 * model read: it learned from wrapped text, where a line after a sentence's end goes on as often as not.
 */
function paragraphsAfterSentences(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  for (let i = 1; i < lines.length; i++) {
    if (roles[i] !== CONT || !isRunningText(out[i - 1]) || !endsSentence(lines.text(i - 1))) continue;
    if (out === roles) out = roles.slice();
    out[i] = PARA;
  }
  return out;
}

/**
 * In text typed a paragraph to a line, a headline is a line: a run of lines read as one title is the page's
 * headline group, one part to a line (a paper's name, a section, a kicker, the title). The title stands last, over
 * the text; the line above it is its kicker, and what stands higher is the page's furniture. Under a kicker the
 * model read, a run of two is the title and the deck under it, and so is a run whose last line but one is sized
 * as a headline.
 */
function headlinesOnTheirOwnLines(lines: PageLines, roles: Uint8Array): Uint8Array {
  if (!roles.includes(TITLE)) return roles;
  let out = roles;
  for (let i = 0; i < lines.length; i++) {
    if (out[i] !== TITLE) continue;
    let end = i + 1;
    while (end < lines.length && out[end] === TITLE) end++;
    if (end - i === 2 && i > 0 && out[i - 1] === KICKER) {
      if (out === roles) out = roles.slice();
      out[i + 1] = ROLE.subtitle;
    } else if (end - i >= 2) {
      if (out === roles) out = roles.slice();
      // A line sized as a headline over the last is the title, and the last its deck.
      const title = headlineSized(lines.text(end - 2)) ? end - 2 : end - 1;
      out[title] = TITLE;
      if (title < end - 1) out[end - 1] = ROLE.subtitle;
      if (title > i) out[title - 1] = KICKER;
      for (let j = i; j < title - 1; j++) out[j] = FURNITURE;
    }
    i = end - 1;
  }
  return out;
}

/**
 * A "caption" in the run of the text with nothing that marks a picture (图为, a place in the picture, a
 * photographer's or agency's credit), in text typed a paragraph to a line: there a caption and a paragraph of a
 * sentence or two look alike, and a paragraph taken for a caption would be set apart from the text it belongs to.
 * Under a headline, where a lead photo's caption stands and no paragraph could, a caption is left as read. A caption
 * there is one line: of a run of "caption" lines the model read, a line under a finished sentence is a paragraph of
 * its own unless it names a picture or credits a photo (the paragraphs of an article typed out without datelines,
 * one sentence or two to a line, read as a caption's to the photo credit under them); under a headline the run's
 * first line stays the lead photo's caption.
 */
function unmarkedCaptions(lines: PageLines, roles: Uint8Array): Uint8Array {
  if (!roles.includes(CAPTION)) return roles;
  let out = roles;
  for (let i = 0; i < lines.length; i++) {
    if (out[i] !== CAPTION) continue;
    let end = i + 1;
    while (end < lines.length && out[end] === CAPTION && lines.gapBefore(end) === 0) end++;
    const inText = i > 0 && isRunningText(out[i - 1]);
    if (inText && !captionMarked(lines, i, end)) {
      if (out === roles) out = roles.slice();
      for (let j = i; j < end; j++) out[j] = j === i || endsSentence(lines.text(j - 1)) ? PARA : CONT;
    } else if (end - i >= 2) {
      for (let j = inText ? i : i + 1; j < end; j++) {
        if (captionMarked(lines, j, j + 1) || !endsSentence(lines.text(j - 1))) continue;
        if (out === roles) out = roles.slice();
        out[j] = PARA;
      }
    }
    i = end - 1;
  }
  return out;
}

/** Whether a line of `from`..`to` names a picture or credits a photo. */
function captionMarked(lines: PageLines, from: number, to: number): boolean {
  for (let j = from; j < to; j++)
    if (namesPicture(lines.text(j)) || creditsPicture(lines.text(j))) return true;
  return false;
}

/** Whether most of the text's lines end a sentence: a paragraph to a line (wrapped text ends 0.3 at most). */
export function paragraphPerLine(lines: PageLines): boolean {
  let text = 0;
  let ends = 0;
  for (let i = 0; i < lines.length && text < PARAGRAPH_LINE_SAMPLE; i++) {
    if (lines.kind(i) !== 'text') continue;
    text++;
    if (endsSentence(lines.text(i))) ends++;
  }
  return ends >= text * PARAGRAPH_LINE_SHARE;
}
const PARAGRAPH_LINE_SAMPLE = 400;
/** Headlines, subheads and captions end no sentence: half the lines still do where paragraphs are lines. */
const PARAGRAPH_LINE_SHARE = 0.5;

const { title: TITLE, kicker: KICKER, furniture: FURNITURE, caption: CAPTION, para: PARA, cont: CONT } = ROLE;
