// A web page's byline as the reader should see it: Readability takes the first short element whose class says
// "author" or "byline", and <meta name="author"> is whatever a template put there, so a byline may come with
// the editor's credit, the time of publishing, a copyright box, a user number or a placeholder address. What
// names no author is dropped; what comes with a name is cut off it.

/** "责任编辑：X", "[责任编辑：X PK155]": the editor, who is not the author. */
const EDITOR =
  /[[【(（]\s*(?:责任编辑|责编|编辑|editor)\s*[：:][^\]】)）]*[\]】)）]|(?:责任编辑|责编|编辑|editor)\s*[：:]\s*\S*/giu;
/** Where the time of publishing or the source begins: the author's name stands before it. */
const AFTER_NAME = /\s*(?:发布时间|发表时间|更新时间|时间|日期|来源|published|updated)\s*[：:].*$/isu;
/** A name's label: "作者：", "记者：", "By". */
const LABEL = /^(?:作者|记者|文|撰文|by)\s*[：:]?\s*/iu;
/** Said of an author nobody named. */
const NOBODY = /^(?:未知|佚名|匿名|unknown|anonymous|admin|administrator)$/iu;
/**
 * A copyright line, a box of site text, a breadcrumb ("当前位置：… > …"), a user number or an address, or a
 * label with nothing after it ("转载请注明：").
 */
const NOT_A_NAME = /©|版权|copyright|all rights reserved|@|^\d+$|[>›»]|当前位置|您的位置|[：:]$/iu;
/** Longer than this, a byline is a paragraph or a box of the site's text. */
const MAX_CHARS = 80;
/** Longer than this before the editor and the time are cut off, it is one too (and is not searched). */
const MAX_FIELD_CHARS = 240;

/**
 * Whether the name is the site's: its name, or a part of the <title> beside the headline that is the name or,
 * in Chinese, starts with it ("网易" of "…_网易新闻").
 */
function namesSite(name: string, siteNames: readonly string[]): boolean {
  const key = name.toLowerCase();
  return siteNames.some((site) => {
    const other = site.trim().toLowerCase();
    return other === key || (/\p{Script=Han}/u.test(key) && key.length >= 2 && other.startsWith(key));
  });
}

/** The author a byline or an author field names, or null when it names none (or names the site). */
export function credibleByline(text: string | null, siteNames: readonly string[]): string | null {
  if (!text || text.length > MAX_FIELD_CHARS) return null;
  const cut = text.replace(EDITOR, ' ').replace(AFTER_NAME, '').replace(/\s+/g, ' ').trim();
  const name = cut.replace(LABEL, '').trim();
  if (name === '' || NOBODY.test(name) || NOT_A_NAME.test(name) || name.length > MAX_CHARS) return null;
  return namesSite(name, siteNames) ? null : cut;
}
