// Saved web pages (.html, .htm, browser-saved .mhtml) through the one import pipeline: the main text as blocks,
// the headline the page shows (not the <title> with its site suffix), metadata, legacy Chinese encodings, and
// hostile pages that are read without anything in them running or loading.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import { marked } from 'marked';
import type { ParsedArticle } from '../../shared/contract/article';
import { sanitizedBlocks } from '../../main/node/import/html/html-article';
import { SEPARATOR } from '../../main/node/import/html/html-metadata';
import { sanitizeHtml } from '../../main/node/import/html/sanitize-html';
import { readDocument } from '../../main/node/import/read-document';
import { tempLibrary } from '../support/temp-library';
import { HOSTILE } from '../support/xss-payloads';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(join(tmpdir(), 'jianbao-html-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const filler = (n: number, words = 'The river rose overnight and the town council met at dawn to decide') =>
  Array.from({ length: n }, (_v, i) => `${words}, said witness number ${i + 1}.`).join(' ');

const NEWS_PAGE = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Floods close the old bridge - BBC News</title>
<meta property="og:site_name" content="BBC News">
<meta property="article:published_time" content="2024-03-01T10:00:00Z">
<link rel="canonical" href="https://news.example/articles/floods">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Floods close the old bridge","author":[{"@type":"Person","name":"Jane Doe"}]}</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article>
<h1>Floods close the old bridge</h1>
<p class="byline">By Jane Doe</p>
<p>${filler(4)}</p>
<h2>What happens next</h2>
<p>${filler(3, 'Engineers will inspect the piers')}</p>
<ul><li>Roads north are shut</li><li>Schools open late<ul><li>Buses run from nine</li></ul></li></ul>
<blockquote><p>We have never seen the water this high.</p></blockquote>
<table><caption>River levels</caption><tr><th>Station</th><th>Level (m)</th></tr><tr><td>Old bridge</td><td>4.2</td></tr></table>
<figure><img src="level.png" alt="A gauge"><figcaption>The gauge at the old bridge at noon.</figcaption></figure>
<pre><code>level = 4.2  # metres
alert = True</code></pre>
<p>${filler(3, 'The council will meet again tomorrow')}</p>
</article></main>
<footer><p>Copyright 2024 BBC. All rights reserved.</p></footer>
</body></html>`;

const encode = (text: string) => new TextEncoder().encode(text);

async function readOk(name: string, bytes: Uint8Array) {
  const read = await readDocument(name, bytes);
  assert.ok(read.ok, read.ok ? '' : read.reason.en);
  return read.document;
}

const only = (articles: ParsedArticle[]): ParsedArticle => {
  assert.equal(articles.length, 1);
  return articles[0]!;
};

test('a saved news page becomes one article: headline, byline, metadata and its structure as blocks', async () => {
  const document = await readOk('floods.html', encode(NEWS_PAGE));
  const article = only(document.page.articles);
  assert.equal(article.title, 'Floods close the old bridge');
  assert.equal(article.byline, 'Jane Doe');
  assert.deepEqual(article.authors, ['Jane Doe']);
  assert.deepEqual(document.page.meta.site, ['BBC News']);
  assert.deepEqual(document.page.meta.published, ['2024-03-01T10:00:00Z']);
  assert.deepEqual(document.page.meta.language, ['en-GB']);
  assert.deepEqual(document.page.meta.url, ['https://news.example/articles/floods']);
  assert.equal(document.encoding, 'utf-8');

  const has = (type: string, text: string) => article.blocks.some((b) => b.type === type && b.text === text);
  const shown = article.blocks.map((b) => `${b.type}: ${b.text}`).join('\n');
  assert.ok(has('heading', 'What happens next'), shown);
  assert.ok(has('list-item', 'Roads north are shut'), shown);
  assert.ok(has('list-item', 'Buses run from nine'), 'a nested list item is an item of its own');
  assert.ok(has('quote', 'We have never seen the water this high.'), shown);
  assert.ok(has('caption', 'River levels'), shown);
  assert.ok(has('paragraph', 'Station\tLevel (m)'), 'a table row is one block, its cells separated by tabs');
  assert.ok(has('paragraph', 'Old bridge\t4.2'), shown);
  assert.ok(has('figure', 'The gauge at the old bridge at noon.'), 'a figure keeps its caption as its text');
  const code = article.blocks.find((b) => b.type === 'code');
  assert.equal(code?.text, 'level = 4.2  # metres\nalert = True');
  // The headline and byline are fields of their own, not repeated as the first blocks.
  assert.notEqual(article.blocks[0]!.text, 'Floods close the old bridge');
  assert.notEqual(article.blocks[0]!.text, 'By Jane Doe');
  // Navigation and the footer are not the article.
  assert.ok(!document.content.includes('Sport'));
  assert.ok(!document.content.includes('All rights reserved'));
  assert.deepEqual(document.original, encode(NEWS_PAGE));
});

test("a web page's headings keep their levels, and its lists their numbers and nesting", () => {
  const blocks = sanitizedBlocks(`<h2>Background</h2><p>Text.</p><h3>Earlier floods</h3>
    <ol start="3"><li>Close the bridge<ul><li>North side first</li></ul><p>Then the south.</p></li>
    <li value="7">Open the shelters</li><li>Call the army</li></ol>
    <ul><li><p>Dry sandbags</p><p>Kept in the hall.</p></li></ul>`);
  const shapes = blocks.map(({ type, text, level, marker }) => ({ type, text, level, marker }));
  assert.deepEqual(shapes, [
    { type: 'heading', text: 'Background', level: 2, marker: undefined },
    { type: 'paragraph', text: 'Text.', level: undefined, marker: undefined },
    { type: 'heading', text: 'Earlier floods', level: 3, marker: undefined },
    { type: 'list-item', text: 'Close the bridge', level: undefined, marker: '3.' },
    { type: 'list-item', text: 'North side first', level: 2, marker: undefined },
    { type: 'list-item', text: 'Then the south.', level: undefined, marker: '' },
    { type: 'list-item', text: 'Open the shelters', level: undefined, marker: '7.' },
    { type: 'list-item', text: 'Call the army', level: undefined, marker: '8.' },
    { type: 'list-item', text: 'Dry sandbags', level: undefined, marker: undefined },
    { type: 'list-item', text: 'Kept in the hall.', level: undefined, marker: '' },
  ]);
});

test('emphasis, strong, struck text, code and web links are kept as inline Markdown that spells the same text', () => {
  const blocks =
    sanitizedBlocks(`<p>The <em>river</em> rose, said <a href="https://example.org/x y">the mayor</a>;
    <strong> schools </strong> close * and _ stay [1] &amp; <code>a\`b</code>.</p><p>No marks here.</p>
    <ul><li>An <b>item</b>, <a href="/relative">a relative link</a>, <a href="javascript:alert(1)">a script</a></li></ul>
    <p>中文<strong>强调</strong>文字，“<em>引号</em>”，<del>删去</del>。</p>`);
  assert.deepEqual(
    blocks.map((block) => block.markdown),
    [
      'The *river* rose, said [the mayor](<https://example.org/x%20y>); **schools** close \\* and \\_ stay \\[1\\] \\& ``a`b``.',
      undefined,
      'An **item**, a relative link, a script',
      '中文**强调**文字，“*引号*”，~~删去~~。',
    ],
  );
  // What the reader does with it (renderer/lib/markdown.ts): shown only if it spells the block's text.
  for (const block of blocks.filter((b) => b.markdown !== undefined)) {
    const { document } = parseHTML(
      `<div>${marked.parseInline(block.markdown!, { async: false, gfm: true })}</div>`,
    );
    assert.equal(document.querySelector('div')!.textContent, block.text);
  }
});

