// A web page's inline markup (emphasis, strong, struck text, code, links) as the inline Markdown the reader
// renders for Markdown notes. The reader shows it only when it spells exactly the block's text (offsets must
// stay exact), else the plain text: so text is escaped, and markup that Markdown cannot say is left out.

/** Elements whose text Markdown wraps in a mark, by the mark. */
export const MARKS: Readonly<Record<string, string>> = {
  em: '*',
  i: '*',
  strong: '**',
  b: '**',
  del: '~~',
  s: '~~',
};

/** Whether an element is inline markup worth carrying: a mark's, code, or a link somewhere. */
export function formats(name: string, href: string | null): boolean {
  return Object.hasOwn(MARKS, name) || name === 'code' || (name === 'a' && href !== null);
}

/** Text as Markdown that shows it as it is: every character Markdown could read as markup escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]()!<>~|&]/g, '\\$&');
}

/** A mark around the text, with the spaces at its edges outside (Markdown ignores "* word *"). */
export function marked(mark: string, inner: string): string {
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner) ?? [];
  return core === '' ? inner : `${lead}${mark}${core}${mark}${trail}`;
}

/** Code as a code span: fenced by one backtick more than the longest run inside, which is not escaped. */
export function codeSpan(text: string): string {
  if (text.trim() === '') return text;
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A link to the web or to mail; any other address (relative, javascript:, file:) keeps only its text. */
export function link(inner: string, href: string | null): string {
  const address = href?.trim() ?? '';
  if (!/^(https?:|mailto:)/i.test(address) || inner.trim() === '') return inner;
  return `[${inner}](<${address.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>)`;
}
