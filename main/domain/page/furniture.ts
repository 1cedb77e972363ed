// Page furniture: what the layout prints on every page (page number, date, masthead, editors) and the
// continuation markers that tie an article to another page. None of it is article text.
import { CodeSet } from './chars';
import { isSpaceCode } from './lines';

const NUM = '[0-9０-９一二三四五六七八九十百零〇]';
/** Digits as e-papers print them: ASCII or full-width. */
const D = '[0-9０-９]';
// 第3版, A3版, or a section letter with the page number (A12) as papers number their sections' pages.
const PAGE_TOKEN = new RegExp(
  `^(?:第${NUM}{1,4}版|[A-Z]?${NUM}{1,3}版|[A-ZＡ-Ｚ]${D}{1,2})(?:[:：][^\\s]{1,12})?$`,
);
/** A section's page number alone on its line (A3, B11): a running head's corner, as extractors write it apart. */
const LONE_FOLIO = new RegExp(`^[A-ZＡ-Ｚ]${D}{1,2}$`);
const DATE_TOKEN = new RegExp(
  `^(?:${D}{4}年${D}{1,2}月${D}{1,2}日(?:星期[一二三四五六日天]|周[一二三四五六日])?|${D}{4}[-./]${D}{1,2}[-./]${D}{1,2}|星期[一二三四五六日天]|周[一二三四五六日]|农历[^\\s]{2,12})$`,
);
const PAPER_TOKEN = /^[\u4e00-\u9fff]{2,8}(?:日报|晚报|早报|晨报|时报|周报|商报|青年报|法治报|报)$/;
const LABEL_TOKEN = /^[\u4e00-\u9fff]{2,6}(?:[·・][\u4e00-\u9fff]{2,6})?$/;
const LATIN_CAPS_TOKEN = /^[A-Z][A-Z.&'-]{1,20}$/;
const EDITOR_ROLE =
  /^(?:本版)?(?:责任编辑|编辑|责编|责任校对|校对|版式设计|版式|美编|美术编辑|制图|审读|组版|视觉设计|设计|排版|主编|值班编辑)/;
/** First characters EDITOR_ROLE can match (本 of 本版, then each role's first): most lines fail here. */
const EDITOR_ROLE_FIRST = new CodeSet('本责编校版美制审组视设排主值');
const ISSUE_TOKEN = new RegExp(
  `^(?:第${D}{1,6}期|总第${D}{1,6}期|今日${D}{1,3}版|CN${D}{2}-${D}{4}|代号${D}{1,2}-${D}{1,4})$`,
);

/** ，。！？ and the ASCII comma. */
const SENTENCE_MARK = /[，。！？,]/;

/** What a page, date or issue token (PAGE_TOKEN, DATE_TOKEN, ISSUE_TOKEN, GLUED_STRONG) cannot be without. */
const STRONG_SIGN = /[0-9０-９版星周农]/;

/** No token pattern below matches more than this many characters. */
const MAX_TOKEN = 21;

/** 版 年 期 报 星 周 农 (the ASCII signals - . / are tested inline). */
function isFurnitureSignal(code: number): boolean {
  return (
    code === 0x7248 ||
    code === 0x5e74 ||
    code === 0x671f ||
    code === 0x62a5 ||
    code === 0x661f ||
    code === 0x5468 ||
    code === 0x519c
  );
}

export type FurnitureKey = 'page' | 'date' | 'paper' | 'editors' | 'issue' | 'running-head' | 'label' | 'web';

export interface FurnitureItem {
  key: FurnitureKey;
  value: string;
}

function tokenKind(token: string): FurnitureKey | 'latin' | null {
  if (PAGE_TOKEN.test(token)) return 'page';
  if (DATE_TOKEN.test(token)) return 'date';
  if (ISSUE_TOKEN.test(token)) return 'issue';
  // "星期三晨光日报" is a weekday glued to the paper's name.
  if (PAPER_TOKEN.test(token) && !WEEKDAY.test(token)) return 'paper';
  if (LATIN_CAPS_TOKEN.test(token)) return 'latin';
  // A section or column name printed in the running head ("经济", "要闻·综合").
  if (LABEL_TOKEN.test(token)) return 'label';
  return null;
}

/** Page numbers and dates inside a run of characters; a folio letter's number ends where the digits do. */
const GLUED_STRONG = new RegExp(
  `第${NUM}{1,4}版|${D}{4}年${D}{1,2}月${D}{1,2}日|[A-ZＡ-Ｚ]${D}{1,2}(?!${D})`,
  'g',
);
const WEEKDAY = /^(?:星期[一二三四五六日天]|周[一二三四五六日])/;

/**
 * A running head whose pieces stand in separate elements of a web page loses the spaces between them when the
 * page is converted to text ("第10版新闻速览2016年9月14日", "星期五体育B７"): the page numbers and dates found
 * in the run, with only a weekday, an issue number, a section's or a paper's name between them (a section's
 * page number before a date, "Ａ９２０２１年…", is found there too: the year takes four digits).
 */
function gluedPieces(token: string): { text: string; kind: FurnitureKey | 'weekday' }[] | null {
  const pieces: { text: string; kind: FurnitureKey | 'weekday' }[] = [];
  const between = (text: string): boolean => {
    const weekday = WEEKDAY.exec(text)?.[0];
    if (weekday) pieces.push({ text: weekday, kind: 'weekday' });
    const rest = text.slice(weekday?.length ?? 0);
    if (rest === '') return true;
    const kind = tokenKind(rest);
    if (kind) pieces.push({ text: rest, kind: kind === 'latin' ? 'paper' : kind });
    return kind !== null;
  };
  let at = 0;
  for (const match of token.matchAll(GLUED_STRONG)) {
    if (!between(token.slice(at, match.index))) return null;
    pieces.push({ text: match[0], kind: match[0].endsWith('日') ? 'date' : 'page' });
    at = match.index + match[0].length;
  }
  return between(token.slice(at)) && pieces.length > 1 ? pieces : null;
}

/** An editors' credit line: "本版编辑：张三 校对：李四" or "责编 张三". */
function editorsLine(text: string): boolean {
  if (text.length > 80 || !EDITOR_ROLE.test(text)) return false;
  if (/[：:]/.test(text.slice(0, 10))) return !/[。！？]/.test(text);
  // Without a colon the role word must be followed by names only, or it may be a sentence ("编辑部决定…").
  return /^(?:本版)?(?:责任编辑|编辑|责编|校对|版式|美编)(?:\s+[\u4e00-\u9fff·]{2,5})+$/.test(text);
}

/**
 * Classifies a whole line as furniture, split into its kinds. `alone` says the line may hold a masthead by
 * itself (first or last line of the page, or next to other furniture); elsewhere "XX报" alone could be a title.
 */
/** What sets a running head's items apart besides spaces: a bar, or a middle dot (·, ・, •). */
const BARS = /[|｜·・•]/;
const isBar = (code: number): boolean =>
  code === 124 || code === 0xff5c || code === 0xb7 || code === 0x30fb || code === 0x2022;

export function furnitureItems(text: string, alone: boolean): FurnitureItem[] | null {
  if (text.length > 100) return null;
  if (text.length <= 3 && LONE_FOLIO.test(text)) return [{ key: 'page', value: text }];
  // Sentence punctuation rules furniture out, editors' lines too: most of a page's lines have a comma, found
  // by a native scan sooner than by the loop below.
  if (SENTENCE_MARK.test(text)) return null;
  // One scan: a page, date, issue or paper token needs one of
  // 版 年 期 报 星 周 农 - . / (see the token patterns), so a line without any is not furniture either; nor
  // is one with a token longer than any token pattern allows.
  // editorsLine needs EDITOR_ROLE at the start: without it a long token settles the answer at once.
  const maybeEditors = EDITOR_ROLE_FIRST.has(text.charCodeAt(0)) && EDITOR_ROLE.test(text);
  // Not alone, only a page number, a date or an issue makes furniture, and each of those has a digit, 版 or a
  // weekday's or the lunar calendar's word: a line without one is no furniture, and is not read further (most of
  // a page's lines without a comma, an English text's, have none).
  if (!alone && !maybeEditors && !STRONG_SIGN.test(text)) return null;
  // A token of lowercase ASCII letters alone ("the") matches no token pattern either.
  let signal = false;
  let run = 0;
  let lowerRun = 0;
  let badToken = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (!signal && (code < 0x80 ? code >= 45 && code <= 47 : isFurnitureSignal(code))) signal = true;
    if (isSpaceCode(code) || isBar(code)) {
      if (run > 0 && lowerRun === run) badToken = true;
      run = 0;
      lowerRun = 0;
    } else {
      run++;
      if (code >= 97 && code <= 122) lowerRun++;
      if (run > MAX_TOKEN) badToken = true;
    }
    if (badToken && !maybeEditors) return null;
  }
  if (maybeEditors && editorsLine(text)) return [{ key: 'editors', value: text }];
  if (!signal || badToken) return null;
  // The test above let through a line that opens as an editors' line does: one that is none is asked here.
  if (!alone && !STRONG_SIGN.test(text)) return null;
  // The pieces a bar or a middle dot sets apart ("第3版 | 要闻", "要闻 · 第4版") stay apart; within one, tokens
  // of a kind read as one value.
  const spaced: { t: string; segment: number }[] = [];
  const pieces = text.split(BARS);
  for (let segment = 0; segment < pieces.length; segment++)
    for (const t of pieces[segment]!.split(/\s+/)) if (t.length > 0) spaced.push({ t, segment });
  if (spaced.length === 0 || spaced.length > 10) return null;
  const tokens: string[] = [];
  const kinds: (FurnitureKey | 'latin' | 'weekday')[] = [];
  const segments: number[] = [];
  let glued = false;
  for (const { t: token, segment } of spaced) {
    const kind = tokenKind(token);
    if (kind) {
      tokens.push(token);
      kinds.push(kind);
      segments.push(segment);
      continue;
    }
    const pieces = gluedPieces(token);
    if (!pieces) return null;
    glued = true;
    for (const piece of pieces) {
      tokens.push(piece.text);
      kinds.push(piece.kind);
      segments.push(segment);
    }
  }
  const strong = kinds.filter((k) => k === 'page' || k === 'date' || k === 'issue').length;
  const labels = kinds.filter((k) => k === 'label').length;
  if (labels > 0 && (strong === 0 || labels > 2)) return null;
  const papers = kinds.filter((k) => k === 'paper').length;
  // Pieces read out of a run of characters are furniture only where two page numbers or dates (a weekday is
  // not one) say so for certain, or one and a paper's name on a line that may hold a masthead (a folio that
  // lost its space, "第5版某某晚报", at the page's foot):
  // "2025年1月1日起施行" is a headline, "第2版新闻速览2012年7月27日" a running head that lost its spaces.
  if (glued && strong < 2 && !(strong === 1 && papers > 0 && labels === 0 && alone)) return null;
  if (strong === 0 && !(papers > 0 && alone)) return null;
  if (strong === 0 && papers === 0) return null;
  // Group consecutive tokens of one kind so "2021年2月23日 星期二" stays one verbatim date.
  const items: FurnitureItem[] = [];
  let prevKind: FurnitureKey | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const raw = kinds[i] ?? 'paper';
    const kind: FurnitureKey = raw === 'latin' ? 'paper' : raw === 'weekday' ? 'date' : raw;
    const token = tokens[i] ?? '';
    const last = items[items.length - 1];
    if (last && prevKind === kind && segments[i] === segments[i - 1]) last.value += ` ${token}`;
    else items.push({ key: kind, value: token });
    prevKind = kind;
  }
  return items;
}

