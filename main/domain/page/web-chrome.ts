// What a web page prints around its article and what comes along when the article is copied from it: the share
// and print buttons, the font-size switch, an advertisement's label, the editor's footnote, a list of links to
// other articles, a newsletter's prompt. None of it is the article's. Read as text, a button's label stood as a
// headline and cut the article in two, the footnote and the links ran into its last paragraph. Each such line is
// the page's furniture, kept in `meta` under `web`.
import { CodeSet, endsSentence } from './chars';
import { isHeadlineCandidate } from './headline';
import type { LineRole } from './line-role';
import type { FurnitureItem } from './furniture';
import { PageLines } from './lines';

/** A sharing service's name, as a share button names it. */
const SERVICE = '(?:微信|朋友圈|微博|新浪微博|QQ空间|QQ|豆瓣|知乎|复制链接|更多)';
/**
 * Buttons and switches no page prints as anything else: a share button naming where it shares to ("分享到：",
 * "Share on Facebook"), the font-size switch, a button in its 【】 ("【打印】").
 */
const OWN_BUTTON = `(?:${[
  `(?:一键)?分享(?:到|至)[：:]?(?:\\s*${SERVICE})*`,
  `分享[：:](?:\\s*${SERVICE})*`,
  '打印本页|关闭窗口|返回顶部|我要纠错|分享让更多人看到|阅读原文|写留言',
  '字[号体][：:]?\\s*(?:[大中小]\\s*){2,3}|字[号体][：:]?\\s*T\\s*\\|\\s*T|[大中小]字号',
  '【(?:分享|打印|关闭|纠错|收藏|评论)】',
  '(?:阅读|赞同|点赞|喜欢|收藏)\\s*[\\d.]+万?\\+?|[\\d.]+万?\\+?\\s*条评论',
  'Share (?:on|via|to) [A-Za-z+]+|Share (?:this|full) (?:article|story|page)|Copy link|Save for later',
  'Gift this article|Reuse this content|Leave a (?:comment|reply)|Skip to (?:main )?content',
  '(?:← )?Previous (?:post|article)|Next (?:post|article)(?: →)?',
  'Listen to this article(?:\\s*·\\s*[\\d:]+\\s*min)?|\\d{1,2} min read',
].join('|')})`;
/**
 * A button's word alone, which a page may print as a label or a word of its text too ("Comment" over an opinion
 * piece, "收藏" over a collector's column): a button only beside another.
 */
const WORD_BUTTON = `(?:${[
  'Share|Tweet|E-?mail|Print|Comments?|Save|Like|Follow',
  '分享|打印|关闭|纠错|收藏|评论|点赞|在看|留言|喜欢|赞同|关注|举报',
].join('|')})`;
const BUTTON = `【?(?:${OWN_BUTTON}|${WORD_BUTTON})】?`;
/**
 * A line of buttons only, side by side or split by bars and dots. The separator is a bar with the spaces around
 * it, or spaces alone: one way to read each gap, so a long line of buttons that fails at its end is given up in
 * linear time (two optional runs of spaces beside an optional bar could split a gap in as many ways as it has
 * spaces, and a line of them in the product of those).
 */
const BUTTONS = new RegExp(`^${BUTTON}(?:(?:\\s*[|｜·•]\\s*|\\s*)${BUTTON})*$`, 'i');
const OWN_BUTTON_IN = new RegExp(OWN_BUTTON, 'i');
const WORD_BUTTONS = new RegExp(`^${WORD_BUTTON}$`, 'i');

/**
 * Whether line `i` is a button's word alone: a button where other buttons stand beside it, a label elsewhere. Its
 * length is read before its text is cut out: this is asked of every line of a page.
 */
