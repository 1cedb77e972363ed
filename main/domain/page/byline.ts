// Bylines and datelines: who wrote an article and where it was filed. Everything here is anchored at the
// start of a short prefix, so a 20 MB line costs no more than a short one.
import { CodeSet, isLatinLetterCode } from './chars';
import { isoDate, monthNumber } from './latin-dates';
import { isNameLike, isPersonName, namesOnly } from './names';

export interface Credit {
  dateline: string | null;
  byline: string | null;
  authors: string[];
  /** The article's own date (YYYY-MM-DD), where the credit gives one (a news site's time of publishing). */
  date?: string | null;
}

const ROLES = [
  '本报特约记者',
  '本报见习记者',
  '本报实习记者',
  '本报记者',
  '本报通讯员',
  '本报评论员',
  '特约记者',
  '见习记者',
  '实习记者',
  '特约撰稿人',
  '特约评论员',
  '通讯员',
  '实习生',
  '记者',
  '撰稿',
  '摄影',
];
const SUFFIXES = [
  '文并摄',
  '文／图',
  '文/图',
  '图／文',
  '图/文',
  '摄影报道',
  '报道',
  '摄影',
  '整理',
  '采写',
  '摄',
  '文',
  '图',
];

function stripPrefix(token: string, list: readonly string[]): [string, string] | null {
  for (const word of list) if (token.startsWith(word)) return [word, token.slice(word.length)];
  return null;
}

/** A correspondent posted abroad or to a province: "本报驻柏林记者", "新华社驻华盛顿记者", "驻上海特约记者". */
const STATIONED = /^(?:本报|本台|新华社|中新社)?驻[\u4e00-\u9fff]{1,8}?(?:特派|特约|首席)?记者/;

/** The role a credit token opens with, and what follows it. */
function roleOf(token: string): [string, string] | null {
  const stationed = STATIONED.exec(token)?.[0];
  return stationed ? [stationed, token.slice(stationed.length)] : stripPrefix(token, ROLES);
}

function stripSuffix(token: string): [string, string] | null {
  for (const word of SUFFIXES)
    if (token.length > word.length && token.endsWith(word)) return [token.slice(0, -word.length), word];
  return null;
}

interface CreditScan {
  /** Names found. */
  authors: string[];
  /** Number of whitespace tokens consumed. */
  consumed: number;
  sawRole: boolean;
}

/**
 * Reads credit tokens ("记者", "王小明", "通讯员", "李华", "摄", or glued "记者王小明报道") from the front of
 * `tokens`, stopping at the first token that is not part of a credit.
 */
function scanCredit(tokens: readonly string[]): CreditScan {
  const authors: string[] = [];
  let consumed = 0;
  let sawRole = false;
  let afterRole = false;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.length > 16) break;
    let rest = token;
    let ok = false;
    // A two-character name set to the width of three, a space between its characters ("本报记者　王　悦").
    const spaced = spacedName(token, tokens[k + 1]);
    if (spaced && sawRole) {
      authors.push(spaced);
      consumed += 2;
      k++;
      continue;
    }
    const role = roleOf(rest);
    if (role) {
      sawRole = true;
      afterRole = true;
      rest = role[1];
      ok = true;
    }
    if (rest.length > 0) {
      const suffix = SUFFIXES.includes(rest) ? null : stripSuffix(rest);
      // "王文" is a name, "王小明摄" a name and a suffix: keep the suffix only if what it leaves is a name.
      const core = suffix && suffix[0].length >= 2 ? suffix[0] : rest;
      if (SUFFIXES.includes(rest)) {
        ok = sawRole || authors.length > 0;
        afterRole = false;
      } else if ((afterRole && isNameLike(core)) || isPersonName(core)) {
        if (!sawRole && authors.length === 0 && !role) break; // a credit opens with a role word
        authors.push(core);
        ok = true;
      } else {
        ok = false;
      }
    }
    if (!ok) break;
    consumed++;
  }
  return { authors, consumed, sawRole };
}

const ONE_HAN = /^\p{Script=Han}$/u;

/** The name two one-character tokens spell, unless the second is a credit's word ("摄"). */
function spacedName(token: string, next: string | undefined): string | null {
  if (next === undefined || !ONE_HAN.test(token) || !ONE_HAN.test(next) || SUFFIXES.includes(next))
    return null;
  return isNameLike(token + next) ? token + next : null;
}

