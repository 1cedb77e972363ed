// What the assembly overrules in the roles the line model read: patterns the rules know (credits, section labels,
// continuation markers, an outlet's dateline), headlines wrapped inside an open bracket, a document's first line.
// The model learned little of these from its training pages; the patterns are never anything else.
import { isNewsDatelineHead, leadCredit, leadCreditOverBreak, type LeadCredit } from '../byline';
import { ems, endsSentence, hanShare } from '../chars';
import { isHeadlineCandidate, labelSized, startsWithDashes, unclosedBrackets } from '../headline';
import { endsInBrokenWord } from '../join';
import type { PageLines } from '../lines';
import { captionsClosedByCredits, closesCredit } from './credited-captions';
import { droppedIndents } from './dropped-indents';
import { LINE_LABELS, ROLE } from './model';
import { headlinesBetweenBlanks, paragraphsBetweenBlanks } from './between-blanks';
import { headlinesOverDatelines } from './headlines-over-datelines';
import { headlinesOverIndents, indentsParagraphs } from './indented-headlines';
import { paragraphPerLineRoles } from './paragraph-lines';
import { storiesUnderSubheads } from './stories-under-subheads';
import { crossheadsBetweenParagraphs } from './crossheads';
import { unwrappedTitles } from './unwrapped-titles';
import { casedKickers, textUnderCapitals } from './cased-kickers';
import { openEndedHeadings } from './open-ended-headings';
import { headlinesReadAsKickers, labelsOverHeadlines, sectionNamesOverHeadlines } from './label-titles';
import { openClausesGoOn } from './open-clauses';
import { kickersOverLeadIns } from './lead-in-brackets';

/**
 * The model's roles with what the patterns and the page's shape say instead. `readerBlanks`: the text's blank
 * lines are a column reader's, set between the blocks it cut, not the page's.
 */
export function overruledRoles(lines: PageLines, model: Uint8Array, readerBlanks = false): Uint8Array {
  // The first line first: the patterns read the lines under a headline by it.
  return withPatternRoles(lines, firstLineIsTitle(lines, model) ? model.with(0, TITLE) : model, readerBlanks);
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
  // Over a line read as the headline, and shaped as one, it is the headline group's label or the page's section.
  if (roles[1] === TITLE && isHeadlineCandidate(lines.text(1))) return false;
  const first = lines.text(0);
  if (!isHeadlineCandidate(first)) return false;
  return lines.indent(1) >= 1 || ems(lines.text(1), 200) >= 1.5 * ems(first, 200);
}

/**
 * Lines the rules recognise by a pattern of their own (a bulleted or pinyin-tagged section label, a "By …" or
 * "本报记者 …" credit line) keep that role whatever the model says: such patterns are rare in its training pages, so it
 * learned little of them, and they are never anything else; nor is a continuation marker ("（上接第三版）") anything
 * but furniture. Nor is a line opening with a dateline a caption, a subhead or a deck, nor a line holding only a
 * dateline and its credit a title, nor a sentence ended with a full stop a subhead.
 */
function withPatternRoles(lines: PageLines, roles: Uint8Array, readerBlanks: boolean): Uint8Array {
  let out = roles;
  for (let i = 0; i < lines.length; i++) {
    const kind = lines.kind(i);
    const lead =
      roles[i] === CAPTION || roles[i] === SUBHEAD || roles[i] === SUBTITLE || roles[i] === TITLE
        ? (leadCredit(lines.text(i)) ?? datelineOverBreak(lines, i))
        : null;
    const misreadLead = lead !== null && (roles[i] !== TITLE || lead.rest.trim() === '');
    // A subhead is a heading, which ends without a full stop: a line that ends one is a sentence of the text.
    const misreadText = roles[i] === SUBHEAD && !misreadLead && FULL_STOP_END.test(lines.text(i));
    const cut = cutDateline(lines, roles, i);
    const label =
      kind === 'section'
        ? SECTION
        : kind === 'marker'
          ? FURNITURE
          : (kind === 'byline' && !closesCaption(lines, roles, i)) || misreadLead
            ? CREDIT
            : misreadText || cut
              ? PARA
              : dashedUnderTitle(lines, out, i)
                ? SUBTITLE
                : -1;
    if (label >= 0 && out[i] !== label) {
      if (out === roles) out = roles.slice();
      out[i] = label;
      // A cut dateline's paragraph goes on in the line under it.
      if (cut && label === PARA && out[i + 1] === PARA) out[i + 1] = CONT;
      // The lines the model ran on from a misread credit are its paragraph, not more of a caption.
      if (misreadLead)
        for (let j = i + 1; j < lines.length && lines.gapBefore(j) === 0 && out[j] === CAPTION; j++)
          out[j] = CONT;
    } else if (standfirstUnderHeadline(lines, roles, i)) {
      if (out === roles) out = roles.slice();
      out[i] = TITLE;
      out[i + 1] = SUBTITLE;
    } else if (labelOverHeadline(lines, roles, i)) {
      if (out === roles) out = roles.slice();
      out[i] = SECTION;
      out[i + 1] = TITLE;
    }
  }
  // In this order: the headline passes first, as the later ones read the lines under a headline by it.
  const passes: ((lines: PageLines, roles: Uint8Array) => Uint8Array)[] = [
    (all, read) => headlinesOverDatelines(all, read, readerBlanks),
    ...(readerBlanks ? [] : [headlinesBetweenBlanks, paragraphsBetweenBlanks]),
    headlinesOverIndents,
    casedKickers,
    textUnderCapitals,
    unwrappedTitles,
    labelsOverHeadlines,
    headlinesReadAsKickers,
    sectionNamesOverHeadlines,
    bracketedHeadlines,
    kickersOverLeadIns,
    storiesUnderSubheads,
    headlinesOverSubheads,
    textUnderHeadline,
    textUnderCaption,
    hyphenatedTitles,
    paragraphPerLineRoles,
    furnitureAgain,
    captionsClosedByCredits,
    paragraphAcrossBreak,
    openEndedHeadings,
    crossheadsBetweenParagraphs,
    droppedIndents,
    openClausesGoOn,
  ];
  return passes.reduce((read, pass) => pass(lines, read), out);
}

