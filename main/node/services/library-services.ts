/** The service API of the contract, implemented over the library store. Inputs arrive validated. */
import type { Services } from '../../../shared/contract/api.js';
import { ApiError } from '../../../shared/contract/errors.js';
import { exportFileName, notesToMarkdown } from '../../domain/export/notes-markdown.js';
import type { LibraryStore } from '../storage/library-store.js';
import { importFiles } from './import-files.js';
import { createSearchServices } from './search-services.js';
import { createAnnotationServices } from './annotation-services.js';

/** Characters of context kept on each side of a quote, so it can be found again if the text changes. */
export const QUOTE_CONTEXT = 32;

export function createServices(store: LibraryStore): Services {
  const articleOrThrow = (id: number) => {
    const article = store.getArticle(id);
    if (!article) throw new ApiError('not_found', `There is no article ${id}; it may have been deleted.`);
    return article;
  };
  const annotationOrThrow = <T>(value: T | undefined, id: number): T => {
    if (value === undefined)
      throw new ApiError('not_found', `There is no annotation ${id}; it may have been deleted.`);
    return value;
  };

  return {
    'library.import': ({ files }) => importFiles(store, files),
    'articles.get': ({ id }) => ({ ...articleOrThrow(id), readingPosition: null }),
    'annotations.list': ({ articleId }) => {
      articleOrThrow(articleId);
      return store.listAnnotations(articleId);
    },
    'annotations.create': ({ articleId, start, end, color, note }) => {
      const { text } = articleOrThrow(articleId);
      if (end > text.length) {
        throw new ApiError(
          'invalid_input',
          `The passage ${start}–${end} lies outside the article (${text.length} characters).`,
        );
      }
      return store.insertAnnotation({
        articleId,
        start,
        end,
        color,
        note,
        quote: text.slice(start, end),
        prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
        suffix: text.slice(end, end + QUOTE_CONTEXT),
      });
    },
    'annotations.update': ({ id, ...changes }) => annotationOrThrow(store.updateAnnotation(id, changes), id),
    'annotations.delete': ({ id }) => ({ deleted: store.deleteAnnotation(id) }),
    'export.markdown': ({ articleId }) => {
      const article = articleOrThrow(articleId);
      return {
        fileName: exportFileName(article),
        markdown: notesToMarkdown(article, store.listAnnotations(articleId)),
      };
    },
    ...createSearchServices(store),
    ...createAnnotationServices(),
  };
}
