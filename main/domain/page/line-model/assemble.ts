// Turns the roles the line model gave a page's lines into article drafts: a headline starts an article, body
// lines go to the article above them (a column continued further down the text stays with its article), and
// credits, kickers and subtitles are read with the same rules as the rule-based segmenter.
import { bylineLine, isNewsDatelineHead, leadCredit, namesLine, type Credit } from '../byline';
import type { ParsedArticle } from '../../../../shared/contract/article';
import { ems } from '../chars';
import { addAuthors, hasBody, newDraft, type ArticleDraft } from '../draft';
import { sectionLabel } from '../furniture';
import {
  isHeadlineCandidate,
  startsWithDashes,
  stripLeadingDashes,
  stripTrailingDashes,
  unclosedBrackets,
} from '../headline';
import { joinLines } from '../join';
import type { PageLines } from '../lines';
import { LINE_LABELS, type LineLabel } from './model';

export interface Assembled {
  drafts: ArticleDraft[];
  meta: Record<string, string[]>;
}

function addMeta(meta: Record<string, string[]>, key: string, value: string): void {
  (meta[key] ??= []).push(value);
}

/** A credit line's credit, and the paragraph text that followed a dateline on the same line. */
function creditOf(text: string): { credit: Credit; rest: string } {
  const whole = bylineLine(text) ?? namesLine(text);
  if (whole) return { credit: whole, rest: '' };
  const lead = leadCredit(text);
  return lead
    ? { credit: lead, rest: lead.rest }
    : { credit: { dateline: null, byline: text, authors: [] }, rest: '' };
}

function append(field: string | null, text: string): string {
  return field ? joinLines(field, text) : text;
}

/** Whether the text opens its paragraphs with an indent: some lines are indented, most are not. */
function indentsParagraphs(lines: PageLines): boolean {
  let indented = 0;
  for (let i = 0; i < lines.length; i++) if (lines.indent(i) >= 1) indented++;
  return indented >= 3 && indented <= lines.length * 0.7;
}

/**
 * The text's first line read as running text (or furniture) although it stands as a title does (headline-shaped, and the
 * text under it opens a paragraph or runs much wider): a document's first line, like a page's, is its title.
 */
function firstLineIsTitle(lines: PageLines, roles: Uint8Array): boolean {
  const label = LINE_LABELS[roles[0] ?? 0];
  // A page's first line is most often its running head, so the model leans to furniture there; the rules know
  // furniture when they see it.
  const misread = label === 'para' || label === 'cont' || (label === 'furniture' && lines.kind(0) === 'text');
  if (!misread || lines.length < 2) return false;
  const first = lines.text(0);
  if (!isHeadlineCandidate(first)) return false;
  return lines.indent(1) >= 1 || ems(lines.text(1), 200) >= 1.5 * ems(first, 200);
}

/**
 * Lines the rules recognise by a pattern of their own (a bulleted or pinyin-tagged section label, a "By …" or
 * "本报记者 …" credit line) keep that role whatever the model says: such patterns are rare in its training pages, so it
 * learned little of them, and they are never anything else. Nor is a line opening with a dateline a caption or
 * a subhead, nor a sentence ended with a full stop a subhead.
 */
function withPatternRoles(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  for (let i = 0; i < lines.length; i++) {
    const kind = lines.kind(i);
    const misreadLead = (roles[i] === CAPTION || roles[i] === SUBHEAD) && leadCredit(lines.text(i)) !== null;
    // A subhead is a heading, which ends without a full stop: a line that ends one is a sentence of the text.
    const misreadText = roles[i] === SUBHEAD && !misreadLead && FULL_STOP_END.test(lines.text(i));
    const label =
      kind === 'section'
        ? SECTION
        : kind === 'marker'
          ? FURNITURE
          : kind === 'byline' || misreadLead
            ? CREDIT
            : misreadText || cutDateline(lines, roles, i)
              ? PARA
              : dashedUnderTitle(lines, out, i)
                ? SUBTITLE
                : -1;
    if (label >= 0 && out[i] !== label) {
      if (out === roles) out = roles.slice();
      out[i] = label;
      if (label === PARA && out[i + 1] === PARA && cutDateline(lines, roles, i)) out[i + 1] = CONT;
      // The lines the model ran on from a misread credit are its paragraph, not more of a caption.
      if (misreadLead)
        for (let j = i + 1; j < lines.length && lines.gapBefore(j) === 0 && out[j] === CAPTION; j++)
          out[j] = CONT;
    } else if (standfirstUnderHeadline(lines, roles, i)) {
      if (out === roles) out = roles.slice();
      out[i] = TITLE;
      out[i + 1] = SUBTITLE;
    }
  }
  return bracketedHeadlines(lines, out);
}

