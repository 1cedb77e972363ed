/** The page view's requests: a PDF source's file and where its articles stand on the pages. */
import type { Services } from '../../../shared/contract/api.js';
import { said } from '../../../shared/i18n/said.js';
import { ApiError } from '../../../shared/contract/errors.js';
import type { LibraryStore } from '../storage/library-store.js';

export function createPageServices(store: LibraryStore): Pick<Services, 'sources.pages'> {
  return {
    'sources.pages': ({ sourceId }) => {
      const pages = store.sourcePages(sourceId);
      if (!pages)
        throw new ApiError(
          'not_found',
          said(
            `Source ${sourceId} has no pages to show: only articles imported from a PDF keep their pages.`,
            `来源 ${sourceId} 没有可显示的版面：只有从 PDF 导入的文章才保留版面。`,
          ),
        );
      return {
        fileName: pages.fileName,
        data: pages.data,
        articles: pages.articles.map((a) => ({ id: a.id, title: a.title, regions: a.layout?.regions ?? [] })),
      };
    },
  };
}