test("a page marking up several articles gives each its own; teasers, comments and other stories' cards do not split a page", async () => {
  const story = (headline: string, words: string) =>
    `<article><header><h2>${headline}</h2></header><p>${filler(4, words)}</p><p>${filler(3, words)}</p></article>`;
  const digest = `<!doctype html><html><head><meta charset="utf-8"><title>Morning digest</title></head><body>
    <nav><a href="/">Home</a></nav><main>${story('Floods close the old bridge', 'The river rose')}
    ${story('Council approves the new library', 'The council voted')}${story('Ferry returns in May', 'The ferry company said')}
    </main><footer>All rights reserved.</footer></body></html>`;
  const split = (await readOk('digest.html', encode(digest))).page.articles;
  assert.deepEqual(
    split.map((article) => article.title),
    ['Floods close the old bridge', 'Council approves the new library', 'Ferry returns in May'],
  );
  assert.ok(split.every((article) => article.blocks.length === 2 && article.blocks[0]!.type === 'paragraph'));
  assert.match(split[1]!.blocks[0]!.text, /^The council voted/);

  const teaser = (headline: string) => `<article><h3>${headline}</h3><p>A line about it.</p></article>`;
  const comment = `<article><p>${filler(2, 'I walked across that bridge every day')}</p></article>`;
  const single = `<!doctype html><html><head><meta charset="utf-8"><title>Floods</title></head><body><main>
    ${story('Floods close the old bridge', 'The river rose')}<aside>${teaser('Related: rain')}${teaser('Related: roads')}</aside>
    <section>${comment}${comment}</section></main></body></html>`;
  const [whole, ...more] = (await readOk('single.html', encode(single))).page.articles;
  assert.equal(more.length, 0);
  assert.ok(whole!.blocks.some((block) => block.text.startsWith('The river rose')));

  // The main story in plain <div>s, other stories' cards as <article>s under it: the story is the article.
  const cards = `<!doctype html><html><head><meta charset="utf-8"><title>Floods</title></head><body>
    <div class="post"><h1>Floods close the old bridge</h1><p>${filler(6, 'The river rose')}</p><p>${filler(6, 'Engineers said')}</p>
    <p>${filler(6, 'The mayor said')}</p></div><div class="more">${story('Council approves the new library', 'The council voted')}
    ${story('Ferry returns in May', 'The ferry company said')}</div></body></html>`;
  const [main, ...others] = (await readOk('cards.html', encode(cards))).page.articles;
  assert.equal(others.length, 0);
  assert.equal(main!.title, 'Floods close the old bridge');
  assert.match(main!.blocks[0]!.text, /^The river rose/);
});