/** A whole line that is a byline: "本报记者 王小明 文并摄", "记者 王小明 通讯员 李华". */
const CREDIT_FIRST = new CodeSet('本特见实通记撰摄驻新中B');

export function bylineLine(text: string): Credit | null {
  if (text.length > 48 || !CREDIT_FIRST.has(text.charCodeAt(0))) return null;
  const latin = latinByline(text);
  if (latin) return latin;
  const tokens = text.split(/[\s、，,]+/).filter((t) => t.length > 0);
  const scan = scanCredit(tokens);
  if (!scan.sawRole || scan.consumed !== tokens.length || scan.authors.length === 0) return null;
  return { dateline: null, byline: text, authors: scan.authors };
}

const SLASH_CREDIT = /^(?:文|图|文图|图文|文\/图|文／图)\s*[/／:：]\s*(.{2,30})$/;

/** A name alone (or "文/王小明") under a headline: the author of a commentary. */
export function namesLine(text: string): Credit | null {
  if (text.length > 34) return null;
  const slash = SLASH_CREDIT.exec(text);
  const names = namesOnly(slash ? (slash[1] ?? '') : text);
  return names ? { dateline: null, byline: text, authors: names } : null;
}

// Parentheses as code units: text[i] would make a new string for a character outside Latin-1 on every call.
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const FULLWIDTH_OPEN_PAREN = 0xff08;
const FULLWIDTH_CLOSE_PAREN = 0xff09;

/** An angle bracket: what OCR reads a full-width parenthesis as. */
const ANGLE_OPEN = 0x3008;

function bracketCredit(text: string): { inner: string; length: number } | null {
  const open = text.charCodeAt(0);
  if (open !== FULLWIDTH_OPEN_PAREN && open !== OPEN_PAREN && open !== ANGLE_OPEN) return null;
  const close = text.slice(0, 40).search(/[）)〉]/);
  if (close < 0) return null;
  return { inner: text.slice(1, close).trim(), length: close + 1 };
}

