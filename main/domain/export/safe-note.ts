/**
 * A note as the reader shows it, still as Markdown: the reader escapes raw HTML and drops links with
 * script or data targets (renderer/lib/markdown.ts), so an exported note must not run or embed them
 * in Obsidian or any other viewer either.
 */
import { Lexer, type Token } from 'marked';

const DANGEROUS_TARGET = /^(?:javascript|vbscript|data):/iu;
/** `[text](target "title")` and `![alt](target)`, with one level of parentheses inside the target. */
const INLINE_LINK = /!?\[((?:\\.|[^\]\\])*)\]\(\s*(<[^>\n]*>|(?:[^()\s]|\([^()\s]*\))*)[^)]*\)/gu;
/** A code span: a backtick run, closed by a run of the same length (CommonMark). */
const CODE_SPAN = /(`+)[\s\S]*?(?<!`)\1(?!`)/gu;
/** An autolink `<scheme:…>` the reader shows as a link, unless its scheme is a dangerous one. */
const AUTOLINK = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/u;

export function safeNoteMarkdown(note: string): string {
  const blocks = new Lexer({ gfm: true, breaks: true }).lex(note);
  // The block tokens' raw text spells the note exactly; if a future marked stops doing so, treat the
  // note as one block (code blocks then get escaped too: visible backslashes, but nothing unsafe).
  const exact = blocks.map((block) => block.raw).join('') === note;
  return exact ? blocks.map(safeBlock).join('') : safeText(note);
}

function safeBlock(block: Token): string {
  if (block.type === 'code') return block.raw;
  // A link definition with a dangerous target is dropped: its `[text][label]` uses then stay text.
  if (block.type === 'def' && isDangerous(String(block.href))) return '';
  return safeText(block.raw);
}

/** Escapes raw HTML and neutralises dangerous links, leaving code spans as they are. */
function safeText(text: string): string {
  let result = '';
  let last = 0;
  for (const span of text.matchAll(CODE_SPAN)) {
    result += safeProse(text.slice(last, span.index)) + span[0];
    last = span.index + span[0].length;
  }
  return result + safeProse(text.slice(last));
}

function safeProse(text: string): string {
  const unlinked = text.replace(INLINE_LINK, (link: string, label: string, target: string) =>
    isDangerous(target.replace(/^<|>$/gu, '')) ? label : link,
  );
  // Every `<` that does not open a safe autolink is escaped, so no tag, comment or HTML block survives.
  // One already escaped (after an odd run of backslashes) stays as it is.
  return unlinked.replace(/(\\*)</gu, (match: string, slashes: string, index: number) => {
    if (slashes.length % 2 === 1) return match;
    const autolink = AUTOLINK.exec(unlinked.slice(index + slashes.length));
    return autolink && !isDangerous(autolink[1]!) ? match : `${slashes}\\<`;
  });
}

/**
 * Viewers decode character references in a target, and browsers ignore whitespace and control
 * characters inside a scheme ("java&#9;script:"), so both are undone before the scheme is read.
 */
function isDangerous(target: string): boolean {
  const decoded = target
    .replace(/&#x([0-9a-f]{1,6});?/giu, (_entity, hex: string) => codePoint(parseInt(hex, 16)))
    .replace(/&#(\d{1,7});?/gu, (_entity, decimal: string) => codePoint(Number(decimal)))
    .replace(/&colon;/giu, ':')
    .replace(/[\s\p{Cc}]/gu, '');
  return DANGEROUS_TARGET.test(decoded);
}

function codePoint(code: number): string {
  return code <= 0x10ffff ? String.fromCodePoint(code) : '';
}