const headlineOf = async (head: string, body: string) =>
  only(
    (
      await readOk(
        'page.html',
        encode(
          `<!doctype html><html><head><meta charset="utf-8">${head}</head><body><article>${body}<p>${filler(5)}</p></article></body></html>`,
        ),
      )
    ).page.articles,
  ).title;

const SHOWN = '央行宣布下调存款准备金率';
/** [what the case shows, the page's <head>, the markup over its text, the headline wanted] */
const HEADLINE_CASES: [string, string, string, string][] = [
  ['an <h1> inside the <title>', `<title>${SHOWN}_商业频道_新浪网</title>`, `<h1>${SHOWN}</h1>`, SHOWN],
  // No headline element: the suffix goes when it names the site, or trails the headline behind a repeated separator.
  [
    'a repeated separator',
    '<title>Markets rally as rates fall | Business | The Daily Example</title>',
    '',
    'Markets rally as rates fall',
  ],
  [
    'the site named',
    '<title>Brexit: what happens next - BBC News</title><meta property="og:site_name" content="BBC News">',
    '<div>x</div>',
    'Brexit: what happens next',
  ],
  [
    'og:title',
    '<title>ignored</title><meta property="og:title" content="The headline of record">',
    '',
    'The headline of record',
  ],
  // No <h1> and no site name to go by: of the <title>'s parts, the one the page shows is the headline.
  [
    'the part shown',
    '<title>Harbour Gazette | Library approved</title>',
    '<div class="headline">Library approved</div>',
    'Library approved',
  ],
  [
    'the part shown last',
    '<title>Valley Herald - Bridge reopens after repairs</title>',
    '<div>Valley Herald</div><div>Bridge reopens after repairs</div>',
    'Bridge reopens after repairs',
  ],
  // The <title> names only a section, or nothing: the headline printed over the text is the title.
  [
    'a section for a title',
    '<title>Opinion</title>',
    '<h2>The bridge was never safe</h2><p>By A. Writer</p>',
    'The bridge was never safe',
  ],
  [
    'bold over a date',
    '',
    '<p><b>Council votes to rebuild the bridge</b></p><p>Jan 3, 2008</p>',
    'Council votes to rebuild the bridge',
  ],
  // Named nowhere: the line standing alone over the text, not the caption of the picture between them.
  [
    'named nowhere',
    '',
    '<div class="sh">Gulf states urge peace talks</div><div><img src="p.jpg"><div>The leaders met in the capital on Monday evening</div></div>',
    'Gulf states urge peace talks',
  ],
  // Dates, times of day and labels are no headlines; a class naming a heading marks one.
  [
    'a time of day',
    '',
    '<h2>Bridge reopens after repairs</h2><h3>Last Updated: 6:10 PM Dec 31, 2007</h3>',
    'Bridge reopens after repairs',
  ],
  [
    'a date',
    '',
    '<h2>Bridge reopens after repairs</h2><h3>Sun, January 6, 2008</h3>',
    'Bridge reopens after repairs',
  ],
  [
    'a date written day first, with a time and an agency after it',
    '<title>Bridge reopens after repairs- City-News-The Example Times</title>',
    '<h2>Bridge reopens after repairs</h2><h3>15 Jan, 2008, 1202 hrs IST, PTI</h3>',
    'Bridge reopens after repairs',
  ],
  [
    'a weekday and a day-first date',
    '',
    '<h2>Bridge reopens after repairs</h2><h3>Tuesday 8th January 2008</h3>',
    'Bridge reopens after repairs',
  ],
  [
    'a headline that trails off',
    '<title>Valley Herald</title>',
    "<h2>From our readers' letters...</h2><p>Sun, January 6, 2008</p>",
    "From our readers' letters...",
  ],
  [
    'a <title> holding the markup of a broken template',
    '<title>VALLEY SPORT i library--> <script src="x.js"></script></title>',
    '<div>Bridge reopens after months of repairs</div>',
    'Bridge reopens after months of repairs',
  ],
  [
    'no <title>, a label over a headline that stands alone',
    '',
    '<h4>PRINT FRIENDLY</h4><div>Bridge reopens after months of repairs</div>',
    'Bridge reopens after months of repairs',
  ],
  [
    'the same <h1> twice, for narrow and wide screens, over a section heading',
    '<title>How to set up a quiet workshop | Example Tools</title>',
    '<h1>Setting up a quiet workshop</h1><h1>Setting up a quiet workshop</h1><h2>Five steps to a calmer bench</h2>',
    'Setting up a quiet workshop',
  ],
  [
    "the site's name as a heading nearer the text than the headline, both named by the <title>",
    '<title>Local firm expands its plant - Valley City Business Journal:</title>',
    '<h1>Local firm expands its plant</h1><h3>Valley City Business Journal</h3>',
    'Local firm expands its plant',
  ],
  [
    'a subtitle in small type inside the <h1>',
    '<meta property="og:title" content="Fish cakes, hot and fresh">',
    '<h1><span>Fish cakes, hot and fresh</span> <small>A visit to the harbour town in the north</small></h1>',
    'Fish cakes, hot and fresh',
  ],
  [
    'a label in capitals',
    '',
    '<h2>Bridge reopens after repairs</h2><h4>PRINT FRIENDLY</h4>',
    'Bridge reopens after repairs',
  ],
  [
    'a class naming a heading',
    '<title>Arts</title>',
    '<p><span class="headingstory">Writers appear on each other’s shows</span></p>',
    'Writers appear on each other’s shows',
  ],
  // The site's part goes however the trail is written: "--", ">", "(from Paper)"; a short headline the page
  // shows is still the headline when the <title> names it beside the site.
  [
    'a -- trail',
    '<title>Sports -- Henin reaches the final</title>',
    '<div>Henin reaches the final</div>',
    'Henin reaches the final',
  ],
  [
    'a (from Paper) trail',
    '<title>Aidy Recalls Big Guns (from Harrow Times)</title>',
    '',
    'Aidy Recalls Big Guns',
  ],
  [
    'a short headline the <title> names',
    '<title>Zee News - Om Shanti Om</title>',
    '<h1>Zee News</h1><h2>Om Shanti Om</h2>',
    'Om Shanti Om',
  ],
  // The headline set under the lead picture's caption, after what reads as the first paragraph.
  [
    'under the caption',
    '<title>Valley TV - Bridge reopens after repairs</title>',
    '<div>Valley TV</div><p>The mayor opens the bridge at noon on Monday, with the engineers who repaired it beside her.</p><h3>Bridge reopens after repairs</h3>',
    'Bridge reopens after repairs',
  ],
  // Chinese sites: a logo's <h1> holds the site's name; the trail may be cut by bare hyphens; the site may lead.
  [
    "a logo's <h1>",
    `<title>${SHOWN}_商业频道_东方在线</title>`,
    `<h1>东方在线</h1><div class="title">${SHOWN}</div>`,
    SHOWN,
  ],
  ['bare hyphens', `<title>${SHOWN}-东方在线-商业频道</title>`, `<h2>${SHOWN}</h2>`, SHOWN],
  ['the site first', `<title>东方在线 | ${SHOWN}</title>`, `<p><strong>${SHOWN}</strong></p>`, SHOWN],
  // The page's one <h1> (in a <header> of its own), which the metadata names in other words, over the heading of
  // a form set between it and the text.
  [
    'the <h1> over a form',
    '<title>2025 Plumbing Price Guide: Average Rates and How to Estimate</title><meta property="og:title" content="2025 Plumbing Price Guide: Average Rates and How to Estimate">',
    `<header><h1>Plumbing Pricing Guide 2025: Learn Average Rates</h1></header><p>Written by A. Writer</p><form><h2>What is your industry?</h2><select>${'<option>Heating and air conditioning</option>'.repeat(24)}</select></form>`,
    'Plumbing Pricing Guide 2025: Learn Average Rates',
  ],
  // A <title> trailing the site's name and sections, which its menus show too: the part of several words.
  [
    'a trail of sections the menus show',
    '<title>The Valley Post : Sport / Racing : Favourite wins the cup at a canter</title>',
    '<ul><li><a href="/">The Valley Post</a></li><li><a href="/sport">Sport</a></li><li><a href="/racing">Racing</a></li></ul><p>Favourite wins the cup at a canter, the stewards said on Saturday.</p>',
    'Favourite wins the cup at a canter',
  ],
  // An <h1> the metadata does not name (a blog's or a section's name) leaves the headline where it was.
  [
    'an <h1> the metadata does not name',
    '<title>Bridge reopens after repairs | Valley Notes</title>',
    '<h1>Notes from the valley this week</h1><h2>Bridge reopens after repairs</h2>',
    'Bridge reopens after repairs',
  ],
  // A headline the metadata names and the page sets over the text is it, one word or ending in a full stop,
  // over a blog's name in an <h1> that links home.
  [
    'a one-word headline under the blog’s name',
    '<title>Nachtgedanken – Notes from the valley</title><meta property="og:title" content="Nachtgedanken">',
    '<h1 class="site-title"><a href="https://valley.example/" rel="home">Notes from the valley</a></h1><h1 class="entry-title">Nachtgedanken</h1>',
    'Nachtgedanken',
  ],
  [
    'a headline ending in a full stop',
    '<title>Herbstnebel. | Notes from the valley</title><meta property="og:title" content="Herbstnebel.">',
    '<h1><a href="/">Notes from the valley</a></h1><h2>Herbstnebel.</h2>',
    'Herbstnebel.',
  ],
  // The page's one <h1> over its first section's heading, where the metadata words the story for search engines
  // and names neither.
  [
    "the <h1> over the first section's heading",
    '<title>Marketing Service Charges: Top 5 Proven Secrets</title>',
    '<header><h1>Marketing Costs Demystified: What Should You Really Pay?</h1></header><h2>The real cost of marketing services this year</h2>',
    'Marketing Costs Demystified: What Should You Really Pay?',
  ],
  // The page's one <h1> saying what the <title> and a section's heading under it say, and more.
  [
    'the <h1> that says more than the <title>',
    '<title>The Best GPS Watches | Gear Lab</title>',
    '<h1>The Best GPS Watches of 2026</h1><p>By A. Tester</p><h2>The Best GPS Watches</h2>',
    'The Best GPS Watches of 2026',
  ],
  // …but not when the more is the site's trail after a bar.
  [
    "the <h1> that adds the site's trail",
    '<title>How to sleep through the night | Clinic</title>',
    '<h1>How to sleep through the night | Patient Education</h1><h2>How to sleep through the night</h2>',
    'How to sleep through the night',
  ],
  // A one-word <h1> the metadata names whole, over the headings of the recipe's parts.
  [
    'a one-word <h1> the metadata names',
    '<title>Bienenstich-Muffins mit Vanillecreme | Backstube</title>',
    '<h1>Bienenstich-Muffins</h1><h2>Zutaten</h2><h2>Zubereitung</h2><h2>Haben Sie Fragen zu diesem Rezept?</h2>',
    'Bienenstich-Muffins',
  ],
  // A headline the metadata words for search engines and the page prints nowhere, over the <h1> it names.
  [
    'the <h1> under a metadata headline the page never prints',
    '<title>Recipe for Lemon Drizzle Cake | Backstube</title><meta property="og:title" content="Recipe for Lemon Drizzle Cake | Backstube">',
    '<header><h1>Lemon Drizzle Cake</h1></header><p>By A. Baker</p>',
    'Lemon Drizzle Cake',
  ],
  // A blog's name in the page's only <h1>, linking home, is never the headline, however the <title> ends.
  [
    "the blog's name linking home in the only <h1>",
    "<title>About this woodworking blog and its projects - Jan's Blog</title>",
    `<h1><a href="https://jan.example/" rel="home">Jan's Blog</a></h1><h2>About this woodworking blog and its projects</h2>`,
    'About this woodworking blog and its projects',
  ],
  // The kicker set in the headline's own <h1>, with the separator only screen readers hear.
  [
    'a kicker inside the <h1>',
    '<title>Climate: Drilling until it gets hot | Valley Post</title>',
    '<h1><span class="article-heading__kicker">Climate</span><span class="visually-hidden">: </span><span class="article-heading__title">Drilling until it gets hot</span></h1>',
    'Drilling until it gets hot',
  ],
  [
    'a Dachzeile inside the <h1>',
    '<title>Nach dem Hochwasser: Die alte Brücke ist wieder offen</title>',
    '<h1> <span class="dachzeile">Nach dem Hochwasser</span> <span class="headline">Die alte Brücke ist wieder offen</span> </h1>',
    'Die alte Brücke ist wieder offen',
  ],
  // A ruby's readings are set over their words: the headline is the words.
  [
    'ruby readings',
    '',
    '<h1><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>で<ruby>大雪<rt>おおゆき</rt></ruby>が<ruby>降<rt>ふ</rt></ruby>りました</h1>',
    '東京で大雪が降りました',
  ],
];

