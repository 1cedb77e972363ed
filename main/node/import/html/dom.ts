// The few DOM shapes the importers read, typed here because main/node is compiled without the DOM library
// (it runs under plain Node): linkedom's nodes satisfy them.
import { DOMParser, parseHTML } from 'linkedom';

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  readonly children: ArrayLike<DomElement>;
  innerHTML: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  matches(selector: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
  removeChild(child: DomNode): DomNode;
  append(...nodes: DomNode[]): void;
  replaceWith(node: DomNode): void;
  insertBefore(node: DomNode, before: DomNode | null): void;
  cloneNode(deep: boolean): DomElement;
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  cloneNode(deep: boolean): DomDocument;
  createElement(name: string): DomElement;
}

const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** An HTML document; nothing in it runs or loads (linkedom has no script engine and fetches nothing). */
export function parseHtmlDocument(html: string): DomDocument {
  return (parseHTML(html) as unknown as { document: DomDocument }).document;
}

/** An XML document (OPF, NCX, container): entities are left as written, never expanded. */
export function parseXmlDocument(xml: string): DomDocument {
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as DomDocument;
}

/** An element's tag name without its namespace prefix ('dc:title' → 'title'). */
export function localNameOf(element: DomElement): string {
  return element.localName.slice(element.localName.indexOf(':') + 1).toLowerCase();
}

/** Every element under `root` with that local name, in document order, whatever its prefix. */
export function elementsNamed(root: DomDocument | DomElement, name: string): DomElement[] {
  return Array.from(root.querySelectorAll('*')).filter((element) => localNameOf(element) === name);
}

/** Whether `inner` is `outer` or stands anywhere under it. */
export function holds(outer: DomNode, inner: DomNode): boolean {
  for (let at: DomNode | null = inner; at; at = at.parentNode) if (at === outer) return true;
  return false;
}

/**
 * The words of an element's names (by default its id and classes): cut at spaces, `-`, `_` and a change to
 * capitals, in lower case ("authorBox post_meta" → author, box, post, meta).
 */
export function nameWords(element: DomElement, attributes = ['id', 'class']): string[] {
  const names = attributes.map((name) => element.getAttribute(name) ?? '').join(' ');
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/**
 * Whether an element that passes `test` stands anywhere under `root` (as `querySelector` would tell, without
 * compiling a selector at every call: on a long page that was a tenth of the reading).
 */
export function holdsElementWhere(root: DomNode, test: (element: DomElement) => boolean): boolean {
  const children = root.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (isElement(child) && (test(child) || holdsElementWhere(child, test))) return true;
  }
  return false;
}

/** Whether an element named in `names` stands anywhere under `root`. */
export function holdsElementOf(root: DomNode, names: ReadonlySet<string>): boolean {
  return holdsElementWhere(root, (element) => names.has(localNameOf(element)));
}

/** Elements whose text a page does not show. */
const UNSHOWN = new Set(['script', 'style', 'noscript']);

/** The text nodes a reader sees under `root`, in document order (not those of scripts and styles). */
export function textNodes(root: DomNode, out: DomNode[] = []): DomNode[] {
  for (const child of Array.from(root.childNodes)) {
    if (child.nodeType === TEXT_NODE) out.push(child);
    else if (isElement(child) && !UNSHOWN.has(localNameOf(child))) textNodes(child, out);
  }
  return out;
}

/** The first `limit` characters of the text a page shows (its scripts and styles aside): enough to tell its script. */
export function bodyText(document: DomDocument, limit: number): string {
  const parts: string[] = [];
  let length = 0;
  const walk = (node: DomNode): void => {
    for (const child of Array.from(node.childNodes)) {
      if (length >= limit) return;
      if (child.nodeType === TEXT_NODE) {
        const text = child.textContent ?? '';
        parts.push(text);
        length += text.length;
      } else if (isElement(child) && !UNSHOWN.has(localNameOf(child))) walk(child);
    }
  };
  if (document.body) walk(document.body);
  return parts.join('').slice(0, limit);
}
