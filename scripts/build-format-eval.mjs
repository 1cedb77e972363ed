// `npm run corpus:formats`: builds the import evaluation set that `npm run eval:formats` scores: real web pages
// with human ground truth, public-domain EPUBs with their own table of contents, and Word files made by pandoc
// from texts whose paragraphs are known. Everything goes to `.eval-formats/` (or --out), which is git-ignored:
// nothing from these datasets is committed.
// usage: npm run corpus:formats -- [--out DIR] [--mirror DIR] [--docx N]
//
// Sources, each a GitHub snapshot fetched with the search tool's `fetch` (github:<owner>/<name>):
// - Murrough-Foley/web-content-extraction-benchmark: WCXB v1.0 (2026), CC-BY-4.0. Pages of 2025 from 1,613
//   domains, human-reviewed title and main_content. Only pages labelled `article` (dev and test splits): the
//   importer reads articles, and forums or product grids have no article body to match.
// - j-szulc/html-cleaning-dataset-merged, which re-hosts older sets; only these of its folders are read:
//     page-signal-master      L3S-GN1 (Kohlschütter et al., WSDM 2010; L3S licence: research use only). News of
//                             2008; annotators marked the headline (x-nc-sel1) and the full text (x-nc-sel2).
//     cleaneval-dev, -final   CleanEval (SIGWAC shared task 2007; distributed for research). Mixed pages,
//                             cleaned text by hand; no headline.
//     CleanPortalEval-master  CleanPortalEval (Endrédy & Novák 2013, ppke-nlpg; research set): portal pages.
//     dragnet_data            Dragnet data (Moz 2012; AGPLv3): article text before the comments marker.
//   Its `readability/` folder is Mozilla Readability's test pages: reserved, so it is never listed or read.
// - standardebooks/<book> (CC0 production, public-domain texts): the book's `src/` zipped as an EPUB; the truth
//   is its toc.xhtml and the text of its spine.
// - DOCX: pandoc (Debian's) turns HTML made here from known paragraphs into Word files: news of the corpora in
//   test/corpus/sources.ts (Sogou/CCTV zh, Reuters-21578 en) and WCXB texts. Half carry a document title, half
//   an opening Heading 1, so both title paths of the reader are exercised.
// - GeneralNewsExtractor/GeneralNewsExtractor (GPL-3.0): the saved Chinese news pages of its tests (about thirty
//   sites; all stored as UTF-8, some still declaring gb2312). It ships no truth for them; ours is
//   test/corpus/gne-truth.json, the element holding each page's story and the parts inside it that are not,
//   chosen by reading the HTML (selector-truth.ts). It is the only Chinese web set here, and small; the other
//   Chinese sets with truth found are reserved.
// - adbar/trafilatura (Apache-2.0): the saved pages of its evaluation (tests/eval/, about 900 pages,
//   most German, then English, Spanish, French, Polish, Portuguese and a few others) and its authors' truth
//   (tests/evaldata.json): per page a few snippets the main text must hold and a few it must not, and most pages'
//   headline. Scored by snippets (dataset `trafilatura-snippets`), as that truth is not the whole text. And 59 of
//   its pages in German, Spanish, French, Polish, Portuguese and Italian (the first articles of each language
//   in file order) with whole-text truth of our own, chosen by reading the HTML as for GNE's pages
//   (test/corpus/trafilatura-truth.json; dataset `trafilatura-ours`).
// The EPUBs are English (Standard Ebooks publishes no other language).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import { selectorTruthText } from '../test/corpus/selector-truth.ts';
import { snapshotGitDir } from '../test/corpus/source-git.ts';
import { DEFAULT_MIRROR_ROOT, loadSample, loadSources } from '../test/corpus/sources.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1] : fallback;
};
const out = resolve(root, option('--out', '.eval-formats'));
const mirror = option('--mirror', DEFAULT_MIRROR_ROOT);
const docxPerSource = Number(option('--docx', '40'));
for (const inside of ['test', 'main', 'renderer', 'shared'])
  if (out === join(root, inside) || out.startsWith(join(root, inside) + '/'))
    throw new Error(`--out must not be inside the repository's ${inside}/`);

