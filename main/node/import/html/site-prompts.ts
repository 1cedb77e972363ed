// A site's calls to its readers set around an article: "Click here to subscribe", "Sign up for our newsletter",
// "Follow us on Twitter", "点击进入专题：…", "扫码关注…". Short lines of that kind before an article's running text or after
// it are the site's, not the article's; between its paragraphs they are left alone (a how-to's "Click Save to keep
// your changes" is text). An advertisement's label standing alone ("Advertisement", "Publicidad", "Anzeige", "广告")
// marks a slot the page's scripts fill, wherever it stands: no paragraph is that word.
import { holdsElementOf, type DomElement, type DomNode } from './dom.js';

const PROMPT =
  /^(?:click (?:here|to)|subscribe|sign up|sign in to|log in to|register (?:now|for)|follow us|like us on|share this|join (?:our|the) (?:newsletter|conversation)|download (?:our|the) app|点击(?:进入|查看|阅读|这里|此处|关注|订阅|下载)|扫码|扫描二维码|长按(?:识别|二维码)|关注(?:我们|公众号|微信)|欢迎(?:关注|订阅)|更多精彩|下载(?:客户端|APP))/iu;
const AD_LABEL =
  /^(?:advertisement|advertising|sponsored|anzeige|werbung|publicidad|publicité|pubblicità|publicidade|reklama|advertentie|mainos|реклама|广告|廣告|広告)$/iu;
/** A prompt is a line or two. */
const MAX_PROMPT_CHARS = 120;
/** A paragraph of running text is at least this long. */
const RUNNING_CHARS = 80;
const LEAF_NAMES = ['p', 'li', 'div', 'h2', 'h3', 'h4', 'h5', 'h6'];
const LEAF_BLOCKS = LEAF_NAMES.join(', ');
const LEAF_SET: ReadonlySet<string> = new Set(LEAF_NAMES);

function shown(node: DomNode): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A block holding text and no blocks of its own. */
function leaf(element: DomElement): boolean {
  return !holdsElementOf(element, LEAF_SET);
}

/** The article's content without the site's prompts to its readers around its running text, and its ad labels. */
export function withoutSitePrompts(root: DomElement): DomElement {
  const blocks = Array.from(root.querySelectorAll(LEAF_BLOCKS)).filter(leaf);
  const texts = blocks.map(shown);
  const first = texts.findIndex((text) => text.length >= RUNNING_CHARS);
  const last = texts.findLastIndex((text) => text.length >= RUNNING_CHARS);
  blocks.forEach((block, i) => {
    const text = texts[i]!;
    const aroundText = first < 0 || i < first || i > last;
    if (AD_LABEL.test(text) || (aroundText && text.length <= MAX_PROMPT_CHARS && PROMPT.test(text)))
      block.remove();
  });
  return root;
}
