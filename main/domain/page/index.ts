// Splits the raw text of a newspaper page into its articles, with headline structure, credits, captions and
// reflowed paragraphs; page furniture goes to `meta`. Pure and linear in the size of the text.
import type { ParsedArticle, ParsedPage } from '../../../shared/contract/article';
import { classifyLines } from './classify-lines';
import type { ArticleDraft } from './draft';
import { knownJoinedWords } from './hyphenation';
import { splitLines } from './lines';
import { reflowBody, type ReflowContext } from './reflow';
import { segmentArticles, typicalGap } from './segment-articles';
import { splitAtTopicShifts } from './topic-shift';

function finish(draft: ArticleDraft, ctx: ReflowContext): ParsedArticle {
  const article: ParsedArticle = {
    section: draft.section,
    kicker: draft.kicker,
    title: draft.title,
    subtitle: draft.subtitle,
    byline: draft.byline,
    authors: draft.authors,
    dateline: draft.dateline,
    rubric: draft.rubric,
    blocks: reflowBody(draft.body, ctx),
  };
  if (draft.notes.length > 0) article.notes = draft.notes;
  return article;
}

export function parsePage(text: string): ParsedPage {
  const lines = classifyLines(splitLines(text));
  const gap = typicalGap(lines);
  const ctx: ReflowContext = { typicalGap: gap, knownWords: knownJoinedWords(lines) };
  // Each draft is reflowed as soon as it is settled, and its body let go: on a long page the body items then
  // die young instead of all living (and being copied by the collector) until the end.
  const articles: ParsedArticle[] = [];
  const { meta } = segmentArticles(lines, gap, (draft) => {
    for (const part of splitAtTopicShifts(draft, gap)) articles.push(finish(part, ctx));
    draft.body = [];
  });
  return { meta, articles };
}