function isWordButton(lines: PageLines, i: number): boolean {
  return lines.end(i) - lines.start(i) <= MAX_WORD_BUTTON && WORD_BUTTONS.test(lines.text(i));
}
const MAX_WORD_BUTTON = 8;
const ADVERT = /^(?:advertisement|advert|sponsored content|supported by)$/i;
/** A post's tags or categories as a blog lists them ("Tags: walking, city", "标签：城市 老街"). */
const TAGS = /^(?:Tags|Tagged|Categories|Filed under|标签|分类)[：:]\s*[^。.!?！？]{1,60}$/;
/** A picture's credit as a site labels it for screen readers ("Image source, Getty Images"). */
const PICTURE_SOURCE = /^Image source, [^.]{2,60}$/;
/**
 * An editor's footnote, in brackets or not: "（责任编辑：王明）", "(Reporting by Jane Doe; Editing by John Roe)".
 */
const EDITOR = [
  /^[（(【[]?(?:责任编辑|责编|编辑|审核|初审|复审|终审)[：:]\s*[^，。；()（）]{2,30}[）)】\]]?$/,
  /^\(?(?:(?:Additional )?(?:Reporting|Writing) by [^;()]{2,60};\s*)*(?:Edit(?:ing|ed) by|Editor:)\s*[^;()]{2,60}\)?$/i,
];
/** The heading of a list of links, with the one link it may hold on its line ("Read more: …", "相关阅读："). */
const LINKS = new RegExp(
  `^【?(?:${[
    '相关(?:阅读|新闻|报道|链接|文章)|延伸阅读|推荐阅读|热门推荐|更多精彩',
    'Related(?: (?:articles|stories|coverage|content|reading|topics))?|Explore more on these topics',
    'Read more|Read next|More on this story|Most read|Recommended|You may also like',
  ].join('|')})】?(?:[：:]\\s*(.*)|\\s*)$`,
  'i',
);
/** A newsletter's, an app's or an account's prompt. */
const PROMPT =
  /^(?:(?:Sign up|Subscribe)\b.{0,60}\b(?:newsletters?|updates|alerts|briefing)\.?|(?:扫一扫|扫码|长按识别|点击下载|下载客户端|关注我们|关注公众号|欢迎关注)[^。]{0,30})$/i;
/**
 * What such a line opens with: the first character turns away most lines of a page, these words nearly all the
 * rest (Han lines open with 在, 一, 下 as often as a button does), before any pattern is tried.
 */
const OPENING = new CodeSet(
  '分大中小一打关我纠收评返字【[（(推责编审初复终阅写点在留相延热更扫长下欢喜赞举0123456789ASTEPCGRMWYLFI←NT标',
);
const OPENING_WORD = new RegExp(
  `^(?:${[
    '[【[（(]|[大中小]字号|分享|一键|打印|关闭|我要|纠错|收藏|评论|返回|字[号体]|推荐|喜欢|赞同|举报',
    '[\\d.]+万?\\+?\\s*条评论|责任|责编|编辑|审核|[初复终]审|阅读|写留言|点赞|在看|留言|相关|延伸|热门|更多',
    '扫|长按|点击|下载|关注|欢迎|标签|分类',
    'Share|Tweet|E-?mail|Print|Comment|Save|Like|Follow|Copy|Gift|Reuse|Explore|Image source|Leave|← ',
    'Previous|Next|Tags|Tagged|Categories|Filed under|Skip|Listen|\\d{1,2} min|Advert|Sponsored|Supported',
    'Edit|Reporting|Writing|Additional|Related|Read|More|Most|Recommended|You may|Sign up|Subscribe',
  ].join('|')})`,
  'i',
);
const MAX_LENGTH = 80;

/** The web page's furniture a line is, or null when the line is not such furniture. */
export function webChrome(text: string): FurnitureItem | null {
  if (text.length > MAX_LENGTH || !OPENING.has(text.charCodeAt(0)) || !OPENING_WORD.test(text)) return null;
  const links = LINKS.exec(text);
  const chrome =
    (BUTTONS.test(text) && (OWN_BUTTON_IN.test(text) || !WORD_BUTTONS.test(text))) ||
    ADVERT.test(text) ||
    PICTURE_SOURCE.test(text) ||
    TAGS.test(text) ||
    PROMPT.test(text) ||
    EDITOR.some((pattern) => pattern.test(text)) ||
    (links !== null && !endsSentence(links[1] ?? ''));
  return chrome ? { key: 'web', value: text } : null;
}

