import DOMPurify from 'dompurify';
import { marked } from 'marked';

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
    });
  } catch {
    return null;
  }
  const probe = document.createElement('template');
  probe.innerHTML = html;
  return probe.content.textContent === text ? html : null;
}