test('the title is the headline the page shows, without the site suffix of its <title>', async () => {
  for (const [why, head, body, want] of HEADLINE_CASES) assert.equal(await headlineOf(head, body), want, why);
});

test("a <title>'s parts are cut at single guillemets and at marks in a row, never inside a word", () => {
  const parts = (title: string) => title.split(SEPARATOR).map((part) => part.trim());
  assert.deepEqual(parts('Walking in winter: from grim to glad. › Northern Notes'), [
    'Walking in winter: from grim to glad.',
    'Northern Notes',
  ]);
  assert.deepEqual(parts('example-studio.de // » Jens Weber'), ['example-studio.de', 'Jens Weber']);
  assert.deepEqual(parts('Well-known co-op re-opens'), ['Well-known co-op re-opens']);
});

test('old table-laid pages: the headline in a cell, a <font> around the story, small print beside it', async () => {
  const story = `<p>${filler(6, 'The river rose')}</p><p>${filler(4, 'Engineers said')}</p>`;
  const tablePage = `<html><head></head><body><table><tr><td width="120"><a href="/">Home</a></td><td>
<table><tr><td><a href="/world">World News</a><br><h3><font face="Georgia">Floods close the old bridge</font></h3><br>
<table><tr><td><font size="1">Print article</font></td></tr><tr><td><font size="1">Refer to a friend</font></td></tr></table>
<em><font color="#999">© Agency</font></em><br><div>${story}</div></td></tr></table></td></tr></table></body></html>`;
  const article = only((await readOk('table.html', encode(tablePage))).page.articles);
  assert.equal(article.title, 'Floods close the old bridge');
  // Nothing of what stood over the headline (the section's link) comes before the story's text.
  assert.ok(!article.blocks.some((b) => b.text === 'World News'));
  assert.equal(article.blocks.filter((b) => b.type === 'heading').length, 0);
  assert.ok(article.blocks.some((b) => b.text.startsWith('The river rose')));

  const fontPage = `<html><head><title>The Sports Desk</title></head><body><table><tr><td><font size="2"><p>
<center><font face="arial"></font></center><p><h3> Blues rout the Jackets </h3>${story}</font></td></tr></table></body></html>`;
  const blocks = only((await readOk('font.html', encode(fontPage))).page.articles);
  assert.equal(blocks.title, 'Blues rout the Jackets');
  assert.match(blocks.blocks[0]!.text, /^The river rose/);
  assert.ok(blocks.blocks.length >= 2, 'the paragraphs stay paragraphs');
});