/**
 * Whether a line already read as web furniture heads a list of links, the links under it on lines of their own
 * ("相关阅读：", "Related").
 */
function headsLinkList(text: string): boolean {
  const links = LINKS.exec(text);
  return links !== null && (links[1] ?? '') === '';
}

/**
 * Lines that are a web page's furniture by what stands beside them: the links a page lists under "相关阅读：" or
 * "Related", and a button's word alone in a run of buttons ("分享" over "收藏") or under the credit line.
 */
export function webFurnitureBesideIt(lines: PageLines): void {
  linksUnderHeadings(lines);
  for (let i = 0; i < lines.length; i++) {
    if (lines.kind(i) !== 'text' || !isWordButton(lines, i)) continue;
    const beside = (j: number): boolean =>
      j >= 0 && j < lines.length && (isWordButton(lines, j) || isWebRole(lines.role(j)));
    // Under the article's credit line, a share button stands where nothing of the article would.
    const underCredit = lines.kind(i - 1) === 'byline';
    if (
      (lines.gapBefore(i) <= 1 && (beside(i - 1) || underCredit)) ||
      (lines.gapBefore(i + 1) <= 1 && beside(i + 1))
    )
      lines.setRole(i, webRole(lines.text(i)));
  }
}

/**
 * The links a web page lists under "相关阅读：" or "Related", one headline to a line: other articles' headlines, not
 * this article's text nor a new article's. The list ends at a line that ends a sentence, and before a headline
 * with a credit or text under it: the next article, pasted after this one.
 */
function linksUnderHeadings(lines: PageLines): void {
  for (let i = 0; i < lines.length; i++) {
    if (!isWebRole(lines.role(i)) || !headsLinkList(lines.text(i))) continue;
    for (let j = i + 1; j < lines.length && lines.gapBefore(j) <= 1 && lines.kind(j) === 'text'; j++) {
      const text = lines.text(j);
      if (endsSentence(text) || !isHeadlineCandidate(text) || headsArticle(lines, j + 1)) break;
      lines.setRole(j, webRole(text));
      i = j;
    }
  }
}

/** Whether line `i` is a credit or text, which a headline over it heads. */
function headsArticle(lines: PageLines, i: number): boolean {
  return i < lines.length && (lines.kind(i) === 'byline' || endsSentence(lines.text(i)));
}

function webRole(text: string): LineRole {
  return { kind: 'furniture', items: [{ key: 'web', value: text }] };
}

/** Whether a line's role is a web page's furniture, as webChrome and the passes beside it set it. */
function isWebRole(role: LineRole | undefined): role is Extract<LineRole, { kind: 'furniture' }> {
  return role?.kind === 'furniture' && role.items.some((item) => item.key === 'web');
}

/**
 * The page's lines without a web page's furniture, which goes to `meta`: both readings of the page then see the
 * article as the site printed it. Between a headline and its text, a button stood where a deck or a caption
 * would, and the article was cut there; read beside buttons, the model took a paragraph for a photo's caption.
 * A blank line the furniture stood between is kept. The same table when the page has no such furniture.
 */
export function withoutWebFurniture(lines: PageLines): { lines: PageLines; meta: Record<string, string[]> } {
  const meta: Record<string, string[]> = {};
  let view: PageLines | null = null;
  let gap = 0;
  for (let i = 0; i < lines.length; i++) {
    const role = lines.role(i);
    if (isWebRole(role)) {
      if (!view) {
        view = new PageLines(lines.page);
        for (let k = 0; k < i; k++) copyLine(lines, k, view, lines.gapBefore(k));
      }
      for (const item of role.items) (meta[item.key] ??= []).push(item.value);
      gap = Math.max(gap, lines.gapBefore(i));
      continue;
    }
    if (view) copyLine(lines, i, view, Math.max(gap, lines.gapBefore(i)));
    gap = 0;
  }
  return { lines: view ?? lines, meta };
}

function copyLine(from: PageLines, i: number, to: PageLines, gapBefore: number): void {
  to.add(from.start(i), from.end(i), to.length === 0 ? 0 : gapBefore, from.indent(i));
  const role = from.role(i);
  if (role) to.setRole(to.length - 1, role);
}