const MARKER = new RegExp(
  `^[（(](?:上接|下转|接上|转至|紧接|续|接|转)第?[A-Za-z]?${NUM}{1,4}版[^（()）]{0,8}[）)]`,
);
const MARKER_END = new RegExp(
  `[（(](?:上接|下转|接上|转至|紧接|续|接|转)第?[A-Za-z]?${NUM}{1,4}版[^（()）]{0,8}[）)]$`,
);

/** A continuation marker at the start of the text ("（上接第一版）…"), or null. */
export function leadingMarker(text: string): string | null {
  const c = text.charCodeAt(0);
  if (c !== 0xff08 && c !== 0x28) return null; // （ (: text[0] would make a string per call
  const m = MARKER.exec(text.slice(0, 24));
  return m ? m[0] : null;
}

/** A continuation marker at the end of the text ("…。（下转第二版）"), or null. */
export function trailingMarker(text: string): string | null {
  const c = text.charCodeAt(text.length - 1);
  if (c !== 0xff09 && c !== 0x29) return null; // ） )
  const tail = text.slice(-24);
  const m = MARKER_END.exec(tail);
  return m ? m[0] : null;
}

export function isMarkerLine(text: string): boolean {
  const m = leadingMarker(text);
  return m !== null && m.length === text.length;
}