const AGENCY_DATELINE =
  /^[\u4e00-\u9fff]{1,6}(?:社|网|台|报)[^\s，。,（(]{0,10}?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日(?:电|讯)/;
// A release's dateline, date first: 2012年7月18日北京讯 (digits ASCII or full-width, as the agency ones).
const DATED_DATELINE = /^(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日[\u4e00-\u9fff]{2,6}讯/;
const PAPER_DATELINE = /^本报[^\s，。,（(]{0,14}?讯/;
// Another outlet's own report: 南都讯, 新京报讯, 中新网讯, followed by the credit or the text.
const OUTLET_DATELINE = /^[\u4e00-\u9fff]{1,5}(?:报|都|网|社|台)讯(?=[\s（(：:]|记者)/;

// A site's or agency's news item: 新华网消息：…, 央视网消息（新闻联播）：… (a programme or a credit in brackets).
// OCR reads a full-width bracket as an angle or square one and sets spaces around it and the colon.
const NEWS_HEAD = String.raw`[\u4e00-\u9fff]{1,6}?(?:网|社|台|报)消息`;
const NEWS_DATELINE = new RegExp(
  String.raw`^(${NEWS_HEAD})\s?([（(〈<［[][^）)〉>］\]]{1,16}[）)〉>］\]])?\s?[：:]\s*`,
);
const NEWS_HEAD_ALONE = new RegExp(
  String.raw`^${NEWS_HEAD}(?:\s?[（(〈<［[][^）)〉>］\]，。；：、]{0,16}[）)〉>］\]]?)?$`,
);

/**
 * "央视网消息" alone on its line, or with its bracket, whole or cut ("央视网消息（新闻联"; a bracket that holds a
 * clause is the column beside it, run on): a news item's dateline that a narrow column cut before its colon.
 */
export function isNewsDatelineHead(text: string): boolean {
  return NEWS_HEAD_ALONE.test(text);
}

/** 讯 among characters 2–6 or 消息 among 2–8: the cheap sign of an outlet's dateline (read in place). */
function outletMark(text: string): boolean {
  const end = Math.min(text.length, 9);
  for (let i = 2; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x8baf && i <= 6) return true; // 讯
    if (code === 0x6d88 && text.charCodeAt(i + 1) === 0x606f) return true; // 消息
  }
  return false;
}

/** "新华网消息（记者 王小明）：…": the bracket is a credit when it names people in a role, else part of the dateline. */
function newsDateline(text: string): LeadCredit | null {
  const m = NEWS_DATELINE.exec(text.slice(0, 40));
  if (!m?.[1]) return null;
  const rest = text.slice(m[0].length);
  if (rest.length === 0) return null;
  const bracket = m[2];
  if (bracket) {
    const inner = bracket.slice(1, -1);
    const tokens = inner.split(/[\s、，,]+/).filter((t) => t.length > 0);
    const scan = scanCredit(tokens);
    if (scan.sawRole && scan.consumed === tokens.length)
      return { dateline: m[1], byline: inner, authors: scan.authors, rest };
  }
  return { dateline: m[1] + (bracket ?? ''), byline: null, authors: [], rest };
}

/** An agency dateline has 社, 网, 台 or 报 among its characters 2–7 and its 月 within the first 21. */
/** A date-first dateline opens with a digit and has its 讯 within the first 20 characters. */
function datedStart(text: string): boolean {
  const c = text.charCodeAt(0);
  return ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) && text.slice(0, 20).includes('讯');
}

function hasMonthEarly(text: string): boolean {
  let agency = false;
  const head = Math.min(text.length, 7);
  for (let i = 1; i < head && !agency; i++) {
    const code = text.charCodeAt(i);
    agency = code === 0x793e || code === 0x7f51 || code === 0x53f0 || code === 0x62a5;
  }
  if (!agency) return false;
  const limit = Math.min(text.length, 21);
  for (let i = 0; i < limit; i++) if (text.charCodeAt(i) === 0x6708) return true; // 月
  return false;
}

export interface LeadCredit extends Credit {
  /** The paragraph text after the credit. */
  rest: string;
}

/**
 * A dateline wrapped over the lines of a narrow column: it filled its line and left the dash to open the next
 * ("LAKEPORT, March 12" over "- Kestrel Ferries said…"), ended its line with the dash ("LAKEPORT, March 12 -" over
 * "Kestrel Ferries said…"), left the day to the next ("LAKEPORT, March" over "12 - Kestrel…"), broke inside
 * ("HARBOUR FALLS," over "Mich., March 12 - Kestrel…"), or both ("HARBOUR FALLS," over "Mich., March 12 -" over
 * "Kestrel…"). `below` holds the lines under `text`. The lead credit the lines make together, its rest what the
 * last of them holds after the dash, and how many lines of `below` it takes; or null when the line is no
 * beginning of one.
 */
export function leadCreditOverBreak(
  text: string,
  below: readonly string[],
): { lead: LeadCredit; taken: number } | null {
  const [next, after] = below;
  if (next === undefined) return null;
  const two = creditOverBreak(text, next);
  if (two) return { lead: two, taken: 1 };
  if (after === undefined || !text.endsWith(',') || !TRAILING_DASH.test(next)) return null;
  const three = creditOverBreak(`${text} ${next}`, after);
  return three && { lead: three, taken: 2 };
}

function creditOverBreak(text: string, next: string): LeadCredit | null {
  // Where a dateline breaks: at its dash, after a comma inside it (a place and its state), or before the day of
  // its date ("BASEL, May" over "4 - The …"); a line over a dateline of its own is the end of something else
  // (a headline's last line over "WASHINGTON, March 5 - …"), unless it is a place in capitals left open, which
  // no headline ends with: its comma ("ELMWOOD," over "N.J., March 5 - …") or its state's initial ("ELMWOOD,
  // W." over "Va., March 5 - …").
  const dash = LEADING_DASH.exec(next);
  const broken =
    dash ??
    (TRAILING_DASH.test(text) ||
      OPEN_PLACE.test(text) ||
      ((text.endsWith(',') || LEADING_DAY.test(next)) && !leadCredit(next)));
  if (!broken) return null;
  const lead = leadCredit(`${text} ${next}`);
  const rest = dash ? next.slice(dash[0].length) : null;
  // A date makes it a dateline: a headline's last line over a credit ("DOLLAR SALES" over "- JIJI") has none.
  if (!lead || !/\d/.test(lead.dateline ?? '') || lead.rest === '') return null;
  return (rest === null ? next.endsWith(lead.rest) : lead.rest === rest) ? lead : null;
}
const LEADING_DASH = /^[-–—]+\s+/;
const TRAILING_DASH = /\s[-–—]+$/;
const LEADING_DAY = /^\d{1,2}\s+[-–—]/;
const OPEN_PLACE = /^[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}(?:,|, [A-Z]\.)$/;

/**
 * A dateline (and byline) opening a paragraph: "本报讯 …", "本报讯 记者王小明报道 …", "本报讯（记者 王小明）…",
 * "新华社北京3月1日电（记者 王小明）…", or in English "LONDON, March 3 — …".
 */
export function leadCredit(text: string): LeadCredit | null {
  // Cheap necessary conditions first (this runs on most lines): "本报…讯" starts with 本报; an agency dateline
  // has its 月 within the first 21 characters.
  const paper = text.charCodeAt(0) === 0x672c && text.charCodeAt(1) === 0x62a5; // 本报
  if (!paper && !outletMark(text) && !hasMonthEarly(text) && !datedStart(text)) return latinDateline(text);
  const head = text.slice(0, 64);
  const m =
    PAPER_DATELINE.exec(head) ??
    OUTLET_DATELINE.exec(head) ??
    AGENCY_DATELINE.exec(head) ??
    DATED_DATELINE.exec(head);
  if (!m) return newsDateline(text) ?? latinDateline(text);
  const dateline = m[0];
  let rest = text.slice(dateline.length);
  let byline: string | null = null;
  let authors: string[] = [];
  const trimmed = rest.trimStart();
  const bracket = bracketCredit(trimmed);
  if (bracket) {
    const tokens = bracket.inner.split(/[\s、，,]+/).filter((t) => t.length > 0);
    const scan = scanCredit(tokens);
    if (scan.sawRole && scan.consumed === tokens.length) {
      byline = bracket.inner;
      authors = scan.authors;
      // "本报讯（记者 王小明）：…": the colon after the credit introduces the text, it does not open it.
      rest = trimmed.slice(bracket.length).replace(/^\s*[：:]/, '');
    }
  } else if (trimmed.length < rest.length || /^(?:本报)?(?:记者|通讯员|特约记者|实习生)/.test(trimmed)) {
    // Whitespace-separated credit tokens follow the dateline; the body starts after the last of them.
    const parts = trimmed.slice(0, 80).split(/(\s+)/);
    const tokens = parts.filter((_, i) => i % 2 === 0);
    const scan = scanCredit(tokens);
    if (scan.sawRole && scan.authors.length > 0 && scan.consumed < tokens.length) {
      const used = parts.slice(0, scan.consumed * 2 - 1).join('');
      byline = used;
      authors = scan.authors;
      rest = trimmed.slice(used.length);
    }
  }
  rest = rest.trimStart();
  return { dateline, byline, authors, rest };
}

// English: "By Jane Doe and John Roe, Staff Writers".
// "By Jane Doe", "By Jane Doe and John Roe, Staff Writers", "By Jane Doe, March 5, 2024" (the date, day first too).
const LATIN_BYLINE =
  /^By\s+([A-Z][A-Za-z.'’-]*(?:\s+(?:[A-Z][A-Za-z.'’-]*|and|&|de|van|von|der|la)){0,8})(?:\s*,\s*[A-Za-z .'-]{1,40}?)?(?:,?\s+(?:([A-Z][a-z]{2,8}\.?)\s+(\d{1,2}),?|(\d{1,2})\s+([A-Z][a-z]{2,8}\.?))\s+(\d{4}))?$/;

function latinByline(text: string): Credit | null {
  if (!text.startsWith('By ') && !text.startsWith('BY ')) return null;
  const m = LATIN_BYLINE.exec(text.startsWith('BY ') ? `By ${text.slice(3)}` : text);
  if (!m || !m[1]) return null;
  const [, names = '', monthFirst, dayAfter, dayFirst, monthAfter, year] = m;
  const month = monthNumber(monthFirst ?? monthAfter ?? '');
  const date = year ? isoDate(year, month, dayAfter ?? dayFirst) : null;
  // "By Jane Doe, Marching 5 2024" names no month: no byline either. A day the month lacks is no date.
  if (year && month === 0) return null;
  const authors = names
    .split(/\s+(?:and|&)\s+/i)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return { dateline: null, byline: text, authors, ...(date ? { date } : {}) };
}

// "LONDON, March 3 — The…", "NEWARK, N.J., March 16 - …", "London, March 12 - …" or "WASHINGTON (AP) -- The…":
// a capitalised place (with its state or country), an optional date and agency, a dash. A place not in
// capitals needs the date, or an ordinary sentence with a dash would pass.
const PLACE = "[A-Z][A-Za-z.'’-]*";
const LATIN_DATELINE = new RegExp(
  `^(${PLACE}(?: ${PLACE}){0,3}(?:, ${PLACE}(?: ${PLACE}){0,2})?(,? [A-Z][A-Za-z]{2,8}\\.? \\d{1,2})?(?: \\([A-Za-z. ]{1,20}\\))?)\\s*(?:—|--|–|-)\\s+(?=\\S)`,
);

// A dateline set apart by type alone, with no dash after it ("KESTREL BAY, WIS., March 11 Lakeport Ferry…"),
// when an extractor dropped the dash or the paper never set one: a place in capitals and a date are enough.
const UNDASHED_DATELINE = new RegExp(
  `^(${PLACE}(?: ${PLACE}){0,3}(?:, ${PLACE}(?: ${PLACE}){0,2})?(,? [A-Z][a-z]{2,8}\\.? \\d{1,2})(?: \\([A-Za-z. ]{1,20}\\))?)\\s+(?=[A-Z0-9"“‘'<(])`,
);
/** What LATIN_DATELINE cannot match without (its dash) and what UNDASHED_DATELINE cannot (its day). */
const DASH_IN_HEAD = /[—–-]/;
const DIGIT_IN_HEAD = /\d/;
const MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/;

function latinDateline(text: string): LeadCredit | null {
  const code = text.charCodeAt(0);
  if (!(code >= 65 && code <= 90)) return null;
  // A justified line in a narrow column spreads its words apart ("LAKEPORT,   June   4   -"): read as one space.
  const head = text.slice(0, 80);
  const spread = head.includes('  ');
  const probe = spread ? head.replace(/ {2,}/g, ' ') : head;
  // A dashed dateline has its dash, an undashed one its date's day, within the head: most capitalised paragraph
  // openings have neither, and both patterns are spared.
  const m =
    (DASH_IN_HEAD.test(probe) ? LATIN_DATELINE.exec(probe) : null) ??
    (DIGIT_IN_HEAD.test(probe) ? undashedDateline(probe) : null);
  if (!m || !m[1]) return null;
  const second = text.charCodeAt(1);
  if (!isLatinLetterCode(second) && second !== 46) return null;
  const capitals = second >= 65 && second <= 90;
  if (!capitals && !m[2]) return null;
  const end = spread ? spreadOffset(head, m[0].length) : m[0].length;
  return { dateline: m[1], byline: null, authors: [], rest: text.slice(end) };
}

/** Where in `text` the first `length` characters of it, read with each run of spaces as one, end. */
function spreadOffset(text: string, length: number): number {
  let read = 0;
  let at = 0;
  for (; at < text.length && read < length; at++) if (!(text[at] === ' ' && text[at - 1] === ' ')) read++;
  while (text[at] === ' ' && text[at - 1] === ' ') at++;
  return at;
}

/**
 * An undashed dateline: its place in capitals and a comma after it, a real month's name before the day, and a
 * sentence opening after it.
 */
function undashedDateline(head: string): RegExpExecArray | null {
  const m = UNDASHED_DATELINE.exec(head);
  const comma = m?.[1]?.indexOf(',') ?? -1;
  if (!m || !m[2] || comma < 0) return null;
  // The city, before its state or country: "KESTREL BAY, Wis., March 11" is as good as "KESTREL BAY, WIS.".
  const place = m[1]!.slice(0, comma);
  const month = m[2].trim().replace(/^,\s*/, '').split(' ')[0]!;
  return /^[A-Z][A-Z.'’ -]+$/.test(place) && MONTH.test(month) ? m : null;
}

/** Contributors closing a short item: "…。（王小明 李华）". Returns the bracket and the names, or null. */
export function trailingContributors(text: string): { bracket: string; authors: string[] } | null {
  const last = text.charCodeAt(text.length - 1);
  if (last !== FULLWIDTH_CLOSE_PAREN && last !== CLOSE_PAREN) return null;
  const tail = text.slice(-32);
  const open = Math.max(tail.lastIndexOf('（'), tail.lastIndexOf('('));
  if (open < 0) return null;
  const bracket = tail.slice(open);
  const names = namesOnly(bracket.slice(1, -1).trim());
  if (!names) return null;
  return { bracket, authors: names };
}
