import type { ArticleState } from '../../main/domain/backup/plan-library-state.js';

/** An article on which the person set nothing: no date, own source name, states or edits. */
export const NO_STATE: ArticleState = {
  date: null,
  ownSourceName: null,
  readAt: null,
  archivedAt: null,
  lastReadAt: null,
  userEdits: null,
};