/** "上接" markers open an article on this page; "下转" ones close it. */
export function markerContinuesFromElsewhere(marker: string): boolean {
  return /^[（(](?:上接|接上|紧接|续|接)/.test(marker);
}

const SECTION_BULLET = /^[■□◆◇●○▲△▶►◼▪★☆]\s*([^\s]{2,16}?)(?:\s+[A-Za-z][A-Za-z\s]{0,30})?$/;
const SECTION_PINYIN = /^([\u4e00-\u9fff]{2,10})\s+[A-Z]{3,}(?:\s+[A-Z]{2,}){0,4}$/;

/** A section label ("■ 前沿观察 GUANCHUA" → "前沿观察"): the romanised name is dropped from the label. */
const BULLETS = '■□◆◇●○▲△▶►◼▪★☆';

const BULLET_CODES = new CodeSet(BULLETS);

/**
 * Without a bullet only SECTION_PINYIN can match: 2–10 Han characters, then whitespace, and a capital last.
 * Checks that shape on the last character and the first 11 before anything scans the whole line.
 */
function pinyinLabelStart(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (!(last >= 65 && last <= 90)) return false;
  let i = 0;
  while (i < 11 && i < text.length) {
    const code = text.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) break;
    i++;
  }
  return i >= 2 && i <= 10 && isSpaceCode(text.charCodeAt(i));
}

export function sectionLabel(text: string): string | null {
  if (text.length > 48) return null;
  if (!BULLET_CODES.has(text.charCodeAt(0)) && !(pinyinLabelStart(text) && text.includes(' '))) return null;
  const m = SECTION_BULLET.exec(text) ?? SECTION_PINYIN.exec(text);
  if (!m || !m[1]) return null;
  if (/[。，,！？]/.test(m[1])) return null;
  return m[1];
}
