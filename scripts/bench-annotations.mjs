// npm run bench:annotations — the reader (the real jb-reader component, bundled by esbuild, fed by an
// in-page stand-in for the API) in headless Chromium: a 50,000-character article opened with 2,000
// highlights against the same article without any (median of several runs, both measured in this run,
// interleaved), and the time to repaint after adding one highlight. "Painted" means the frame that shows
// the article with its highlights has run style, layout and paint: the clock starts inside a
// requestAnimationFrame callback and stops in a task posted after that frame's rendering.
//
// What makes it fast (renderer/lib/highlights.ts, renderer/lib/offsets.ts): ranges come from a text
// index (binary search, no DOM walk), one Highlight per colour and style is changed incrementally, and
// only the ranges of segments within a screen of the viewport are registered (Chromium re-derives its
// paint markers from every registered range on each change); scrolling registers the next ones. The
// side panel renders its first entries in the frame after the text (and more as it is scrolled).
// BENCH_RUNS=n sets the number of runs.
import { build } from 'esbuild';
import { launchChromium } from '../test/support/chromium.ts';

const ARTICLE_CHARS = 50_000;
const HIGHLIGHTS = 2_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const ADDS = 31;
const TARGET_RATIO = 1.3;
const TARGET_REPAINT_MS = 16;

const harness = `
import { ContextProvider } from '@lit/context';
import { LitElement, html } from 'lit';
import { apiContext } from './renderer/state/context.ts';
import './renderer/components/reader/jb-reader.ts';

// A deterministic pseudo-random sequence (same article and highlights every run).
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const WORDS = '党的建设 乡村振兴 基层治理 村民 干部 经济 发展 改革 调研 报告 the harbour trade doubled in volume while officials said'.split(' ');
const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'];

function makeArticle(chars) {
  const segments = [];
  let text = '';
  const push = (type, body) => {
    if (text !== '') text += '\\n\\n';
    segments.push({ type, text: body, start: text.length });
    text += body;
  };
  push('title', '五万字的文章：基层党建与乡村振兴');
  push('byline', '本报记者 张三');
  while (text.length < chars) {
    let body = '';
    const target = 180 + Math.floor(random() * 220);
    while (body.length < target) body += WORDS[Math.floor(random() * WORDS.length)] + (random() < 0.2 ? '，' : '');
    push(random() < 0.05 ? 'subhead' : 'paragraph', body + '。');
  }
  return {
    id: 1, sourceId: 1, title: segments[0].text, section: null, sourceName: 'bench.txt',
    importedAt: '2026-01-01T00:00:00.000Z', position: 0, annotationCount: 0, kicker: null, subtitle: null,
    byline: '本报记者 张三', authors: [], dateline: null, rubric: null, format: 'text', text, segments,
    readingPosition: null,
  };
}

function annotation(id, article, start, end) {
  return {
    id, articleId: article.id, kind: 'highlight', start, end, quote: article.text.slice(start, end),
    prefix: '', suffix: '', color: COLORS[id % COLORS.length], style: id % 7 === 0 ? 'underline' : 'highlight',
    note: id % 5 === 0 ? 'a note' : '', tags: [], status: 'anchored',
    createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

function makeHighlights(article, n) {
  const out = [];
  const step = article.text.length / n;
  for (let i = 0; i < n; i++) {
    const start = Math.floor(i * step + random() * step * 0.5);
    // Some run into the next one: overlapping highlights.
    const end = Math.min(article.text.length, start + 4 + Math.floor(random() * step * (i % 4 === 0 ? 2.5 : 0.8)));
    out.push(annotation(i + 1, article, start, end));
  }
  return out;
}

const article = makeArticle(${ARTICLE_CHARS});
const highlights = makeHighlights(article, ${HIGHLIGHTS});
let current = [];

const api = new Proxy({}, {
  get: (_, method) => async (input) => {
    switch (method) {
      case 'articles.get': return article;
      case 'annotations.list': return current;
      case 'bookmarks.list': return [];
      case 'tags.list': return { tags: [] };
      case 'search.matches': return { ranges: [] };
      default: return {};
    }
  },
});

class BenchHost extends LitElement {
  provider = new ContextProvider(this, { context: apiContext, initialValue: api });
  createRenderRoot() { return this; }
  render() { return html\`\`; }
}
customElements.define('bench-host', BenchHost);
const host = document.createElement('bench-host');
document.body.append(host);

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
/** Resolves in a task posted now: after the rendering of the frame in progress. */
const afterPaint = () => new Promise((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve(performance.now());
  channel.port2.postMessage(0);
});

async function settled(reader) {
  for (;;) {
    await reader.updateComplete;
    const view = reader.shadowRoot?.querySelector('jb-article');
    if (view && reader.article) {
      await view.updateComplete;
      const panel = reader.shadowRoot.querySelector('jb-annotation-panel');
      await panel?.updateComplete;
      return;
    }
    await new Promise((resolve) => queueMicrotask(resolve));
  }
}

window.bench = {
  chars: article.text.length,
  /** Opens the article (with or without the highlights) and returns ms until it is painted. */
  async open(withHighlights) {
    host.replaceChildren();
    current = withHighlights ? highlights : [];
    await frame();
    await frame();
    return new Promise((resolve) => requestAnimationFrame(async () => {
      const t0 = performance.now();
      const reader = document.createElement('jb-reader');
      reader.articleId = 1;
      host.append(reader);
      await settled(reader);
      const painted = await afterPaint();
      const registered = CSS.highlights.size;
      resolve({ ms: painted - t0, registered, ranges: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0) });
    }));
  },
  /** Adds one highlight to the open article; ms until the frame that shows it is painted. */
  async addOne(i) {
    const reader = host.querySelector('jb-reader');
    const start = 100 + ((i * 997) % (article.text.length - 200));
    const added = annotation(100000 + i, article, start, start + 12);
    await frame();
    return new Promise((resolve) => requestAnimationFrame(async () => {
      const t0 = performance.now();
      reader.annotations = [...reader.annotations, added];
      await settled(reader);
      resolve((await afterPaint()) - t0);
    }));
  },
};
`;

