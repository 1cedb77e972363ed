/** Highlights and notes: create, edit, delete and undo a delete, and the library-wide Notes view. */
import type { Annotation, Services } from '../../../shared/contract/api.js';
import { said } from '../../../shared/i18n/said.js';
import { ApiError } from '../../../shared/contract/errors.js';
import { quoteAnchor } from '../../domain/anchoring/index.js';
import type { LibraryStore } from '../storage/library-store.js';
import { articleOrThrow, foundOrThrow } from './lookups.js';

type AnnotationServices = Pick<
  Services,
  | 'annotations.list'
  | 'annotations.create'
  | 'annotations.update'
  | 'annotations.delete'
  | 'annotations.restore'
  | 'annotations.all'
>;

/** Offsets within the article: the one check the contract cannot make, as it does not know the text. */
function checkInside(annotation: Pick<Annotation, 'start' | 'end'>, text: string): void {
  if (annotation.end > text.length) {
    throw new ApiError(
      'invalid_input',
      said(
        `The passage ${annotation.start}–${annotation.end} lies outside the article (${text.length} characters).`,
        `段落 ${annotation.start}–${annotation.end} 超出了文章的范围（全文 ${text.length} 个字符）。`,
      ),
    );
  }
}

/** A note on the whole article quotes nothing; a highlight stores its passage with context. */
function anchorOf(annotation: Pick<Annotation, 'kind' | 'start' | 'end'>, text: string) {
  if (annotation.kind === 'note') return { start: 0, end: 0, quote: '', prefix: '', suffix: '' };
  checkInside(annotation, text);
  return quoteAnchor(text, annotation.start, annotation.end);
}

export function createAnnotationServices(store: LibraryStore): AnnotationServices {
  const annotations = store.annotations;
  return {
    'annotations.list': ({ articleId }) => {
      articleOrThrow(store, articleId);
      return annotations.list(articleId);
    },
    'annotations.create': (input) => {
      const { text } = articleOrThrow(store, input.articleId);
      // The quote comes from the canonical text, never from the client.
      return annotations.insert({ ...input, ...anchorOf(input, text) });
    },
    'annotations.update': ({ id, ...changes }) =>
      foundOrThrow(annotations.update(id, changes), 'annotation', id),
    'annotations.delete': ({ id }) => ({ deleted: annotations.delete(id) }),
    'annotations.restore': ({ annotation }) => {
      if (annotations.get(annotation.id)) {
        throw new ApiError(
          'rejected',
          said(
            `Annotation ${annotation.id} exists already; only a deleted one can come back.`,
            `批注 ${annotation.id} 已经存在；只有删除了的批注才能恢复。`,
          ),
        );
      }
      const { text } = articleOrThrow(store, annotation.articleId);
      // An orphan's offsets are stale by definition (its text went away); an anchored one's must hold.
      if (annotation.status === 'anchored') checkInside(annotation, text);
      const wellFormed =
        annotation.kind === 'note'
          ? annotation.start === 0 && annotation.end === 0
          : annotation.end > annotation.start;
      if (!wellFormed) {
        throw new ApiError(
          'invalid_input',
          said(
            `Annotation ${annotation.id} has no valid passage (${annotation.start}–${annotation.end}).`,
            `批注 ${annotation.id} 没有有效的段落（${annotation.start}–${annotation.end}）。`,
          ),
        );
      }
      if (annotation.uuid !== undefined && annotations.hasUuid(annotation.uuid)) {
        throw new ApiError(
          'rejected',
          said(
            `Annotation ${annotation.uuid} exists already in this library.`,
            `批注 ${annotation.uuid} 已在这个文库中。`,
          ),
        );
      }
      // As it was, quote and status included: the text may have changed since, and the quote is what counts.
      return annotations.insert(annotation);
    },
    'annotations.all': ({ text, tag, color, limit, offset }) =>
      annotations.all({ text, tag, color }, limit, offset),
  };
}
