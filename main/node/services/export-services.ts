/** Export of notes to Markdown through the user's templates: one article, a tag or the library. */
import { said, sayWith, type Said } from '../../../shared/i18n/said.js';
import type { Annotation, Article, ExportScope, Services } from '../../../shared/contract/api.js';
import { isAbsolute } from 'node:path';
import { ApiError } from '../../../shared/contract/errors.js';
import {
  DEFAULT_TEMPLATES,
  planExportFiles,
  renderArticleNotes,
  renderCollectionNotes,
  templateError,
  type ExportAnnotation,
  type ExportArticle,
  type ExportTemplates,
} from '../../domain/export/index.js';
import {
  EXPORT_TIME_BUDGET_MS,
  ExportFolderError,
  writeExportFolder,
} from '../export/write-export-folder.js';
import type { LibraryStore } from '../storage/library-store.js';
import { SearchIndex } from '../storage/search-index.js';
import { articleOrThrow } from './lookups.js';

type ExportServices = Pick<
  Services,
  | 'export.markdown'
  | 'export.notes'
  | 'export.toFolder'
  | 'export.cancel'
  | 'export.templates.get'
  | 'export.templates.set'
>;

const EXAMPLE_FOLDER = process.platform === 'win32' ? 'C:\\Users\\you\\Notes' : '/home/you/notes';

const TEMPLATE_NAMES = [
  'article',
  'highlight',
  'collection',
] as const satisfies readonly (keyof ExportTemplates)[];
const settingKey = (name: keyof ExportTemplates) => `export.template.${name}`;

interface ExportItem {
  article: ExportArticle;
  annotations: ExportAnnotation[];
}

const sameTag = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function exportAnnotation(annotation: Annotation): ExportAnnotation {
  return { ...annotation, orphaned: annotation.status === 'orphaned' };
}

/** Why writing stopped, in words where the cause is ours, else the system's code (ENOENT, EACCES, …). */
function whyNot(error: unknown): Said {
  const name = (error as Error).name;
  if (name === 'TimeoutError')
    return said(
      'it took too long and was stopped; is the disk or share responding?',
      '耗时太久，已经停止；磁盘或共享文件夹有响应吗？',
    );
  if (name === 'AbortError') return said('the export was cancelled', '导出已取消');
  if (error instanceof ExportFolderError) return error.said;
  const code = (error as NodeJS.ErrnoException).code;
  const words = code === undefined ? undefined : SYSTEM_REASONS[code];
  if (words === undefined) return said(code ?? (error as Error).message, code ?? (error as Error).message);
  return sayWith(words, (text) => `${text}, ${code}`);
}

const SYSTEM_REASONS: Record<string, Said> = {
  ENOENT: said('a folder cannot be made there', '那里无法建立文件夹'),
  ENOTDIR: said('part of the path is a file', '路径中有一段是文件'),
  EACCES: said('permission denied', '没有权限'),
  EPERM: said('not permitted', '不允许'),
  EROFS: said('the disk is read-only', '磁盘是只读的'),
  ENOSPC: said('the disk is full', '磁盘已满'),
};