const WCXB = 'Murrough-Foley/web-content-extraction-benchmark';
const MERGED = 'j-szulc/html-cleaning-dataset-merged';
const GNE = 'GeneralNewsExtractor/GeneralNewsExtractor';
const TRAFILATURA = 'adbar/trafilatura';
// Novels, stories in one file with chapters inside, a play, poetry, a dictionary, books of parts of books.
const BOOKS = `
  arthur-conan-doyle_the-adventures-of-sherlock-holmes jane-austen_pride-and-prejudice
  mary-shelley_frankenstein herman-melville_moby-dick oscar-wilde_the-importance-of-being-earnest
  charles-dickens_a-christmas-carol walt-whitman_leaves-of-grass ambrose-bierce_the-devils-dictionary
  leo-tolstoy_war-and-peace_louise-maude_aylmer-maude marcus-aurelius_meditations_george-long
  lewis-carroll_alices-adventures-in-wonderland p-g-wodehouse_love-among-the-chickens
  joseph-conrad_heart-of-darkness friedrich-nietzsche_thus-spake-zarathustra_thomas-common
  h-g-wells_the-time-machine sun-tzu_the-art-of-war_lionel-giles
`
  .trim()
  .split(/\s+/);
/** Files Standard Ebooks adds to every book: its production, not the book's own contents. */
const SE_PRODUCTION = /^(titlepage|imprint|colophon|uncopyright)\.xhtml$/;

const git = (gitDir, args, input) =>
  execFileSync('git', ['--git-dir', gitDir, ...args], { input, maxBuffer: 1 << 30 });

/** Blobs under one folder of a snapshot's newest commit, as [path, oid] pairs. */
function treeFiles(gitDir, folder) {
  return git(gitDir, ['ls-tree', '-r', '-z', 'HEAD', '--', folder])
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta, path] = line.split('\t');
      return [path, meta.split(' ')[2]];
    });
}

/** The bytes of many blobs by one `git cat-file --batch` (a process per file would dominate the run). */
function readBlobs(gitDir, entries) {
  const blobs = new Map();
  for (let start = 0; start < entries.length; start += 300) {
    const chunk = entries.slice(start, start + 300);
    const buffer = git(gitDir, ['cat-file', '--batch'], chunk.map(([, oid]) => oid).join('\n') + '\n');
    let at = 0;
    for (const [path] of chunk) {
      const end = buffer.indexOf(10, at);
      const header = buffer.subarray(at, end).toString().split(' ');
      at = end + 1;
      // Snapshots lack their largest files: such a blob answers "missing" and is left out.
      if (header[1] === 'missing') continue;
      const size = Number(header[2]);
      blobs.set(path, buffer.subarray(at, at + size));
      at += size + 1;
    }
  }
  return blobs;
}

function text(bytes) {
  // A few gold files were saved by Windows tools as UTF-16 with a byte-order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const squash = (value) => value.replace(/\s+/g, ' ').trim();

const STOPWORDS = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'ein'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'pour'],
  es: ['el', 'los', 'las', 'que', 'del', 'por', 'una', 'con'],
  it: ['il', 'di', 'che', 'della', 'per', 'una', 'sono', 'gli'],
  pt: ['os', 'que', 'não', 'uma', 'para', 'com', 'dos', 'ao'],
  nl: ['het', 'een', 'van', 'en', 'niet', 'zijn', 'op', 'voor'],
};

/** The language rows are kept by: script first, then the commonest function words of a Latin-script text. */
function language(sample) {
  const body = sample.slice(0, 20000);
  const count = (pattern) => (body.match(pattern) ?? []).length;
  const letters = Math.max(1, count(/\p{L}/gu));
  if (count(/[\p{sc=Hiragana}\p{sc=Katakana}]/gu) / letters > 0.05) return 'ja';
  if (count(/\p{sc=Hangul}/gu) / letters > 0.2) return 'ko';
  if (count(/\p{sc=Han}/gu) / letters > 0.2) return 'zh';
  if (count(/\p{sc=Cyrillic}/gu) / letters > 0.3) return 'ru';
  if (count(/\p{sc=Arabic}/gu) / letters > 0.3) return 'ar';
  const words = body.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = ['und', 0];
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    const set = new Set(list);
    const hits = words.filter((word) => set.has(word)).length;
    if (hits > best[1]) best = [lang, hits];
  }
  return best[0];
}

const manifest = [];
function add(kind, dataset, file, bytes, truth) {
  mkdirSync(dirname(join(out, file)), { recursive: true });
  writeFileSync(join(out, file), bytes);
  manifest.push({ kind, dataset, file, ...truth, lang: truth.lang ?? language(truth.body ?? '') });
}

