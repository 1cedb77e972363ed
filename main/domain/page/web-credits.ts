// The credit line a news site prints under its headline, which comes along when an article is copied from the
// site: labelled fields and the time of publishing ("2024-03-05 09:30　来源：某某晚报　作者：王明", "Published
// March 5, 2024", a WeChat account's "原创 王明 某某观察 2024年05月12日 08:45 广东"). No newspaper page prints
// one, so the page's credit patterns know none of it; read as text, it ran into the headline above it. It is the
// article's credit, its authors are the article's, and its date is the article's own.
import type { Credit } from './byline';
import { CodeSet } from './chars';
import { isoDate, monthNumber } from './latin-dates';

/** The labels of a site's credit fields; a colon follows each, or a slash ("文/王明"), and then its value. */
const LABEL =
  '(?:来源|稿源|出处|作者|文|记者|通讯员|摄影|编辑|责任编辑|责编|发布时间|发布日期|更新时间|时间|日期)';
/** Labels whose value names an author, and labels whose value is a date or a time. */
const AUTHOR_LABELS = new Set(['作者', '文', '记者', '通讯员']);
const DATE_LABELS = new Set(['发布时间', '发布日期', '更新时间', '时间', '日期']);
const FIELD_LABEL = new RegExp(`^(${LABEL})\\s*[：:／/]\\s*(.*)$`);
/** A date, with the time a site may run onto it ("2024年05月12日08:45"). */
const DATE =
  /^(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日)(?:\d{1,2}:\d{2}(?::\d{2})?)?$/;
const TIME = /^\d{1,2}:\d{2}(?::\d{2})?$/;
/** A name in Chinese, as a credit gives it. */
const NAME = /^[\u4e00-\u9fff·]{2,6}$/;
/**
 * What no field's value holds: a sentence's punctuation. "记者：" opening an interview's question, or "时间：" a
 * notice's time, is running text.
 */
const SENTENCE = /[，。！？；、,;!?]/;
/** The longest value of a field: an outlet's name. */
const MAX_VALUE = 20;
const LATIN_DATED =
  /^(?:Published|Updated|Posted|First published)(?: on)?:?\s+(?:(\d{1,2})\s+([A-Z][a-z]+)\.?|([A-Z][a-z]+)\.?\s+(\d{1,2}),?)\s+(\d{4})\b[^]{0,40}$/;
/**
 * A WeChat account's credit line: its mark, the author and the account (or the account alone), the date, the time
 * and the province it was posted from ("原创 王明 某某观察 2024年05月12日 08:45 广东").
 */
const WECHAT =
  /^原创\s+(?:([\u4e00-\u9fff·]{2,6})\s+)?\S{1,20}\s+(\d{4}年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2})?(?:\s+[\u4e00-\u9fff]{2,3})?$/;
/** The author a blog's "Posted on May 12, 2024 by Jane Doe" names. */
const POSTED_BY = / by ((?:[A-Z][A-Za-z.'’-]+ ){0,3}[A-Z][A-Za-z'’-]+)$/;
/**
 * A date alone on its line with the time of posting ("May 12, 2024, 9:30 a.m. ET", "Sun 12 May 2024 09.30 BST"): a
 * page's own date, a newspaper's furniture, never gives the time.
 */
const LATIN_DATE_ALONE =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:(\d{1,2})\s+([A-Z][a-z]+)\.?|([A-Z][a-z]+)\.?\s+(\d{1,2}),?)\s+(\d{4})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)$/;
/** When a post was published or edited, and where from ("编辑于 2024-05-12 08:45・IP 属地广东"). */
const POSTED =
  /^(?:发布于|发表于|编辑于|更新于)\s*(\S+?)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[・·|]?\s*IP\s*属地[：:]?\s*[\u4e00-\u9fff]{2,8})?$/;
/** The first characters of the labels, of the Latin line's first word or date and of WeChat's mark. */
const OPENING = new CodeSet('来稿出作文记通摄编责发更时日原PUFJMASONDTW');
/** What every such line holds: its date's digits, or a field's colon or slash. */
const CREDIT_SIGN = /[\d：:/／]/;
/** The longest such line: a site's credit runs to five or six fields at most. */
const MAX_LENGTH = 90;

/** A site's credit line: its fields in the byline, the authors it names, the date it gives (YYYY-MM-DD). */
export function webCredit(text: string): Credit | null {
  // Such a line opens with its date or a field's label: one test turns away nearly every other line of a page.
  const first = text.charCodeAt(0);
  if (text.length > MAX_LENGTH || !(OPENING.has(first) || (first >= 48 && first <= 57))) return null;
  // Most lines that open so (an English sentence's "The", a Chinese one's 时 or 文) are answered by one scan.
  if (!CREDIT_SIGN.test(text)) return null;
  const wechat = WECHAT.exec(text);
  if (wechat)
    return {
      dateline: null,
      byline: text,
      authors: wechat[1] ? [wechat[1]] : [],
      date: dateOf(wechat[2] ?? ''),
    };
  const posted = POSTED.exec(text);
  const postedOn = posted ? dateOf(posted[1] ?? '') : null;
  if (postedOn) return { dateline: null, byline: text, authors: [], date: postedOn };
  const latin = LATIN_DATED.exec(text) ?? LATIN_DATE_ALONE.exec(text);
  if (latin) {
    const [, dayFirst, monthAfter, monthFirst, dayAfter, year] = latin;
    const month = monthNumber(monthAfter ?? monthFirst ?? '');
    const date = isoDate(year, month, dayFirst ?? dayAfter);
    const author = POSTED_BY.exec(text)?.[1];
    return date ? { dateline: null, byline: text, authors: author ? [author] : [], date } : null;
  }
  if (!text.includes('：') && !text.includes(':') && !text.includes('/') && !text.includes('／')) return null;
  const credit: Credit = { dateline: null, byline: text, authors: [], date: null };
  let label: string | null = null;
  let awaited = false;
  let fields = 0;
  for (const piece of text.split(/[\s|｜]+/)) {
    if (piece === '') continue;
    const field = FIELD_LABEL.exec(piece);
    if (field) {
      label = field[1] ?? '';
      fields++;
      awaited = field[2] === '';
      if (!awaited && !takeValue(credit, label, field[2] ?? '')) return null;
    } else if (awaited) {
      awaited = false;
      if (!takeValue(credit, label ?? '', piece)) return null;
    } else if (label !== null && AUTHOR_LABELS.has(label) && NAME.test(piece)) credit.authors.push(piece);
    else if (!TIME.test(piece)) {
      const date = dateOf(piece);
      if (!date) return null;
      credit.date ??= date;
    }
  }
  return fields > 0 ? credit : null;
}

/** Reads a field's value into the credit; false where no credit field holds such a value. */
function takeValue(credit: Credit, label: string, value: string): boolean {
  if (value.length > MAX_VALUE || SENTENCE.test(value)) return false;
  if (AUTHOR_LABELS.has(label)) {
    if (!NAME.test(value)) return false;
    credit.authors.push(value);
  } else if (DATE_LABELS.has(label)) {
    const date = dateOf(value);
    if (!date && !TIME.test(value)) return false;
    credit.date ??= date;
  }
  return true;
}

function dateOf(token: string): string | null {
  const m = DATE.exec(token);
  return m ? isoDate(m[1], Number(m[2] ?? m[4]), m[3] ?? m[5]) : null;
}