const isHeadlinePart = (role: number | undefined): boolean =>
  role === KICKER || role === TITLE || role === SUBTITLE;

/**
 * A headline part that leaves a bracket or quote open (【…, 《…, “…) goes on in the line under it, whatever role the
 * model read there: a headline wrapped inside its bracketed lead-in is still one part. Where the model starts the
 * title inside the bracket, the lines above it were the title's too.
 */
function bracketedHeadlines(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  let runStart = 0;
  for (let i = 1; i < lines.length; i++) {
    const above = out[i - 1];
    if (!isHeadlinePart(above)) continue;
    if (i - 1 === 0 || out[i - 2] !== above || lines.gapBefore(i - 1) > 0) runStart = i - 1;
    if (lines.gapBefore(i) > 0 || lines.kind(i) !== 'text' || out[i] === above) continue;
    let run = '';
    for (let j = runStart; j < i; j++) run += lines.text(j);
    if (unclosedBrackets(run) <= 0) continue;
    if (out === roles) out = roles.slice();
    if (out[i] === TITLE) out.fill(TITLE, runStart, i);
    else out[i] = above ?? TITLE;
  }
  return out;
}

/**
 * "央视网消息" read as a headline part, with the text going on in the line under it: a news item's dateline that
 * a narrow column cut before its bracket and colon, opening the paragraph it heads.
 */
function cutDateline(lines: PageLines, roles: Uint8Array, i: number): boolean {
  return (
    isHeadlinePart(roles[i]) &&
    i + 1 < lines.length &&
    lines.gapBefore(i + 1) === 0 &&
    lines.kind(i + 1) === 'text' &&
    isNewsDatelineHead(lines.text(i))
  );
}

/**
 * A "kicker" opening with dashes right under a title line: the subtitle, which dashes introduce (——…); a
 * kicker's dashes close it, and it stands above its title.
 */
function dashedUnderTitle(lines: PageLines, roles: Uint8Array, i: number): boolean {
  return roles[i] === KICKER && i > 0 && roles[i - 1] === TITLE && startsWithDashes(lines.text(i));
}

/**
 * A "kicker" that reads as a headline over a "title" that could not be one (longer than any headline, or a
 * sentence): the headline with its standfirst under it, which the model took a line too high.
 */
