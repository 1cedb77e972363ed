/**
 * "Export notes" for one article, as the services call it: the default template with the article's
 * import date, plus a file name. Kept as the stable entry point; the pieces live beside it.
 */
import type { Annotation, Article } from '../../../shared/contract/api.js';
import { planExportFiles } from './file-names.js';
import type { ExportAnnotation } from './notes-view.js';
import { renderArticleNotes } from './render-notes.js';
import { DEFAULT_TEMPLATES } from './templates.js';
import type { ExportTemplates } from './templates.js';

export function notesToMarkdown(
  article: Article,
  annotations: readonly (Annotation | ExportAnnotation)[],
  options: { tags?: readonly string[]; templates?: ExportTemplates } = {},
): string {
  return renderArticleNotes(
    { ...article, date: article.importedAt, tags: options.tags ?? [] },
    annotations,
    options.templates ?? DEFAULT_TEMPLATES,
  );
}

/** The article's file name: its title made safe, the same on every export. */
export function exportFileName(article: Pick<Article, 'id' | 'title'>): string {
  return planExportFiles([article])[0]!.fileName;
}
