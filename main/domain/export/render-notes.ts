/** Renders notes through a Mustache template: the default one or the user's own. */
import Mustache from 'mustache';
import { articleView, collectionView } from './notes-view.js';
import type { CollectionInfo, ExportAnnotation, ExportArticle } from './notes-view.js';
import { DEFAULT_TEMPLATES } from './templates.js';
import type { ExportTemplates } from './templates.js';

/** Markdown is not HTML: values go in exactly as notes-view.ts prepared them. */
const AS_IS = { escape: (value: unknown) => String(value) };

export function renderArticleNotes(
  article: ExportArticle,
  annotations: readonly ExportAnnotation[],
  templates: ExportTemplates = DEFAULT_TEMPLATES,
): string {
  return render(templates.article, articleView(article, annotations), templates);
}

export function renderCollectionNotes(
  info: CollectionInfo,
  items: readonly { article: ExportArticle; annotations: readonly ExportAnnotation[] }[],
  templates: ExportTemplates = DEFAULT_TEMPLATES,
): string {
  return render(templates.collection, collectionView(info, items), templates);
}

/** Null if the template parses, else the parser's message (for the template editor). */
export function templateError(template: string): string | null {
  try {
    Mustache.parse(template);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Ends with exactly one newline, however the template's sections leave it. */
function render(template: string, view: object, templates: ExportTemplates): string {
  return `${Mustache.render(template, view, { highlight: templates.highlight }, AS_IS).trimEnd()}\n`;
}
