// The page's language: what it declares (<html lang>, og:locale, Content-Language), when that is a language
// tag and agrees with the script its text is written in. Templates declare "en" on Chinese pages, and servers
// put a charset ("utf-8") or a word ("中文") where the tag goes; a page declaring nothing usable but written in
// Chinese, Japanese or Korean is said to be in it (among Latin-script languages nothing is guessed).

/** A BCP 47 tag in its common shapes ("zh", "zh-CN", "zh_CN", "zh-Hans-CN"); not "utf-8" or "中文". */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
/** Languages written in Han characters. */
const HAN_LANGUAGES = new Set(['zh', 'cmn', 'yue', 'wuu', 'lzh', 'hak', 'nan', 'gan', 'hsn']);

type Script = 'han' | 'kana' | 'hangul' | 'other';

/** What script most of the text's letters are in, by counts of Han, kana, Hangul and other letters. */
function scriptOf(text: string): Script | null {
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let letters = 0;
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (/\p{Script=Han}/u.test(ch)) han++;
    else if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)) kana++;
    else if (/\p{Script=Hangul}/u.test(ch)) hangul++;
  }
  if (letters < MIN_LETTERS) return null;
  // Latin letters in a Chinese page's text are words (names, figures' units): a third Han is Chinese writing.
  if (hangul > han + kana && hangul >= letters * CJK_SHARE) return 'hangul';
  if (kana >= letters * KANA_SHARE) return 'kana';
  if (han >= letters * CJK_SHARE) return 'han';
  return 'other';
}
const MIN_LETTERS = 20;
const CJK_SHARE = 0.3;
/** Japanese writes a fifth of its text in kana at least; Chinese none. */
const KANA_SHARE = 0.1;

function agrees(tag: string, script: Script | null): boolean {
  const primary = tag.split('-')[0]!.toLowerCase();
  if (script === null) return true;
  if (script === 'han') return HAN_LANGUAGES.has(primary);
  if (script === 'kana') return primary === 'ja';
  if (script === 'hangul') return primary === 'ko';
  return !HAN_LANGUAGES.has(primary) && primary !== 'ja' && primary !== 'ko';
}

const SCRIPT_LANGUAGE: Record<Script, string | null> = { han: 'zh', kana: 'ja', hangul: 'ko', other: null };

/** The first declared tag that is one and agrees with the text; else the language of the text's script. */
export function pageLanguage(declared: readonly (string | null)[], text: string): string | null {
  const script = scriptOf(text);
  for (const value of declared) {
    const tag = value?.trim().replace(/_/g, '-');
    if (tag && LANGUAGE_TAG.test(tag) && agrees(tag, script)) return tag;
  }
  return script ? SCRIPT_LANGUAGE[script] : null;
}
