/**
 * Undoes what text extractors do to CJK and Latin text before any parser sees it, so that the canonical text
 * (what annotations point into and search reads) holds the characters a reader sees. The original file is kept
 * as it was; only the parsed text is normalised.
 */

import { writesSimplifiedChinese } from './han-script.js';
import { repairMojibake } from './mojibake.js';

/**
 * CJK Radicals Supplement code points that PDF fonts map their glyphs to (pdf.js passes them through), each with
 * the ideograph a reader sees: the Equivalent_Unified_Ideograph property of the Unicode Character Database
 * (EquivalentUnifiedIdeograph.txt, U+2E81–U+2EF3; U+2E80 and U+2E9A have none). Kangxi radicals (U+2F00–U+2FD5)
 * and compatibility ideographs are mapped by Unicode's own decompositions instead. Written as radical+ideograph
 * pairs separated by spaces (some ideographs lie outside the BMP, so pairs are split by code point).
 */
const RADICAL_PAIRS =
  '⺁厂 ⺂乛 ⺃乚 ⺄乙 ⺅亻 ⺆冂 ⺇𠘨 ⺈刀 ⺉刂 ⺊卜 ⺋㔾 ⺌小 ⺍小 ⺎兀 ⺏尣 ⺐尢 ⺑𡯂 ⺒巳 ⺓幺 ⺔彑 ' +
  '⺕彐 ⺖忄 ⺗心 ⺘扌 ⺙攵 ⺛旡 ⺜日 ⺝月 ⺞歺 ⺟母 ⺠民 ⺡氵 ⺢氺 ⺣灬 ⺤爫 ⺥爫 ⺦丬 ⺧牛 ⺨犭 ⺩王 ' +
  '⺪𤴔 ⺫目 ⺬示 ⺭礻 ⺮𥫗 ⺯糹 ⺰纟 ⺱罓 ⺲罒 ⺳㓁 ⺴冗 ⺵𦉫 ⺶羊 ⺷𦍌 ⺸𦍋 ⺹耂 ⺺肀 ⺻聿 ⺼肉 ⺽𦥑 ' +
  '⺾艹 ⺿艹 ⻀艹 ⻁虎 ⻂衤 ⻃覀 ⻄西 ⻅见 ⻆角 ⻇𧢲 ⻈讠 ⻉贝 ⻊𧾷 ⻋车 ⻌辶 ⻍辶 ⻎辶 ⻏邑 ⻐钅 ⻑長 ' +
  '⻒镸 ⻓长 ⻔门 ⻕𨸏 ⻖阝 ⻗雨 ⻘青 ⻙韦 ⻚页 ⻛风 ⻜飞 ⻝食 ⻞𩙿 ⻟飠 ⻠饣 ⻡𩠐 ⻢马 ⻣骨 ⻤鬼 ⻥鱼 ' +
  '⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾 ⻫斉 ⻬齐 ⻭歯 ⻮齿 ⻯竜 ⻰龙 ⻱龜 ⻲亀 ⻳龟';

const RADICAL_FORMS: ReadonlyMap<string, string> = new Map(
  RADICAL_PAIRS.split(' ').map((pair) => {
    const [radical = '', ideograph = ''] = [...pair];
    return [radical, ideograph];
  }),
);

/** Radical and compatibility code points: Kangxi radicals, the supplement, compatibility ideographs (BMP and SIP). */
const IDEOGRAPH_VARIANT = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff\u{2f800}-\u{2fa1f}]/gu;

function unifiedIdeograph(ch: string): string {
  const listed = RADICAL_FORMS.get(ch);
  if (listed) return listed;
  const code = ch.codePointAt(0) ?? 0;
  // Kangxi radicals decompose only under compatibility normalisation; compatibility ideographs canonically.
  return code >= 0x2f00 && code <= 0x2fdf ? ch.normalize('NFKC') : ch.normalize('NFC');
}

/**
 * A Kangxi radical a simplified-Chinese font draws as a simplified ideograph that has no code point in the
 * supplement: such a font shares the door radical's glyph with 户, and a PDF maps the glyph back to the lower code
 * point, U+2F3E, which Unicode decomposes to the traditional 戶. A page in simplified Chinese reads 户 there.
 */
const DOOR_RADICAL = '\u2f3e';

/**
 * Soft hyphens (with the line break after one: the word goes on), zero-width spaces, word joiners and stray byte
 * order marks. Zero-width joiners and non-joiners stay: emoji sequences and several scripts need them.
 */
const INVISIBLE = /\u00ad[ \t]*(?:\r\n|\r|\n)[ \t\u3000]*|[\u00ad\u200b\u2060\ufeff]/gu;

const HALF_TO_FULL: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/** A Han character, CJK punctuation or a curly quote: what stands beside punctuation in Chinese writing. */
const CJK_SIDE = '[\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef“”‘’]';
const CJK_CHAR = new RegExp(CJK_SIDE, 'u');
/** Half-width punctuation before a CJK character; it is between two when a CJK character also stands before it
 * (looked at by hand: a pattern opening with a look behind is tried at every character of the page). */
const HALF_WIDTH_BEFORE_CJK = new RegExp(`[,;:?!()](?=${CJK_SIDE})`, 'gu');
const afterCjk = (text: string, at: number): boolean => CJK_CHAR.test(text[at - 1] ?? '');
const FULL_WIDTH_PUNCTUATION = /[，；：？！]/gu;

