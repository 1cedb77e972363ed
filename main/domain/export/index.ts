/**
 * Export of notes to Markdown (Obsidian-compatible) through editable Mustache templates.
 *
 * - `notesToMarkdown(article: Article, annotations, { tags?, templates? }?): string` — one article with
 *   the default template (what `export.markdown` uses); `exportFileName(article): string` its file name.
 * - `renderArticleNotes(article: ExportArticle, annotations: ExportAnnotation[], templates?): string` —
 *   YAML front matter (title, authors, source, date, tags, stable id, link), then each highlight as a
 *   blockquote with its colour, a `jianbao://open/<article>#<annotation>` link, a `^jb-<id>` block id,
 *   its note and `#tags`. Annotations are listed in text order; orphaned ones say so.
 * - `renderCollectionNotes(info: CollectionInfo, items: {article, annotations}[], templates?): string` —
 *   many articles in one file (a tag, the whole library).
 * - `DEFAULT_TEMPLATES: ExportTemplates` ({ article, collection, highlight }) for the user to start
 *   from; `templateError(template): string | null` checks an edited one.
 * - `planExportFiles(requests: {id, title}[], extension = '.md'): {id, fileName}[]` — one safe, stable
 *   file name per article for a folder export: never a path (no separators, never "." or ".."), never
 *   a Windows reserved name, at most 180 UTF-8 bytes before the suffix and extension, and colliding
 *   titles all get " (<id>)". `safeFileStem(title)` is the underlying cleaner.
 * - `stableArticleId`, `articleLink`, `blockId`: the ids the Markdown uses, for other code to match.
 */
export { exportFileName, notesToMarkdown } from './notes-markdown.js';
export { renderArticleNotes, renderCollectionNotes, templateError } from './render-notes.js';
export { DEFAULT_TEMPLATES } from './templates.js';
export type { ExportTemplates } from './templates.js';
export { articleLink, blockId, stableArticleId } from './notes-view.js';
export type { CollectionInfo, ExportAnnotation, ExportArticle } from './notes-view.js';
export { planExportFiles, safeFileStem } from './file-names.js';
export type { ExportFileRequest, PlannedFile } from './file-names.js';