export function createExportServices(store: LibraryStore): ExportServices {
  const index = new SearchIndex(store.db);
  /** The exports writing now: `export.cancel` stops them all. */
  const running = new Set<AbortController>();

  const templates = (): ExportTemplates & { custom: boolean } => {
    const stored = TEMPLATE_NAMES.map((name) => [name, store.settings.get(settingKey(name))] as const);
    return {
      ...DEFAULT_TEMPLATES,
      ...Object.fromEntries(stored.filter(([, value]) => value !== undefined)),
      custom: stored.some(([, value]) => value !== undefined),
    };
  };

  const exportArticle = (article: Article): ExportArticle => ({
    ...article,
    // The article's own date when the user gave one, else the day it came into the library.
    date: article.date ?? article.importedAt,
    tags: index.listTags(article.id).map((tag) => tag.name),
  });

  /** The articles in scope with the annotations that go with each; a tag narrows both. */
  const itemsOf = (scope: ExportScope): ExportItem[] => {
    const tag = scope.kind === 'tag' ? scope.tag : undefined;
    const ids = scope.kind === 'article' ? [scope.articleId] : store.annotations.annotatedArticleIds(tag);
    return ids.map((id) => {
      const article = exportArticle(articleOrThrow(store, id));
      const taggedArticle = tag !== undefined && article.tags!.some((name) => sameTag(name, tag));
      const annotations = store.annotations
        .list(id)
        .filter(
          (annotation) =>
            tag === undefined || taggedArticle || annotation.tags.some((name) => sameTag(name, tag)),
        );
      return { article, annotations: annotations.map(exportAnnotation) };
    });
  };

  const perArticle = (items: readonly ExportItem[], chosen: ExportTemplates) => {
    const names = planExportFiles(items.map(({ article }) => article));
    return items.map(({ article, annotations }, i) => ({
      fileName: names[i]!.fileName,
      markdown: renderArticleNotes(article, annotations, chosen),
    }));
  };

  const singleFile = (scope: ExportScope, items: readonly ExportItem[], chosen: ExportTemplates) => {
    if (scope.kind === 'article') return perArticle(items, chosen);
    const info =
      scope.kind === 'tag'
        ? { title: `Notes tagged ${scope.tag}`, id: `jianbao-tag-${scope.tag}`, tags: [scope.tag] }
        : { title: 'Jianbao notes', id: 'jianbao-library' };
    const [planned] = planExportFiles([{ id: info.id, title: info.title }]);
    return [{ fileName: planned!.fileName, markdown: renderCollectionNotes(info, items, chosen) }];
  };

  return {
    'export.markdown': ({ articleId }) =>
      perArticle(itemsOf({ kind: 'article', articleId }), templates())[0]!,
    'export.notes': ({ scope, layout }) => {
      const items = itemsOf(scope);
      return {
        files: layout === 'single' ? singleFile(scope, items, templates()) : perArticle(items, templates()),
      };
    },
    'export.toFolder': async ({ folder, scope }) => {
      if (!isAbsolute(folder)) {
        throw new ApiError(
          'invalid_input',
          said(
            `${folder} is not a full folder path on this computer; give one such as ${EXAMPLE_FOLDER}.`,
            `${folder} 不是这台电脑上完整的文件夹路径；请给出类似 ${EXAMPLE_FOLDER} 的路径。`,
          ),
        );
      }
      const files = perArticle(itemsOf(scope), templates());
      const cancel = new AbortController();
      running.add(cancel);
      try {
        const signal = AbortSignal.any([cancel.signal, AbortSignal.timeout(EXPORT_TIME_BUDGET_MS)]);
        return await writeExportFolder(folder, files, signal);
      } catch (error) {
        throw new ApiError(
          'rejected',
          sayWith(whyNot(error), (why, language) =>
            language === 'en'
              ? `The notes could not be written to ${folder} (${why}).`
              : `笔记未能写入 ${folder}（${why}）。`,
          ),
        );
      } finally {
        running.delete(cancel);
      }
    },
    'export.cancel': () => {
      const cancelled = running.size > 0;
      for (const cancel of running) cancel.abort();
      return { cancelled };
    },
    'export.templates.get': () => templates(),
    'export.templates.set': ({ reset, ...changes }) => {
      if (reset) {
        store.settings.delete(TEMPLATE_NAMES.map(settingKey));
        return templates();
      }
      for (const name of TEMPLATE_NAMES) {
        const template = changes[name];
        const error = template === undefined ? null : templateError(template);
        if (error !== null)
          throw new ApiError(
            'invalid_input',
            said(`The ${name} template has an error: ${error}`, `${name} 模板有错误：${error}`),
          );
      }
      store.transaction(() => {
        for (const name of TEMPLATE_NAMES) {
          const template = changes[name];
          if (template === undefined) continue;
          // A template set back to the default is no customisation.
          if (template === DEFAULT_TEMPLATES[name]) store.settings.delete([settingKey(name)]);
          else store.settings.set(settingKey(name), template);
        }
      });
      return templates();
    },
  };
}