/**
 * Whether the page writes Chinese punctuation half-width throughout (some e-paper dumps do): only then is a comma
 * between two Han characters a Chinese comma. A page that mixes both keeps what it wrote.
 */
function writesCjkPunctuationHalfWidth(text: string): boolean {
  let half = 0;
  HALF_WIDTH_BEFORE_CJK.lastIndex = 0;
  for (let found = HALF_WIDTH_BEFORE_CJK.exec(text); found; found = HALF_WIDTH_BEFORE_CJK.exec(text))
    if (afterCjk(text, found.index)) half++;
  if (half < 3) return false;
  let full = 0;
  FULL_WIDTH_PUNCTUATION.lastIndex = 0;
  while (FULL_WIDTH_PUNCTUATION.exec(text) && full * 10 <= half) full++;
  return full * 10 <= half;
}

/**
 * Justified CJK lines set with letter spacing come out of extractors with a space between every character
 * ("守 拙 。 而 在 南"). Four or more characters spaced one by one are such a line; two words separated by one
 * space ("送你一双鞋 走好人生路") are not touched.
 */
const LETTER_SPACED = new RegExp(`(?:${CJK_SIDE} ){3,}${CJK_SIDE}`, 'gu');

/**
 * The text with its letter-spaced runs closed up. Where a gutter (two spaces or more) follows a run on its row, as
 * in a column reader's text, the spaces taken out go into that gutter: the columns right of it start where they
 * stood on the character grid, which is how the reader tells them apart.
 */
function closeLetterSpacing(text: string): string {
  let out = '';
  let copied = 0;
  // Spaces owed to the next gutter on the row, and where that gutter is.
  let owed = 0;
  let gutter = -1;
  const payUpTo = (at: number): void => {
    if (owed > 0 && gutter < at) {
      out += text.slice(copied, gutter) + ' '.repeat(owed);
      copied = gutter;
      owed = 0;
    }
  };
  LETTER_SPACED.lastIndex = 0;
  for (let found = LETTER_SPACED.exec(text); found; found = LETTER_SPACED.exec(text)) {
    const end = found.index + found[0].length;
    const closed = found[0].replaceAll(' ', '');
    payUpTo(found.index);
    out += text.slice(copied, found.index) + closed;
    copied = end;
    const next = text.indexOf('  ', end);
    const lineEnd = text.indexOf('\n', end);
    if (next >= 0 && (lineEnd < 0 || next < lineEnd)) {
      owed += found[0].length - closed.length;
      gutter = next;
    }
  }
  payUpTo(Infinity);
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * The Chinese dash (破折号) is two em dashes; one GB2312 mapping (and the fonts and PDFs made with it) writes it
 * with the horizontal bar U+2015 instead, also in ranges ("1―10月"). After a CJK character or a digit, before a CJK
 * character, or beside another dash it is the em dash.
 */
const BAR_AS_DASH = new RegExp(`(?<=${CJK_SIDE}|[—―\\d])―|―(?=${CJK_SIDE}|[—―])`, 'gu');
const BAR = '―';

/**
 * Chinese typesetting never opens a line with a comma, a full stop or a closing bracket or quote (行首禁则); an
 * extractor that reads such a glyph as a run of its own (pdftotext -raw does, at every 》， and 。) breaks the
 * line before it. That break is undone: the mark goes back to the end of the line it closes.
 */
const BREAK_BEFORE_CLOSING = /\r?\n[ \t\u3000]*(?=[，。、；：！？）》」』】〉”’])/g;

/** The text with every such break removed, with the spaces that end the line before it. */
function joinBreaksBeforeClosing(text: string): string {
  let out = '';
  let copied = 0;
  BREAK_BEFORE_CLOSING.lastIndex = 0;
  for (let found = BREAK_BEFORE_CLOSING.exec(text); found; found = BREAK_BEFORE_CLOSING.exec(text)) {
    let start = found.index;
    while (start > copied && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    if (!afterCjk(text, start)) continue;
    out += text.slice(copied, start);
    copied = found.index + found[0].length;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * Whether a page's door radicals read 户: it holds one and writes simplified Chinese, told from its characters once
 * the other radicals read as ideographs (长, 门, 见).
 */
export function readsDoorAsSimplified(page: string): boolean {
  return (
    page.includes(DOOR_RADICAL) && writesSimplifiedChinese(page.replace(IDEOGRAPH_VARIANT, unifiedIdeograph))
  );
}

/**
 * `doorAsSimplified`: readsDoorAsSimplified of the whole page, where `text` is one of its lines (a line alone
 * rarely tells the script); of `text` itself when left out.
 */
export function normalizeExtractedText(text: string, doorAsSimplified?: boolean): string {
  let out = joinBreaksBeforeClosing(repairMojibake(text).replace(INVISIBLE, ''));
  if (out.includes(DOOR_RADICAL) && (doorAsSimplified ?? readsDoorAsSimplified(out)))
    out = out.replaceAll(DOOR_RADICAL, '户');
  out = out.replace(IDEOGRAPH_VARIANT, unifiedIdeograph);
  if (out.includes(BAR)) out = out.replace(BAR_AS_DASH, '—');
  out = closeLetterSpacing(out);
  if (writesCjkPunctuationHalfWidth(out))
    out = out.replace(HALF_WIDTH_BEFORE_CJK, (p: string, at: number, all: string) =>
      afterCjk(all, at) ? (HALF_TO_FULL[p] ?? p) : p,
    );
  return out;
}