function buildWcxb() {
  const gitDir = snapshotGitDir(mirror, WCXB);
  for (const split of ['dev', 'test']) {
    const truths = readBlobs(gitDir, treeFiles(gitDir, `${split}/ground-truth/`));
    const pages = readBlobs(gitDir, treeFiles(gitDir, `${split}/html/`));
    for (const [path, json] of truths) {
      const record = JSON.parse(text(json));
      const html = pages.get(`${split}/html/${basename(path, '.json')}.html.gz`);
      const { title, main_content: body } = record.ground_truth;
      // A few single-page apps were kept with an empty main_content: no truth to score them against.
      if (record._internal?.page_type?.primary !== 'article' || !html || !body?.trim()) continue;
      add('web', 'wcxb', `web/wcxb/${split}-${record.file_id}.html`, gunzipSync(html), { title, body });
    }
  }
}

/**
 * Pages of a snapshot whose truth we chose by reading them (selector-truth.ts), listed in `truthFile`; `lang` for
 * a set of one language whose entries do not name theirs.
 */
function buildSelectorTruth(repo, folder, truthFile, dataset, lang = undefined) {
  const gitDir = snapshotGitDir(mirror, repo);
  const pages = readBlobs(gitDir, treeFiles(gitDir, folder));
  const truths = JSON.parse(readFileSync(join(root, 'test/corpus', truthFile), 'utf8'));
  for (const truth of truths) {
    const html = pages.get(truth.path);
    if (!html) continue;
    const name = truth.path.slice(folder.length).replaceAll('/', '-');
    const body = selectorTruthText(html, truth);
    add('web', dataset, `web/${dataset}/${name}`, html, {
      title: truth.title,
      body,
      lang: truth.lang ?? lang,
    });
  }
}

function buildTrafilaturaSnippets() {
  const gitDir = snapshotGitDir(mirror, TRAFILATURA);
  const pages = readBlobs(gitDir, treeFiles(gitDir, 'tests/eval/'));
  const truths = JSON.parse(git(gitDir, ['show', 'HEAD:tests/evaldata.json']).toString('utf8'));
  for (const truth of Object.values(truths)) {
    const html = pages.get(`tests/eval/${truth.file}`);
    if (!html || !truth.with?.length) continue;
    // The page's own <html lang> first: a few snippets are too short to tell a language by its words.
    const declared = /<html\b[^>]*?\blang\s*=\s*["']?([a-z]{2})\b/i.exec(
      html.subarray(0, 8192).toString('latin1'),
    );
    const lang = declared?.[1].toLowerCase() ?? language(truth.with.join(' '));
    const { title = null, with: within, without = [] } = truth;
    add('web', 'trafilatura-snippets', `web/trafilatura/${truth.file}`, html, {
      title,
      with: within,
      without,
      lang,
    });
  }
}

/**
 * CleanEval packs each page in `<text id=URL title=… encoding=…>`: its own wrapper, not the page, so it goes.
 * The charset the crawler was told (by the HTTP header, now lost) comes back as a <meta> in the page's <head>;
 * a page without one is left to the reader's own guess, as a saved file would be.
 */
function unwrapCleanEval(html) {
  const wrapped = html.toString('latin1');
  const wrapper = /^\s*<text\b[^>]*>/.exec(wrapped);
  if (!wrapper) return html;
  const end = wrapped.lastIndexOf('</text>');
  const page = wrapped.slice(wrapper[0].length, end > 0 ? end : undefined);
  const charset = /encoding="([\w-]+)"/.exec(wrapper[0])?.[1];
  const known = charset && !/^(unset|unknown)/i.test(charset) && !/<meta[^>]+charset/i.test(page);
  const withCharset = known
    ? page.replace(/<head\b[^>]*>/i, (head) => `${head}<meta charset="${charset}">`)
    : page;
  return Buffer.from(withCharset, 'latin1');
}

/** Pairs `<folder>/input/X.html` with `<folder>/GoldStandard/X.txt` and hands the gold text to `truth`. */
function buildMerged(folder, dataset, truth, unwrap = (html) => html) {
  const gitDir = snapshotGitDir(mirror, MERGED);
  const gold = readBlobs(gitDir, treeFiles(gitDir, `${folder}/GoldStandard/`));
  const pages = readBlobs(gitDir, treeFiles(gitDir, `${folder}/input/`));
  for (const [path, bytes] of gold) {
    const name = basename(path, '.txt');
    const html = pages.get(`${folder}/input/${name}.html`);
    const known = html && truth(text(bytes));
    if (!known) continue;
    if (holdsTruth(html, known.body)) add('web', dataset, `web/${dataset}/${name}.html`, unwrap(html), known);
    else console.warn(`${dataset} ${name}: left out, the saved page does not hold its truth text`);
  }
}

/**
 * Whether the saved page holds its truth at all: a few crawls kept an error page ("ERROR", empty body) beside
 * an article's truth. Most of the truth's distinct words must appear somewhere in the file's bytes.
 */
