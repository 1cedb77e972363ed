// Running heads and folios of English-language pages ("Page 14 Friday, August 12, 2016 Vol. 46, No. 21,274",
// "A4 | THE DAILY NEWS | Monday, March 3, 2025") and the masthead above them. They are kept whole, verbatim,
// in the page's meta: their parts are printed in too many orders to be worth naming one by one.

const WEEKDAY = String.raw`(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Satu?r?|Sun)(?:day)?\.?`;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const YEAR = String.raw`(?:1[89]|20)\d\d`;
/** Pieces that only page furniture prints: a date, a page, volume or issue number, an edition. */
const whole = (pattern: string): string => `(?<![\\w])${pattern}(?![\\w])`;
const STRONG = new RegExp(
  [
    String.raw`${WEEKDAY},?`,
    String.raw`${MONTH} \d{1,2}(?:st|nd|rd|th)?,?(?: ${YEAR})?`,
    String.raw`\d{1,2} ${MONTH},?(?: ${YEAR})?`,
    String.raw`${YEAR}`,
    String.raw`(?:Page|Pg\.?|P\.) ?[A-Z]?\d{1,3}`,
    String.raw`[A-Z]\d{1,2}`,
    String.raw`(?:Vol(?:ume)?\.?|No\.|Issue|Number) ?[\dIVXLC][\d,]*,?`,
    String.raw`(?:Late|Early|Final|Weekend|City|National|International) Edition`,
  ]
    .map(whole)
    .join('|'),
  'g',
);
/**
 * Pieces a running head set apart in pieces (wide spaces or separators between them) prints too: a date in
 * capitals ("TUESDAY, MARCH 11, 2025"), the cover price. A headline has them as well ("Fares Rise To $2.50 On
 * Monday", "SAT SCORES FALL IN 2025"), but not set apart.
 */
const PIECED_STRONG = new RegExp(
  [
    String.raw`(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY,?`,
    String.raw`(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER) \d{1,2},?(?: ${YEAR})?`,
    String.raw`VOL(?:UME)?\.? ?(?:[IVXLC]+|\d[\d,]*),?`,
    String.raw`[£$€]\d{1,2}(?:\.\d\d)?`,
  ]
    .map(whole)
    .join('|'),
  'g',
);
/** Pieces set apart: two spaces or more, or a separator between spaces. */
const PIECED = /\S {2,}\S|\s[|•·]\s/;
const DIGIT = /\d/;
/**
 * A character no Latin running head holds (CJK text, full-width forms). Asked only of a line with a digit, which
 * most lines lack: one pattern asking for both (a digit among characters outside these) ran to the end of every
 * line and back, where the scan for a digit reads an English line once.
 */
const OUTSIDE_LATIN = /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/;
/** A code unit OUTSIDE_LATIN matches: a Chinese line is answered by its first, before any pattern runs. */
function outsideLatin(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}
const SEPARATORS = /[|•·/,:]+/g;
/** What may stand beside the strong pieces: a paper or section name, capitalised words only. */
const NAME_WORD = /^(?:[A-Z][A-Za-z'&.]*|of|the|and|&)$/;
/** A page's number alone, beside them in a running head set apart in pieces. */
const FOLIO_NUMBER = /^\d{1,3}$/;

function onlyNames(rest: string, maxWords: number, pieced = false): boolean {
  const words = rest
    .replace(SEPARATORS, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  return (
    words.length <= maxWords && words.every((w) => NAME_WORD.test(w) || (pieced && FOLIO_NUMBER.test(w)))
  );
}

const FOLIO = /^(?:Page|Pg\.?) ?[A-Z]?\d{1,3}$/;

/**
 * Where the pieces of a running head that a web page sets in separate elements meet once converted to text
 * without spaces ("Page 5In BriefWednesday, March 6, 2013The Ledger", "No. 18,231C5", "2014D3Vol. 12": a
 * section's page wherever it stands).
 */
const GLUED_PIECES = /(?<=[a-z])(?=[A-Z])|(?<=\d)(?=[A-Z][a-z]|[A-Z]\d{1,2}(?![\d,]))/g;

/**
 * Whether the line is a running head or folio of a Latin-script page, its pieces spaced or glued. `setApart`: the
 * line is known to stand apart as running heads do (a PDF page's head or foot band, in small type), though its pieces are
 * not spaced widely in the text.
 */
export function isLatinRunningHead(text: string, setApart = false): boolean {
  // Asked of every short line of a page: a line with CJK text or without a digit (every piece but a weekday or
  // an edition has one) is answered before the pattern scan.
  if (text.length > 100 || outsideLatin(text.charCodeAt(0)) || !DIGIT.test(text) || OUTSIDE_LATIN.test(text))
    return false;
  if (spacedRunningHead(text, setApart)) return true;
  const spaced = text.replace(GLUED_PIECES, ' ');
  return spaced !== text && spacedRunningHead(spaced, setApart);
}

function spacedRunningHead(text: string, setApart: boolean): boolean {
  if (/[.!?]["”’)]?$/.test(text.replace(/\b(?:No|Vol|Pg|P)\.$/, ''))) return false;
  let strong = 0;
  const count = (): string => {
    strong++;
    return ' ';
  };
  const pieced = setApart || PIECED.test(text);
  let rest = text.replace(STRONG, count);
  // A line holding nothing else is set apart too ("TUESDAY, MARCH 4, 2025" on a line of its own).
  if (pieced || rest.replace(PIECED_STRONG, '').replace(SEPARATORS, '').trim() === '')
    rest = rest.replace(PIECED_STRONG, count);
  // One date alone is as likely a wire dateline broken by a narrow column ("March 4 - Thomas"); a page's
  // number alone on its line is a folio.
  if (strong === 1 && FOLIO.test(text)) return true;
  return strong >= 2 && !/\s[-\u2014\u2013]\s/.test(text) && onlyNames(rest, 6, pieced);
}

/** A masthead: a paper's name of one to five capitalised words, with nothing a sentence or headline has. */
export function isLatinMasthead(text: string): boolean {
  return text.length <= 40 && /^[A-Z]/.test(text) && !/\d/.test(text) && onlyNames(text, 5);
}