test('an old page with no heading at all: the line set in large type over the story is its headline', async () => {
  const story = `今年以来，全省春耕生产有序推进，各地抢抓农时。${'农机作业进度明显加快，春播面积稳步扩大。'.repeat(12)}`;
  const page = (head: string) =>
    `<html><head><meta charset="gb2312"><title>新闻中心</title></head><body><table><tr><td><a href="/">首页</a></td></tr>
<tr><td>${head}<br><br>${story}<br><br>${story}</td></tr></table></body></html>`;
  const read = async (head: string) =>
    only((await readOk('news.htm', new Uint8Array(iconv.encode(page(head), 'gbk')))).page.articles);
  assert.equal((await read('<font size=5><b>全省春耕生产有序推进</b></font>')).title, '全省春耕生产有序推进');
  assert.equal((await read('<font size="+2">全省春耕生产有序推进</font>')).title, '全省春耕生产有序推进');
  // Large type holding a sentence is no headline; nor is small type.
  assert.equal((await read('<font size=5>全省春耕生产有序推进。</font>')).title, '新闻中心');
  assert.equal((await read('<font size=3><b>全省春耕生产有序推进</b></font>')).title, '新闻中心');
  // Large type the line runs on from (a story's first words set large) is no headline either.
  assert.equal((await read('<font size=5>全省春耕生产有序推进</font>，各地抢抓农时')).title, '新闻中心');
});