const bundle = await build({
  stdin: { contents: harness, resolveDir: process.cwd(), loader: 'js', sourcefile: 'bench-harness.js' },
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: 'chrome120',
  minify: true,
  tsconfig: 'renderer/tsconfig.json',
  logLevel: 'warning',
});
const css = (await import('node:fs')).readFileSync('assets/app.css', 'utf8');

const browser = await launchChromium();
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.setContent(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css}</style></head><body></body></html>`,
  );
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  const chars = await page.evaluate(() => window.bench.chars);

  // Warm-up (JIT, fonts), then interleaved runs so drift affects both sides alike.
  for (const withHighlights of [false, true, false, true])
    await page.evaluate((h) => window.bench.open(h), withHighlights);
  const plain = [];
  const highlighted = [];
  let ranges = 0;
  for (let run = 0; run < RUNS; run++) {
    plain.push((await page.evaluate(() => window.bench.open(false))).ms);
    const result = await page.evaluate(() => window.bench.open(true));
    highlighted.push(result.ms);
    ranges = result.ranges;
  }
  const adds = [];
  for (let i = 0; i < ADDS; i++) adds.push(await page.evaluate((n) => window.bench.addOne(n), i));

  const ratio = median(highlighted) / median(plain);
  const repaint = median(adds);
  console.log(
    `article: ${chars.toLocaleString('en')} characters, ${HIGHLIGHTS.toLocaleString('en')} highlights (${ranges} ranges painted), ${RUNS} runs`,
  );
  console.log(
    `open without highlights: median ${median(plain).toFixed(1)} ms  [${plain.map((v) => v.toFixed(0)).join(' ')}]`,
  );
  console.log(
    `open with highlights:    median ${median(highlighted).toFixed(1)} ms  [${highlighted.map((v) => v.toFixed(0)).join(' ')}]`,
  );
  console.log(
    `ratio: ${ratio.toFixed(3)} (target ≤ ${TARGET_RATIO}) ${ratio <= TARGET_RATIO ? 'OK' : 'TOO SLOW'}`,
  );
  console.log(
    `add one highlight, repaint: median ${repaint.toFixed(2)} ms over ${ADDS} (target < ${TARGET_REPAINT_MS} ms) ${repaint < TARGET_REPAINT_MS ? 'OK' : 'TOO SLOW'}`,
  );
  if (ratio > TARGET_RATIO || repaint >= TARGET_REPAINT_MS) process.exitCode = 1;
} finally {
  await browser.close();
}
