import DOMPurify from 'dompurify';
import { Marked, marked } from 'marked';

/**
 * Inline Markdown of a segment as sanitised HTML, or null when the rendering would not spell exactly
 * the segment's canonical text (offsets must stay exact, so then the plain text is shown instead).
 */
export function renderInlineMarkdown(markdown: string, text: string): string | null {
  let html: string;
  try {
    const rendered = marked.parseInline(markdown, { async: false, gfm: true });
    if (typeof rendered !== 'string') return null;
    html = DOMPurify.sanitize(rendered, {
      ALLOWED_TAGS: ['a', 'b', 'strong', 'i', 'em', 'code', 'del', 's', 'sub', 'sup', 'mark', 'br', 'span'],
      ALLOWED_ATTR: ['href', 'title'],
      ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    });
  } catch {
    return null;
  }
  const probe = document.createElement('template');
  probe.innerHTML = html;
  return probe.content.textContent === text ? html : null;
}

const NOTE_TAGS = [
  'p',
  'br',
  'a',
  'b',
  'strong',
  'i',
  'em',
  'code',
  'pre',
  'del',
  's',
  'sub',
  'sup',
  'mark',
  'span',
  'ul',
  'ol',
  'li',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];
const noteCache = new Map<string, string>();

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Notes are Markdown only: raw HTML in them is shown as the text it is, never parsed. */
const noteMarked = new Marked({
  async: false,
  gfm: true,
  breaks: true,
  renderer: { html: ({ text }) => escapeHtml(text) },
});

/**
 * A note's Markdown as sanitised HTML: marked renders it (raw HTML escaped), then DOMPurify keeps only
 * formatting tags and `href`/`title` with safe schemes (no scripts, event handlers, images, forms,
 * styles or javascript: links). Cached per text.
 */
export function renderNoteMarkdown(markdown: string): string {
  const cached = noteCache.get(markdown);
  if (cached !== undefined) return cached;
  let html = '';
  try {
    const rendered = noteMarked.parse(markdown);
    html = DOMPurify.sanitize(typeof rendered === 'string' ? rendered : '', {
      ALLOWED_TAGS: NOTE_TAGS,
      ALLOWED_ATTR: ['href', 'title'],
      ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|jianbao:|#)/i,
    });
  } catch {
    html = '';
  }
  if (noteCache.size > 2000) noteCache.clear();
  noteCache.set(markdown, html);
  return html;
}
