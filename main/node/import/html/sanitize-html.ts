// DOMPurify over linkedom. DOMPurify reads every node through the getters on the prototypes of the window's
// Node and Element (so that a clobbered property cannot lie to it); linkedom keeps parentNode, ownerDocument
// and nodeType as fields of each node instead, so those lookups find nothing and DOMPurify, taking every node
// for detached, returns its input untouched. The window handed to it here has prototypes whose getters read
// linkedom's fields, and a node iterator that does not depend on `this`; the tests check that scripts,
// handlers and remote loads really go.
import createDOMPurify, { type Config } from 'dompurify';
import { NodeFilter, parseHTML } from 'linkedom';
import { type DomElement } from './dom.js';
import { REMOTE_SRC_ATTRIBUTE } from './html-blocks.js';

const NODE_READS = ['nodeType', 'nodeName', 'ownerDocument'];
const ELEMENT_READS = ['parentNode', 'childNodes', 'nextSibling', 'attributes', 'namespaceURI', 'shadowRoot'];
const ELEMENT_CALLS = ['cloneNode', 'remove', 'removeAttributeNode'];

function readingPrototype(reads: string[], calls: string[] = []): object {
  const prototype: PropertyDescriptorMap = {};
  for (const name of reads)
    prototype[name] = {
      get(this: Record<string, unknown>) {
        return this[name];
      },
    };
  for (const name of calls)
    prototype[name] = {
      value(this: Record<string, (...args: unknown[]) => unknown>, ...args: unknown[]) {
        return this[name]!(...args);
      },
    };
  return Object.defineProperties({}, prototype);
}

interface LinkedomPage {
  window: Record<string, unknown>;
  document: Record<string, unknown>;
}

const blankPage = (): LinkedomPage =>
  parseHTML('<!doctype html><html><head></head><body></body></html>') as unknown as LinkedomPage;

function purifier(): ReturnType<typeof createDOMPurify> {
  const { window, document } = blankPage();
  Object.defineProperties(document, {
    implementation: { value: { createHTMLDocument: () => blankPage().document } },
    createNodeIterator: {
      value: (
        root: { ownerDocument: { createTreeWalker(root: unknown, show: number): unknown } },
        show: number,
      ) => root.ownerDocument.createTreeWalker(root, show),
    },
  });
  const purify = createDOMPurify({
    document,
    DOMParser: window.DOMParser,
    DocumentFragment: window.DocumentFragment,
    NamedNodeMap: window.NamedNodeMap,
    HTMLFormElement: window.HTMLFormElement,
    Node: { prototype: readingPrototype(NODE_READS) },
    Element: { prototype: readingPrototype(ELEMENT_READS, ELEMENT_CALLS) },
    NodeFilter,
  } as unknown as Parameters<typeof createDOMPurify>[0]);
  if (!purify.isSupported) throw new Error('DOMPurify cannot run over linkedom');
  // A customized built-in element (<section is="theme-post">) names a script's class that never runs here: under
  // RETURN_DOM, DOMPurify removes such an element with all it holds, and themes that wrap a whole post in one
  // lost the post. The name goes, the element stays an ordinary <section>.
  purify.addHook('uponSanitizeElement', (node) => {
    const element = node as unknown as DomElement;
    if ((element.getAttribute?.('is') ?? null) !== null) element.removeAttribute('is');
  });
  // A media element's remote address would be fetched when shown: the article keeps no remote loads. A
  // picture's address is kept aside, to be looked up in the file (an MHTML part) or shown as a placeholder.
  purify.addHook('afterSanitizeAttributes', (node) => {
    const element = node as unknown as DomElement;
    const src = element.getAttribute?.('src');
    if (!src || !/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(src.trim())) return;
    element.removeAttribute('src');
    if (element.localName === 'img') element.setAttribute(REMOTE_SRC_ATTRIBUTE, src.trim());
  });
  return purify;
}

const CONFIG: Config = {
  WHOLE_DOCUMENT: true,
  RETURN_DOM: true,
  // Nothing that runs, submits, embeds another page or loads on its own; styles go too (they can load).
  FORBID_TAGS: [
    'form',
    'input',
    'button',
    'select',
    'option',
    'textarea',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'style',
    'link',
    'meta',
    'base',
    'template',
    'noscript',
    'audio',
    'video',
    'source',
    'track',
    'canvas',
    'dialog',
  ],
  FORBID_ATTR: ['style', 'srcset', 'action', 'formaction', 'background', 'poster', 'ping'],
  // A field's words are the form's, not the text's ("Press", a list's options).
  ADD_FORBID_CONTENTS: ['button', 'select', 'option', 'textarea'],
};

let shared: ReturnType<typeof createDOMPurify> | undefined;
const FORM_TAG = /<(\/?)form(?=[\s/>])/gi;

/** The body of `html` (a fragment or a whole document) with everything that could run or load removed. */
export function sanitizeHtml(html: string): DomElement {
  shared ??= purifier();
  // linkedom builds <html> and <body> only when the markup has them, and DOMPurify looks for them.
  const whole = /^\s*(?:<!doctype[^>]*>\s*)?<html[\s>]/i.test(html);
  // A <form> goes with all it holds (DOMPurify takes one for a clobbering attempt under linkedom), and old
  // sites wrap whole pages in one (ASP.NET's page form): it is read as the block it is; its fields still go.
  const unformed = html.replace(FORM_TAG, '<$1div');
  const documentHtml = whole ? unformed : `<!doctype html><html><head></head><body>${unformed}</body></html>`;
  const root = shared.sanitize(documentHtml, CONFIG) as unknown as DomElement | null;
  if (!root) throw new Error('DOMPurify returned no document');
  return root.querySelector('body') ?? root;
}
