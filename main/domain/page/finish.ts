// A settled draft becomes the article the contract describes: its body reflowed into blocks.
import type { ParsedArticle } from '../../../shared/contract/article';
import type { ArticleDraft } from './draft';
import { reflowBody, type ReflowContext } from './reflow';

export function finishDraft(draft: ArticleDraft, ctx: ReflowContext): ParsedArticle {
  // The article outlives the parse, its draft does not: arrays grown by push carry spare room (17 slots for
  // one name), which the collector would copy with every article; `slice` keeps just the elements.
  const article: ParsedArticle = {
    section: draft.section,
    kicker: draft.kicker,
    title: draft.title,
    subtitle: draft.subtitle,
    byline: draft.byline,
    authors: draft.authors.slice(),
    dateline: draft.dateline,
    rubric: draft.rubric,
    blocks: reflowBody(draft.body, ctx).slice(),
  };
  if (draft.notes.length > 0) article.notes = draft.notes.slice();
  if (draft.regions) article.regions = draft.regions;
  if (draft.date) article.date = draft.date;
  return article;
}