test('a page inside a <form> is read (its fields are not), and a <noscript> within a <noscript> does not hide the page', async () => {
  const story = `<h1>Floods close the old bridge</h1><p>${filler(5, 'The river rose')}</p><p>${filler(3, 'Engineers said')}</p>`;
  const formPage = `<html><head><title>Floods</title></head><body><form id="aspnetForm" action="page.aspx" method="post">
<input type="hidden" name="__VIEWSTATE" value="abc"><select><option>Choose a region</option></select>
<div id="main">${story}</div><button>Subscribe now</button></form></body></html>`;
  const inForm = only((await readOk('form.html', encode(formPage))).page.articles);
  assert.equal(inForm.title, 'Floods close the old bridge');
  const text = inForm.blocks.map((b) => b.text).join('\n');
  assert.match(text, /^The river rose/);
  assert.doesNotMatch(text, /Choose a region|Subscribe now|VIEWSTATE/);

  const tagManager = `<html><head><title>Floods</title></head><body><noscript>
<!-- tag manager --><noscript><iframe src="https://tags.example/ns.html"></iframe></noscript></noscript>
<div id="main">${story}</div></body></html>`;
  const page = only((await readOk('noscript.html', encode(tagManager))).page.articles);
  assert.match(page.blocks.map((b) => b.text).join('\n'), /^The river rose/);
});

const ZH_PAGE = (charsetMeta: string) =>
  `<!DOCTYPE html><html><head>${charsetMeta}<title>经济日报：今年粮食产量再创新高_财经频道</title></head><body><div id="main"><h1>今年粮食产量再创新高</h1><p>${'国家统计局今天发布数据，全年粮食总产量再创历史新高，主要农产品供应充足，市场运行总体平稳。'.repeat(6)}</p><p>${'专家表示，科技进步和良种推广是增产的主要原因，今后还将继续加大投入。'.repeat(5)}</p></div></body></html>`;

test('a <title> never closed does not swallow the page: its text is read', async () => {
  const page = `<html><head><title>Floods close the old bridge (The Valley Post)
<script>function f() {}</script></head><body><h1>Floods close the old bridge</h1>
<p>${filler(6, 'The river rose')}</p><p>${filler(4, 'Engineers said')}</p></body></html>`;
  const article = only((await readOk('cut.html', encode(page))).page.articles);
  assert.equal(article.title, 'Floods close the old bridge');
  assert.match(article.blocks[0]!.text, /^The river rose/);
});

test("a Chinese page's source line under the headline gives its author and time; an interview's 记者： does not", async () => {
  const line = '<div class="info">2023年03月17日 18:02　来源：东方在线　作者：李明</div>';
  const interview = `<p>记者：${'你怎么看今年的粮食生产？'}</p><p>${'国家统计局今天发布数据，全年粮食总产量再创历史新高。'.repeat(6)}</p>`;
  const page = (extra: string) =>
    `<!DOCTYPE html><html><head><meta charset="gbk"><title>今年粮食产量再创新高</title></head><body><h1>今年粮食产量再创新高</h1>${extra}${interview}</body></html>`;
  const dated = await readOk('news.html', new Uint8Array(iconv.encode(page(line), 'gbk')));
  assert.deepEqual(dated.page.meta.byline, ['李明']);
  assert.deepEqual(dated.page.meta.published, ['2023-03-17T18:02:00']);
  const undated = await readOk('news.html', new Uint8Array(iconv.encode(page(''), 'gbk')));
  assert.equal(undated.page.meta.byline, undefined);
});