function standfirstUnderHeadline(lines: PageLines, roles: Uint8Array, i: number): boolean {
  return (
    roles[i] === KICKER &&
    roles[i + 1] === TITLE &&
    roles[i + 2] !== TITLE &&
    isHeadlineCandidate(lines.text(i)) &&
    !isHeadlineCandidate(lines.text(i + 1))
  );
}
const KICKER = LINE_LABELS.indexOf('kicker');
const TITLE = LINE_LABELS.indexOf('title');
const FURNITURE = LINE_LABELS.indexOf('furniture');
const SUBTITLE = LINE_LABELS.indexOf('subtitle');
const SECTION = LINE_LABELS.indexOf('section');
const CREDIT = LINE_LABELS.indexOf('credit');
const CAPTION = LINE_LABELS.indexOf('caption');
const SUBHEAD = LINE_LABELS.indexOf('subhead');
const PARA = LINE_LABELS.indexOf('para');
const CONT = LINE_LABELS.indexOf('cont');
/** A full stop closing a line (quotes and brackets after it aside), not an ellipsis. */
const FULL_STOP_END = /(?:[^.]\.|。)["'”’)）」』]*$/;

export function assembleRoles(lines: PageLines, model: Uint8Array): Assembled {
  const given = withPatternRoles(lines, model);
  const roles = firstLineIsTitle(lines, given) ? given.with(0, LINE_LABELS.indexOf('title')) : given;
  const indents = indentsParagraphs(lines);
  const drafts: ArticleDraft[] = [];
  const meta: Record<string, string[]> = {};
  let section: string | null = null;
  let cur: ArticleDraft | null = null;
  let previous: LineLabel | null = null;
  const start = (): ArticleDraft => {
    const draft = newDraft(section);
    drafts.push(draft);
    return draft;
  };
  // A headline part opens a new article unless the current one is still only a headline being built.
  const headlineDraft = (label: LineLabel): ArticleDraft => {
    const c = cur;
    if (!c || hasBody(c) || c.byline !== null || c.dateline !== null) return start();
    if (label === 'kicker' && (c.title !== '' || c.subtitle !== null)) return start();
    if (label === 'title' && (c.subtitle !== null || (c.title !== '' && previous !== 'title')))
      return start();
    return c;
  };
  for (let i = 0; i < lines.length; i++) {
    const label = LINE_LABELS[roles[i] ?? 0] ?? 'cont';
    const text = lines.text(i);
    const role = lines.role(i);
    switch (label) {
      case 'furniture':
        if (role?.kind === 'furniture') for (const item of role.items) addMeta(meta, item.key, item.value);
        else addMeta(meta, role?.kind === 'marker' ? 'continuation' : 'other', text);
        break;
      case 'section':
        section = sectionLabel(text) ?? text;
        addMeta(meta, 'sections', text);
        cur = null;
        break;
      case 'kicker':
        cur = headlineDraft(label);
        cur.kicker = stripTrailingDashes(append(cur.kicker, text));
        break;
      case 'title':
        cur = headlineDraft(label);
        cur.title = append(cur.title, text);
        break;
      case 'subtitle':
        cur ??= start();
        if (hasBody(cur)) cur.body.push({ kind: 'subhead', text });
        else if (cur.byline !== null || cur.dateline !== null)
          // Under the credits the text has begun: a subtitle stands above them.
          cur.body.push({ kind: 'line', text, gapBefore: 0, indent: 0, headlineLike: false, opens: true });
        else cur.subtitle = stripLeadingDashes(append(cur.subtitle, text));
        break;
      case 'credit': {
        cur ??= start();
        const { credit, rest } = creditOf(text);
        addAuthors(cur, credit.authors);
        // A second dateline over the same text is not this article's opening: joined to the first, the two
        // would make a dateline the page never printed. A caption may stand between a headline and its credit (a
        // photo set under the headline).
        if (hasText(cur) || (credit.dateline !== null && cur.dateline !== null)) cur.notes.push(text);
        else {
          if (credit.dateline) cur.dateline = append(cur.dateline, credit.dateline);
          if (credit.byline) cur.byline = append(cur.byline, credit.byline);
          if (rest !== '') {
            cur.body.push({
              kind: 'line',
              text: rest,
              gapBefore: 0,
              indent: 0,
              headlineLike: false,
              opens: true,
            });
            // The paragraph the dateline opens goes on in the lines under it.
            previous = 'para';
            continue;
          }
        }
        break;
      }
      case 'subhead':
      case 'caption':
        if (!cur && label === 'subhead') {
          // Nothing above it to be a subhead of (the text's start, or right under a section label): a title.
          cur = start();
          cur.title = text;
          break;
        }
        cur ??= start();
        if (previous === label) {
          const last = cur.body[cur.body.length - 1];
          if (last?.kind === label) {
            last.text = joinLines(last.text, text);
            break;
          }
        }
        cur.body.push({ kind: label, text });
        break;
      case 'para':
      case 'cont':
        cur ??= start();
        cur.body.push({
          kind: 'line',
          text,
          gapBefore: lines.gapBefore(i),
          indent: lines.indent(i),
          headlineLike: false,
          // Where the text indents its paragraphs, the indentation says where one opens, not the model.
          opens: indents
            ? lines.indent(i) >= 1 || previous === null || !['para', 'cont', 'caption'].includes(previous)
            : label === 'para' || previous === null || !['para', 'cont', 'caption'].includes(previous),
        });
        break;
    }
    previous = label;
  }
  // A kicker or subtitle with no title beside it is the headline itself.
  for (const draft of drafts) {
    if (draft.title !== '') continue;
    if (draft.kicker !== null) [draft.title, draft.kicker] = [draft.kicker, null];
    else if (draft.subtitle !== null) [draft.title, draft.subtitle] = [draft.subtitle, null];
  }
  return { drafts, meta };
}

/** Whether the draft's body holds more than captions. */
function hasText(draft: ArticleDraft): boolean {
  return draft.body.some((item) => item.kind !== 'caption');
}

/** A dateline (and byline) opening the first paragraph, which may have been wrapped over lines, is taken off it. */
export function takeLeadCredit(article: ParsedArticle): ParsedArticle {
  const first = article.blocks.find((b) => b.type !== 'caption');
  if (article.dateline || first?.type !== 'paragraph') return article;
  const lead = leadCredit(first.text);
  if (!lead || lead.rest === '') return article;
  article.dateline = lead.dateline;
  if (lead.byline) article.byline = article.byline ? `${article.byline} ${lead.byline}` : lead.byline;
  article.authors = [...new Set([...article.authors, ...lead.authors])];
  first.text = lead.rest;
  return article;
}
