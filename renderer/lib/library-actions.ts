/**
 * What the library list and the reader's article header both do to an article: change its states,
 * delete it or its whole source file. Each tells the app through bubbling events: `jb-library-changed`
 * (lists reload) and `jb-deleted` (the app offers the undo).
 */
import type { Api } from '../../shared/contract/api.js';
import { t } from '../i18n/index.js';
import { reportError } from './errors.js';

export interface Deleted {
  token: string;
  message: string;
}

export const LIBRARY_CHANGED = 'jb-library-changed';
export const DELETED = 'jb-deleted';

const tell = (from: EventTarget, name: string, detail?: unknown) =>
  from.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));

/** Marks read or unread, archives or unarchives; true if it was saved. */
export async function setStates(
  api: Api,
  from: EventTarget,
  id: number,
  states: { read?: boolean; archived?: boolean },
): Promise<boolean> {
  try {
    await api['articles.update']({ id, ...states });
    tell(from, LIBRARY_CHANGED);
    return true;
  } catch (error) {
    reportError(from, error);
    return false;
  }
}

export async function deleteArticle(
  api: Api,
  from: EventTarget,
  article: { id: number; title: string },
): Promise<boolean> {
  try {
    const { token, articles } = await api['articles.delete']({ ids: [article.id] });
    tell(from, DELETED, { token, message: t.manage.deleted(articles, article.title) } satisfies Deleted);
    return true;
  } catch (error) {
    reportError(from, error);
    return false;
  }
}

/** Deletes a source file with its articles, asking first when they hold annotations. */
export async function deleteSource(
  api: Api,
  from: EventTarget,
  source: { id: number; name: string },
): Promise<boolean> {
  try {
    let result = await api['sources.delete']({ sourceId: source.id });
    if (!result.deleted) {
      if (!confirm(t.manage.confirmSource(source.name, result.articles, result.annotations))) return false;
      result = await api['sources.delete']({ sourceId: source.id, confirmed: true });
    }
    if (!result.deleted) return false;
    tell(from, DELETED, {
      token: result.token,
      message: t.manage.deleted(result.articles, source.name),
    } satisfies Deleted);
    return true;
  } catch (error) {
    reportError(from, error);
    return false;
  }
}