test('a GBK page is read in its declared charset (GB2312), and detected when it declares none', async () => {
  for (const meta of ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', '']) {
    const page = ZH_PAGE(meta);
    const document = await readOk('news.htm', new Uint8Array(iconv.encode(page, 'gbk')));
    assert.equal(document.encoding, 'gb18030');
    const article = only(document.page.articles);
    assert.equal(article.title, '今年粮食产量再创新高');
    assert.ok(document.content.includes('国家统计局今天发布数据'));
  }
  const big5 = ZH_PAGE('').replace(/国家统计局今天发布数据/g, '國家統計局今天發佈數據');
  const document = await readOk('news.html', new Uint8Array(iconv.encode(big5, 'big5')));
  assert.equal(document.encoding, 'big5');
  assert.ok(document.content.includes('國家統計局今天發佈數據'));
});

/** A page as Chromium saves it as a single file: quoted-printable HTML and a base64 picture. */
function mhtml(html: string): Uint8Array {
  const qp = Array.from(new TextEncoder().encode(html), (byte) =>
    byte === 0x3d || byte > 0x7e
      ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}`
      : String.fromCharCode(byte),
  )
    .join('')
    .replace(/(.{70})/g, '$1=\r\n');
  const boundary = '----MultipartBoundary--abc123----';
  return encode(
    [
      'From: <Saved by Blink>',
      'Snapshot-Content-Location: https://news.example/articles/floods',
      'Subject: Floods close the old bridge - BBC News',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      `\tboundary="${boundary}"`,
      '',
      '',
      `--${boundary}`,
      'Content-Type: text/html',
      'Content-ID: <frame-1@mhtml.blink>',
      'Content-Transfer-Encoding: quoted-printable',
      'Content-Location: https://news.example/articles/floods',
      '',
      qp,
      `--${boundary}`,
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      'Content-Location: https://news.example/level.png',
      '',
      'iVBORw0KGgo=',
      `--${boundary}--`,
      '',
    ].join('\r\n'),
  );
}

test('a page whose UTF-8 a content system read as Windows-1252 reads as written: its headline, its text', async () => {
  const twice = (text: string) => new TextDecoder('windows-1252').decode(encode(text));
  const body = `It’s the gardener’s guide. ${filler(4)} The café’s owner said so.`;
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>${twice('A gardener’s guide – The Example')}</title></head><body><article><h1>${twice('A gardener’s guide')}</h1><p>${twice(body)}</p></article></body></html>`;
  const article = only((await readOk('page.html', encode(page))).page.articles);
  assert.equal(article.title, 'A gardener’s guide');
  assert.equal(article.blocks[0]?.text, body);
});

test('a browser-saved .mhtml page is read from its HTML part', async () => {
  const zh = ZH_PAGE('<meta charset="utf-8">');
  for (const [page, title] of [
    [NEWS_PAGE, 'Floods close the old bridge'],
    [zh, '今年粮食产量再创新高'],
  ] as const) {
    const document = await readOk('saved.mhtml', mhtml(page));
    assert.equal(only(document.page.articles).title, title);
  }
  const document = await readOk('saved.mhtml', mhtml(NEWS_PAGE));
  assert.ok(document.content.includes('We have never seen the water this high.'));
});