function holdsTruth(html, body) {
  const page = text(html).toLowerCase();
  const words = [...new Set(body.toLowerCase().match(/\p{L}{4,}/gu) ?? [])];
  return words.length === 0 || words.filter((word) => page.includes(word)).length >= words.length / 2;
}

/** CleanEval's format: a URL line, then text whose paragraphs open with <p>, <h> or <l> marks. */
function cleanEvalTruth(gold) {
  // Annotators say in a comment when a page holds no article: with the comment gone such a page is left out.
  const body = gold
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^\s*URL:.*$/m, '')
    .replace(/<[phl]>/gi, '\n')
    .trim();
  return body ? { title: null, body } : null;
}

/** L3S-GN1's annotated copy: headline spans and full-text spans, each taken once (spans can nest). */
function l3sTruth(gold) {
  const { document } = parseHTML(gold);
  const spans = (cls) =>
    [...document.querySelectorAll(`.${cls}`)]
      .filter((span) => !span.parentElement?.closest(`.${cls}`))
      .map((span) => squash(span.textContent ?? ''))
      .filter(Boolean);
  // Some annotators also marked a button or kicker beside the headline: each marked span counts as a headline.
  const headlines = spans('x-nc-sel1');
  const body = spans('x-nc-sel2').join('\n');
  if (!body) return null;
  return { title: headlines.join(' ') || null, titles: headlines.length > 1 ? headlines : undefined, body };
}

function dragnetTruth(gold) {
  const body = gold.split(/!@#\$%\^&\*\(\)\s+COMMENTS/)[0].trim();
  return body ? { title: null, body } : null;
}

function buildBook(name) {
  const gitDir = snapshotGitDir(mirror, `standardebooks/${name}`);
  const files = readBlobs(gitDir, treeFiles(gitDir, 'src/'));
  // The EPUB container wants `mimetype` first and stored, not deflated.
  /** @type {import('fflate').Zippable} */
  const entries = {
    mimetype: [files.get('src/mimetype') ?? Buffer.from('application/epub+zip'), { level: 0 }],
  };
  for (const [path, bytes] of files) if (path !== 'src/mimetype') entries[path.slice(4)] = bytes;
  const xml = (path) => parseHTML(text(files.get(`src/${path}`))).document;
  const nav = [...xml('epub/toc.xhtml').querySelectorAll('nav')].find((element) =>
    (element.getAttribute('epub:type') ?? '').includes('toc'),
  );
  const toc = [...(nav?.querySelectorAll('a') ?? [])]
    .filter((a) => !SE_PRODUCTION.test(posix.basename((a.getAttribute('href') ?? '').split('#')[0])))
    .map((a) => squash(a.textContent ?? ''))
    .filter(Boolean);
  // The whole book's text in spine order: what the chapters together should hold.
  const opf = xml('epub/content.opf');
  const hrefs = new Map([...opf.querySelectorAll('item')].map((item) => [item.getAttribute('id'), item]));
  const body = [...opf.querySelectorAll('itemref')]
    .map((ref) => hrefs.get(ref.getAttribute('idref'))?.getAttribute('href'))
    .filter((href) => href && files.has(`src/epub/${href}`))
    .map((href) => squash(xml(`epub/${href}`).querySelector('body')?.textContent ?? ''))
    .join('\n');
  const title = squash(/<dc:title[^>]*>([^<]*)</.exec(text(files.get('src/epub/content.opf')))?.[1] ?? name);
  add('epub', 'standardebooks', `epub/${name}.epub`, zipSync(entries), { title, body, toc, lang: 'en' });
}

/** @type {Record<string, string>} */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (value) => value.replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c);

const LIST_ITEM = /^(?:[-•*]|\d+[.)])\s+/;

/** A block as HTML; runs of list items (the text's own "-" or "1." marks) become Word lists. */
function blockHtml({ heading, text: line }, index, blocks) {
  const item = LIST_ITEM.exec(line);
  if (!item) return heading ? `<h2>${escapeHtml(line)}</h2>` : `<p>${escapeHtml(line)}</p>`;
  const tag = /\d/.test(item[0]) ? 'ol' : 'ul';
  const open = LIST_ITEM.test(blocks[index - 1]?.text ?? '') ? '' : `<${tag}>`;
  const close = LIST_ITEM.test(blocks[index + 1]?.text ?? '') ? '' : `</${tag}>`;
  return `${open}<li>${escapeHtml(line.slice(item[0].length))}</li>${close}`;
}

