/**
 * The default export templates, in Mustache (the logic-less syntax Omnivore's Obsidian export uses too).
 * Users may edit any of them; `highlight` is a partial the other two include as `{{> highlight}}`.
 * Values are inserted as-is (no HTML escaping), already made safe for Markdown by notes-view.ts.
 *
 * Every highlight is a blockquote (its colour and a `jianbao://open/<article>#<annotation>` link in its
 * last line), then a block id on its own line — Obsidian's rule for quotes — then the note and tags.
 */

export interface ExportTemplates {
  /** One article per file. */
  readonly article: string;
  /** Many articles in one file (a tag, the whole library). */
  readonly collection: string;
  /** One highlight; included by the two above. */
  readonly highlight: string;
}

const HIGHLIGHT = `{{#passage}}
{{{quote}}}
>
> {{{colorMark}}} {{color}}{{#orphaned}} · orphaned: the passage is no longer in the article{{/orphaned}} · [Open in Jianbao]({{{link}}})
{{/passage}}
{{^passage}}
**Note on the article** · [Open in Jianbao]({{{link}}})
{{/passage}}

^{{blockId}}

{{#note}}
{{{note}}}

{{/note}}
{{#tags}}
{{{tags}}}

{{/tags}}
`;

const ARTICLE = `---
{{{frontMatter}}}
---

# {{{title}}}

Source: {{{source}}}
{{#byline}}
By: {{{byline}}}
{{/byline}}

{{#highlights}}
{{> highlight}}
{{/highlights}}
{{^highlights}}
_No highlights or notes yet._
{{/highlights}}
`;

const COLLECTION = `---
{{{frontMatter}}}
---

# {{{title}}}

{{#articles}}
## {{{title}}}

Source: {{{source}}}{{#byline}} · By: {{{byline}}}{{/byline}} · [Open in Jianbao]({{{link}}})

{{#highlights}}
{{> highlight}}
{{/highlights}}
{{^highlights}}
_No highlights or notes yet._

{{/highlights}}
{{/articles}}
`;

export const DEFAULT_TEMPLATES: ExportTemplates = {
  article: ARTICLE,
  collection: COLLECTION,
  highlight: HIGHLIGHT,
};