/**
 * A photographer's credit on a line of its own ("通讯员 王明 摄", "王明摄）") right under a line the model read as
 * a caption: the caption's close, wrapped, not a byline over the text under it.
 */
function closesCaption(lines: PageLines, roles: Uint8Array, i: number): boolean {
  return i > 0 && roles[i - 1] === CAPTION && lines.gapBefore(i) === 0 && closesCredit(lines, roles, i);
}

/**
 * A line ending in a word broken at a hyphen, right over a title ("Kestrel-" over "Marsh Wins Contract"), is the
 * title's first line: no label, kicker or section name ends in half a word.
 */
function hyphenatedTitles(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  for (let i = 0; i + 1 < lines.length; i++) {
    const role = out[i];
    const label = role === KICKER || role === SECTION || role === FURNITURE || role === SUBTITLE;
    if (!label || out[i + 1] !== TITLE) continue;
    if (lines.gapBefore(i + 1) > 0 || !endsInBrokenWord(lines.text(i))) continue;
    if (out === roles) out = roles.slice();
    out[i] = TITLE;
  }
  return out;
}

/** A dateline that line `i` opens and the lines right under it go on: the lines' lead credit. */
function datelineOverBreak(lines: PageLines, i: number): LeadCredit | null {
  const over = leadCreditOverBreak(lines.text(i), lines.under(i));
  return over && { ...over.lead, rest: '' };
}

/**
 * A line the page set aside as furniture (its name, the date, a running head) and prints again word for word
 * further down (as a running foot, or the next page's head) is furniture there too: read there as a kicker or a
 * title, it would hang over the article under it. A section label is left as read: a page headed with its
 * section's name prints that name again over the section's articles.
 */
function furnitureAgain(lines: PageLines, roles: Uint8Array): Uint8Array {
  const furniture = new Set<string>();
  let out = roles;
  for (let i = 0; i < lines.length; i++) {
    const text = lines.text(i).trim();
    if (out[i] === FURNITURE) furniture.add(text);
    else if (isHeadlinePart(out[i]) && furniture.has(text)) {
      if (out === roles) out = roles.slice();
      out[i] = FURNITURE;
    }
  }
  return out;
}

/**
 * "Title" lines set apart from the headline above them by a blank (or, where the text indents its paragraphs,
 * by an indent), which run on into the line under them as one block of running text (the model read that line
 * as a paragraph's continuation, and they are as wide): the first lines of the article's text, wrapped at the
 * width of the lines under them, not more of the headline.
 */
function textUnderHeadline(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  const indents = indentsParagraphs(lines);
  const apart = (i: number): boolean =>
    lines.gapBefore(i) > 0 || (indents && lines.indent(i) >= 1 && lines.indent(i - 1) < 1);
  for (let i = 1; i + 1 < lines.length; i++) {
    if (out[i] !== TITLE || !isHeadlinePart(out[i - 1]) || !apart(i)) continue;
    let end = i + 1;
    while (end < lines.length && out[end] === TITLE && lines.gapBefore(end) === 0) end++;
    if (end >= lines.length || out[end] !== CONT || lines.gapBefore(end) > 0) continue;
    const width = WRAPPED_WIDTH * ems(lines.text(end), 200);
    let wrapped = true;
    for (let k = i; k < end && wrapped; k++) wrapped = ems(lines.text(k), 200) >= width;
    if (!wrapped) continue;
    if (out === roles) out = roles.slice();
    out[i] = PARA;
    out.fill(CONT, i + 1, end);
  }
  return out;
}

const isHeadlinePart = (role: number | undefined): boolean =>
  role === KICKER || role === TITLE || role === SUBTITLE;

/**
 * "Subhead" lines running straight into a title line (no blank between) are the headline's first lines: a subhead
 * stands between paragraphs of its article, never at the head of another.
 */