test('a UTF-8 page cut off inside a character is read in its declared charset, not as Windows-1252', async () => {
  const body = `It’s the gardener’s guide. ${filler(4)} The café’s owner said so’`;
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>A gardener’s guide</title></head><body><article><h1>A gardener’s guide</h1><p>${body}`;
  const bytes = encode(page);
  // Cut inside the last ’ (E2 80 99): every byte left is one Windows-1252 reads.
  const document = await readOk('cut.html', bytes.subarray(0, bytes.length - 1));
  assert.equal(document.encoding, 'utf-8');
  assert.equal(only(document.page.articles).title, 'A gardener’s guide');
  assert.deepEqual(
    document.notices?.map((n) => n.en),
    ['1 place in it could not be read (the file may be damaged) and shows as \ufffd'],
  );
});

test('a UTF-16 page saved without its byte-order mark is read, not refused as binary', async () => {
  const page = ZH_PAGE('<meta charset="utf-16">');
  for (const order of ['utf-16le', 'utf-16be'] as const) {
    const units = Buffer.from(page, 'utf16le');
    if (order === 'utf-16be') units.swap16();
    const document = await readOk('page.html', new Uint8Array(units));
    assert.equal(document.encoding, order);
    assert.equal(only(document.page.articles).title, '今年粮食产量再创新高');
  }
});

test('HTML is recognised by its bytes, whatever the name; a .md file stays Markdown', async () => {
  const asText = await readOk('download', encode(NEWS_PAGE));
  assert.equal(only(asText.page.articles).title, 'Floods close the old bridge');
  const markdown = await readOk('note.md', encode('# A note\n\nSome <b>bold</b> text.\n'));
  assert.equal(markdown.format, 'markdown');
});

test('a .html file holding binary data is refused with the reason', async () => {
  const bytes = new Uint8Array(4096).map((_v, i) => (i * 37) % 256);
  const read = await readDocument('page.html', bytes);
  assert.equal(read.ok, false);
  assert.match(read.ok ? '' : read.reason.en, /binary/);
});

test('sanitising removes every script, handler, form, frame and remote load', () => {
  const clean = sanitizeHtml(HOSTILE.join('\n')).innerHTML;
  assert.doesNotMatch(
    clean,
    /<(script|iframe|object|embed|form|input|button|meta|link|style|base|template)\b/i,
  );
  assert.doesNotMatch(clean, /\son\w+\s*=/i);
  assert.doesNotMatch(clean, /javascript:/i);
  // A picture's remote address is kept only as inert data, to be shown as text in its place.
  assert.doesNotMatch(clean.replaceAll(/ data-jb-remote-src="[^"]*"/g, ''), /evil\.example/);
  assert.match(clean, /styled/, 'harmless text stays');
});

test('a hostile page is imported as text only: nothing in it runs, and no script text shows', async () => {
  const page = `<!doctype html><html><head><title>Hostile page</title></head><body><article><h1>Hostile page</h1><p>${filler(5)}</p>${HOSTILE.join('\n')}<p>${filler(3)}</p></article></body></html>`;
  const document = await readOk('hostile.html', encode(page));
  assert.equal((globalThis as { __jianbaoRan?: string }).__jianbaoRan, undefined);
  assert.doesNotMatch(document.content, /__jianbaoRan|alert\(|evil\.example|javascript:/);
});

test('library.import stores a web page as one article, keeps the file and reads it again on re-import', async () => {
  const library = tempLibrary();
  try {
    const result = await library.services['library.import']({
      files: [{ name: 'floods.html', data: encode(NEWS_PAGE) }],
    });
    assert.deepEqual(result.rejected, []);
    const [imported] = result.imported;
    assert.equal(imported!.articleIds.length, 1);
    const article = await library.services['articles.get']({ id: imported!.articleIds[0]! });
    assert.equal(article.title, 'Floods close the old bridge');
    assert.ok(article.text.includes('Old bridge\t4.2'));
    assert.deepEqual(
      Uint8Array.from(library.store.getSource(imported!.sourceId)!.original!),
      encode(NEWS_PAGE),
    );
    const again = await library.services['library.reimport']({ sourceId: imported!.sourceId });
    assert.deepEqual(again.articleIds, imported!.articleIds);
    const twice = await library.services['library.import']({
      files: [{ name: 'copy.html', data: encode(NEWS_PAGE) }],
    });
    assert.equal(twice.imported[0]!.duplicate, true);

    const refused = await library.services['library.import']({
      files: [{ name: 'page.html', data: new Uint8Array(2048).fill(0) }],
    });
    assert.equal(refused.imported.length, 0);
    assert.match(refused.rejected[0]!.reason, /^page\.html was not imported: .*binary/);
  } finally {
    library.close();
  }
});

test('jianbao parse page.html --json prints the article and its metadata', () => {
  const file = join(dir, 'floods.html');
  writeFileSync(file, NEWS_PAGE);
  const out = execFileSync(process.execPath, [join(root, 'dist/node/cli.mjs'), 'parse', file, '--json'], {
    encoding: 'utf8',
  });
  const parsed = JSON.parse(out) as {
    encoding: string;
    meta: Record<string, string[]>;
    articles: ParsedArticle[];
  };
  assert.equal(parsed.encoding, 'utf-8');
  assert.deepEqual(parsed.meta.site, ['BBC News']);
  assert.equal(parsed.articles[0]!.title, 'Floods close the old bridge');
});

test('a Hong Kong page in Big5-HKSCS and a Windows-1252 page decode as the text decoder reads them', async () => {
  const hk =
    '<html><head><meta charset="big5"></head><body><h1>佢哋嘅新聞</h1><p>佢哋今日去咗睇戲，話套戲好好睇。</p></body></html>';
  const read = await readDocument('hk.html', new Uint8Array(iconv.encode(hk, 'big5-hkscs')));
  assert.ok(read.ok, read.ok ? '' : read.reason.en);
  assert.match(read.document.content, /佢哋今日去咗睇戲/);
  const western =
    '<html><head><meta charset="windows-1252"></head><body><h1>Café “quotes”</h1><p>It cost €5 — cheap.</p></body></html>';
  const west = await readDocument('w.html', new Uint8Array(iconv.encode(western, 'windows-1252')));
  assert.ok(west.ok, west.ok ? '' : west.reason.en);
  assert.match(west.document.content, /It cost €5 — cheap\./);
});
