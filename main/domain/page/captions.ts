// Picture captions dropped into the text flow: short, a sentence or two, set off by extra blank lines or
// naming where people stand in the picture.
import { CodeSet, ems, endsSentence, isHanLine, isWideCode } from './chars';
import { unclosedBrackets } from './headline';

const POSITION =
  /[（(](?:左|右|中|前排|后排|左起|右起|从左至右|自左至右|上|下)[一二三四五六七八九十\d]?[)）]/;
const PICTURE = /^(?:图为|图：|图:|上图|下图|左图|右图|图①|图②|图③|图片[：:])/;

/** Evidence that a short line describes a picture, whatever its surroundings. */
/** 图 上 下 左 右: the characters a PICTURE cue can start with. */
const PICTURE_FIRST = new CodeSet('图上下左右');

export function namesPicture(text: string): boolean {
  if (PICTURE_FIRST.has(text.charCodeAt(0)) && PICTURE.test(text)) return true;
  // POSITION needs an opening parenthesis with a position's first character after it: look for one before
  // running the pattern over the line (a Chinese paragraph's lines hold brackets often, "（社区）"). One scan
  // for both brackets: this is asked of every line of a page.
  return POSITION_OPENS.test(text) && POSITION.test(text);
}

/** An opening parenthesis and one of the characters POSITION's words start with (左 右 中 前 后 从 自 上 下). */
const POSITION_OPENS = /[（(][左右中前后从自上下]/;

// A photo's credit closes its caption: 新华社记者 王明 摄, （本报记者李华摄）, （资料图片）, "Photo: Name/Agency",
// "(AP Photo/Name)", "NAME/AGENCY", "Photograph by Name".
const ZH_CREDIT =
  /(?:[（(][^（）()]{0,14}(?:摄|摄影|供图|发|资料图片?)[）)]|[\s　][\u4e00-\u9fff·]{2,5}[\s　]*摄(?:影)?)$/;
const EN_CREDIT =
  /\b(?:Photo|Photograph|Picture)(?:graph)?(?: by [A-Z]|:\s*[A-Z])|\((?:[A-Z]{2,4} )?Photo\/|[A-Za-z.] ?\/ ?(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{2,}(?: [A-Z]{2,})?)\)?$/;

/** Evidence that a line ends a photo's caption: a photographer's or agency's credit. */
export function creditsPicture(text: string): boolean {
  const end = text.trimEnd();
  // Asked of paragraphs and of lines before a blank: the patterns, unanchored at the start, would try every
  // position of the text. A Chinese credit ends with 摄, 影 or a bracket; an English one names a photo or has a
  // slash.
  const last = end.charCodeAt(end.length - 1);
  const zh = last === 0xff09 || last === 0x29 || last === 0x6444 || last === 0x5f71; // ） ) 摄 影
  if (zh && ZH_CREDIT.test(end)) return true;
  return (end.includes('/') || end.includes('Photo') || end.includes('Picture')) && EN_CREDIT.test(end);
}

/**
 * A line is a caption when it is short, reads as a caption sentence and is marked as one: by a picture
 * cue, or by a blank gap wider than the text's usual one.
 */
export function isCaption(text: string, gapBefore: number, typicalGap: number): boolean {
  if (text.length > 90) return false;
  // Cheap tests first: this runs on every line of the page.
  const marked = namesPicture(text);
  if (!marked && gapBefore < Math.max(2, typicalGap + 1)) return false;
  if (ems(text, 70) > 64 || !isHanLine(text)) return false;
  const sentences = text.split(/[。！？]/).filter((s) => s.trim().length > 0).length;
  if (sentences > 2) return false;
  if (marked) return endsSentence(text) || !/[，,、]$/.test(text);
  return endsSentence(text);
}

/** The fewest ems a line needs to end a heading or a column: shorter, it is the wrapped end of a word or name. */
const MIN_EMS = 6;
/** How much narrower than the line under it, as a share and in ems, a line must be to stop short of it. */
const SHORT_SHARE = 0.8;
const SHORT_EMS = 3;
/** A clause's mark: a line ending in one goes on under it, whatever its width. */
const CLAUSE_END = /[，、；：]$/;
/**
 * Whether `before`, the line above `line` in a caption, stops short of it: the end of something else the caption
 * was run together with (a paragraph's last line, a heading, a column's last line), by the line model or by the
 * reflow where a credit closes the paragraph. In a Chinese column every line of running text but a paragraph's
 * last fills the column's width, so a line that stops well short of the next one, not at a clause's mark, ends
 * something; the caption starts under it.
 */
export function stopsShort(before: string, line: string): boolean {
  if (!isWideCode(before.charCodeAt(before.length - 1)) || CLAUSE_END.test(before)) return false;
  const [a, b] = [ems(before), ems(line)];
  return a >= MIN_EMS && a < SHORT_SHARE * b && b - a >= SHORT_EMS && unclosedBrackets(before) === 0;
}