function headlinesOverSubheads(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  for (let i = 1; i < lines.length; i++) {
    if (out[i] !== TITLE) continue;
    for (let j = i - 1; j >= 0 && out[j] === SUBHEAD && lines.gapBefore(j + 1) === 0; j--) {
      if (out === roles) out = roles.slice();
      out[j] = TITLE;
    }
  }
  return out;
}

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
 * A "paragraph" opening after a blank line, under text whose sentence the blank cut off: the paragraph above goes
 * on (a column break an extractor marked with a blank line). A page's furniture set in the break (a page number
 * such as "B8") is passed over.
 */
function paragraphAcrossBreak(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  for (let i = 1; i < lines.length; i++) {
    if ((out[i] !== PARA && out[i] !== CAPTION) || lines.gapBefore(i) === 0) continue;
    let above = i - 1;
    while (above > 0 && out[above] === FURNITURE && lines.gapBefore(above) > 0) above--;
    if ((out[above] !== PARA && out[above] !== CONT) || !cutMidSentence(lines.text(above), lines.text(i)))
      continue;
    let end = i + 1;
    if (out[i] === CAPTION) {
      while (end < lines.length && out[end] === CAPTION && lines.gapBefore(end) === 0) end++;
      // A caption the extractor set inside the sentence: the sentence goes on under it.
      if (end < lines.length && /^[a-z]/.test(lines.text(end))) continue;
    }
    if (out === roles) out = roles.slice();
    out.fill(CONT, i, end);
  }
  return out;
}

/**
 * Whether a blank line between two lines cut a sentence: the line above stops at a comma or at a word no English
 * sentence ends on ("the", "of"), or Latin text runs on in lower case or a number. (A line that only lacks its
 * full stop may have lost it to OCR.)
 */
function cutMidSentence(above: string, below: string): boolean {
  return (
    CLAUSE_END.test(above) || OPEN_WORD_END.test(above) || (/[a-z,]$/.test(above) && /^[a-z0-9]/.test(below))
  );
}
/** Words that never end an English sentence: articles, and prepositions and conjunctions before what they join. */
const OPEN_WORD_END = /\s(?:the|a|an|of|to|in|for|and|or|with|by|at|on|from|that|its|their)$/;

/**
 * A "caption" that goes on past a blank line after its sentence ended, for three lines or more: the caption
 * ended at the blank, and what runs on under it is a paragraph of the text (an extractor sets a photo's caption
 * apart between the headline and the text, and the model carried the caption on).
 */
function textUnderCaption(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  for (let i = 1; i < lines.length; i++) {
    if (out[i] !== CAPTION || out[i - 1] !== CAPTION || lines.gapBefore(i) === 0) continue;
    if (!endsSentence(lines.text(i - 1))) continue;
    let end = i + 1;
    while (end < lines.length && out[end] === CAPTION && lines.gapBefore(end) === 0) end++;
    if (end - i < RUNNING_TEXT_LINES) continue;
    if (out === roles) out = roles.slice();
    out[i] = PARA;
    out.fill(CONT, i + 1, end);
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

/**
 * A headline's first part that is only a few Chinese characters (no punctuation) set apart from the text above and
 * standing over a headline at least twice as wide: the name of the box or column the articles stand in ("短讯",
 * "简讯"), which heads every item under it, not a kicker of the first. (An English word standing so is as often
 * the first word of a headline a narrow column wrapped, so Latin lines are left to the model.)
 */
function labelOverHeadline(lines: PageLines, roles: Uint8Array, i: number): boolean {
  if (roles[i] !== TITLE && roles[i] !== KICKER) return false;
  // Under a headline part, a word on a line of its own is that headline's last, wrapped.
  if (i > 0 && (lines.gapBefore(i) === 0 || isHeadlinePart(roles[i - 1]))) return false;
  if (i + 1 >= lines.length || lines.gapBefore(i + 1) > 0) return false;
  if (roles[i + 1] !== TITLE && roles[i + 1] !== SUBTITLE) return false;
  const label = lines.text(i);
  return (
    lines.kind(i) === 'text' &&
    hanShare(label) === 1 &&
    labelSized(label) &&
    isHeadlineCandidate(lines.text(i + 1)) &&
    ems(lines.text(i + 1), 200) >= 2 * ems(label, 200)
  );
}
const {
  kicker: KICKER,
  title: TITLE,
  furniture: FURNITURE,
  subtitle: SUBTITLE,
  section: SECTION,
  credit: CREDIT,
  caption: CAPTION,
  subhead: SUBHEAD,
  para: PARA,
  cont: CONT,
} = ROLE;
/** A wrapped line runs at least this share of the width of the line under it (an indent aside). */
const WRAPPED_WIDTH = 0.8;
/** A caption runs two lines at most; three lines under it are running text. */
const RUNNING_TEXT_LINES = 3;
/** A clause mark a line may stop at in mid-sentence. */
const CLAUSE_END = /[，、；,;]$/;
/** A full stop closing a line (quotes and brackets after it aside), not an ellipsis. */
const FULL_STOP_END = /(?:[^.]\.|。)["'”’)）」』]*$/;