/** One Word file by pandoc: the title as the document's title or as its first heading, then the blocks. */
function buildDocx(dataset, name, title, blocks, lang, asProperty) {
  const body = blocks.map(blockHtml).join('\n');
  const head = asProperty ? `<title>${escapeHtml(title)}</title>` : '';
  const lead = asProperty ? '' : `<h1>${escapeHtml(title)}</h1>`;
  const html = `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${lead}\n${body}</body></html>`;
  const tmp = join(out, '.tmp', `${name}.html`);
  mkdirSync(dirname(tmp), { recursive: true });
  writeFileSync(tmp, html);
  const file = `docx/${dataset}/${name}.docx`;
  mkdirSync(dirname(join(out, file)), { recursive: true });
  execFileSync('pandoc', ['-f', 'html', '-t', 'docx', '-o', join(out, file), tmp]);
  // A list's marks are Word's numbering, not text: the truth has the items' words only.
  const truth = blocks.map((b) => b.text.replace(LIST_ITEM, '')).join('\n');
  manifest.push({ kind: 'docx', dataset, file, lang, title, body: truth });
}

/** Every n-th of a list, so a sample spreads over a corpus instead of taking its first file. */
const spread = (list, count) =>
  list.filter((_, i) => i % Math.max(1, Math.floor(list.length / count)) === 0).slice(0, count);

function buildDocxSet(wcxbTexts) {
  for (const lang of ['zh', 'en']) {
    let articles;
    try {
      articles = spread(loadSources(mirror, lang), docxPerSource);
    } catch (error) {
      console.warn(`${error instanceof Error ? error.message : error}; using the committed sample instead`);
      articles = loadSample(lang);
    }
    articles.forEach((article, i) =>
      buildDocx(
        `news-${lang}`,
        `${lang}-${String(i).padStart(3, '0')}`,
        article.title,
        article.paragraphs.map((paragraph) => ({ text: paragraph })),
        lang,
        i % 2 === 0,
      ),
    );
  }
  // WCXB texts put headings on lines of their own: a short line without closing punctuation is one here.
  spread(wcxbTexts, docxPerSource).forEach((entry, i) => {
    const blocks = entry.body
      .split(/\n+/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => ({ text: line, heading: line.split(/\s+/).length <= 10 && !/[.!?:;,)"”]$/.test(line) }));
    buildDocx('wcxb', `wcxb-${String(i).padStart(3, '0')}`, entry.title, blocks, entry.lang, i % 2 === 0);
  });
}

// The set is rebuilt from scratch, but only over a previous set or an empty folder: --out . must not wipe a tree.
if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, 'manifest.jsonl')))
  throw new Error(`${out} is neither empty nor an eval set built by this script: choose another --out`);
rmSync(out, { recursive: true, force: true });
/** @type {[string, () => void][]} */
const steps = [
  ['WCXB articles', buildWcxb],
  ['L3S-GN1', () => buildMerged('page-signal-master', 'l3s-gn1', l3sTruth)],
  ['CleanEval dev', () => buildMerged('cleaneval-dev', 'cleaneval', cleanEvalTruth, unwrapCleanEval)],
  ['CleanEval final', () => buildMerged('cleaneval-final', 'cleaneval', cleanEvalTruth, unwrapCleanEval)],
  ['CleanPortalEval', () => buildMerged('CleanPortalEval-master', 'cleanportaleval', cleanEvalTruth)],
  ['Dragnet', () => buildMerged('dragnet_data', 'dragnet', dragnetTruth)],
  ['GNE Chinese news', () => buildSelectorTruth(GNE, 'tests/', 'gne-truth.json', 'gne', 'zh')],
  ['trafilatura evaluation (snippets)', buildTrafilaturaSnippets],
  [
    'trafilatura pages, our truth',
    () => buildSelectorTruth(TRAFILATURA, 'tests/eval/', 'trafilatura-truth.json', 'trafilatura-ours'),
  ],
  ['Standard Ebooks', () => BOOKS.forEach(buildBook)],
  [
    'DOCX by pandoc',
    () => buildDocxSet(manifest.filter((e) => e.dataset === 'wcxb' && e.title && e.lang === 'en')),
  ],
];
for (const [label, step] of steps) {
  const before = manifest.length;
  try {
    step();
  } catch (error) {
    // A missing snapshot leaves its part out; the others still make a usable set.
    const message = error instanceof Error ? error.message : String(error);
    console.warn(`${label}: skipped (${message.split('\n')[0]})`);
  }
  console.log(`${label}: ${manifest.length - before} files`);
}
rmSync(join(out, '.tmp'), { recursive: true, force: true });
writeFileSync(join(out, 'manifest.jsonl'), manifest.map((entry) => JSON.stringify(entry) + '\n').join(''));
console.log(`${manifest.length} files and their truth in ${out}`);
