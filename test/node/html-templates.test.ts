// Web pages as site templates build them, whatever language they are written in: boxes the template names for
// what they hold (an author's biography, a rating, a newsletter offer), a post wrapped in a customized built-in
// element, a page whose text stands in a <noscript>, and the headline's own markup (kicker, ruby).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ParsedArticle } from '../../shared/contract/article';
import { readDocument } from '../../main/node/import/read-document';

async function article(body: string, head = '<title>Der Fluss steigt</title>'): Promise<ParsedArticle> {
  const html = `<!doctype html><html lang="de"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  const result = await readDocument('page.html', new TextEncoder().encode(html));
  assert.ok(result.ok, result.ok ? '' : result.reason.en);
  assert.equal(result.document.page.articles.length, 1);
  return result.document.page.articles[0]!;
}

const STORY = [
  'Der Fluss ist in der Nacht um mehr als einen Meter gestiegen, und die Feuerwehr hat am Morgen die alte Brücke für Autos und Fußgänger gesperrt.',
  'Am Ufer stapelten Helfer bis zum Mittag Sandsäcke, während die Stadt die Bewohner der unteren Straßen bat, ihre Keller zu räumen und Autos wegzufahren.',
  'Der Bürgermeister sagte, man rechne erst am Wochenende mit sinkenden Pegeln, und die Schulen am Fluss blieben bis dahin geschlossen.',
];
const paragraphs = STORY.map((text) => `<p>${text}</p>`).join('');

test("boxes a template names for its furniture go: the author's biography, a rating, the filing line, a newsletter offer", async () => {
  const { blocks } = await article(
    `<main><article class="post"><h1>Der Fluss steigt</h1><div class="entry-content">${paragraphs}
    <div class="post-ratings">War der Artikel nützlich? (95 Stimmen: 4,7 von 5)</div></div>
    <div class="entry-utility">Dieser Eintrag wurde unter Lokales abgelegt. Lesezeichen setzen.</div>
    <section class="authorBox"><p>Anna Beispiel schreibt seit zehn Jahren über die Stadt, ihre Brücken und ihre Flüsse, und sie liest am liebsten Romane.</p></section>
    <div class="newsletter-promo">Jeden Morgen die Nachrichten aus der Stadt: jetzt anmelden.</div></article></main>`,
  );
  assert.deepEqual(
    blocks.map((block) => block.text),
    STORY,
  );
});

test('a box whose name says sharing but holds the running text is the article', async () => {
  const { blocks } = await article(
    `<main><h1>Der Fluss steigt</h1><div class="document-content sharing-container">${paragraphs}</div><footer><p>Impressum</p></footer></main>`,
  );
  assert.deepEqual(
    blocks.map((block) => block.text),
    STORY,
  );
});

// DOMPurify removes a customized built-in element whole (its class would be a script's, which never runs here).
test('a post wrapped in a customized built-in element (<section is="…">) is read', async () => {
  const { blocks } = await article(
    `<section is="theme-single-post"><header><nav is="theme-menu"><a href="/">Start</a></nav></header><main><h1>Der Fluss steigt</h1><section is="theme-text">${paragraphs}</section></main></section>`,
  );
  assert.deepEqual(
    blocks.map((block) => block.text),
    STORY,
  );
});

test('a page that shows its whole text only without scripts (in a <noscript>) is read; a "turn on JavaScript" line is not', async () => {
  const { blocks } = await article(
    `<noscript><div id="page"><h1>Der Fluss steigt</h1>${paragraphs}</div></noscript><div id="app"></div>`,
  );
  assert.deepEqual(
    blocks.map((block) => block.text),
    STORY,
  );
  const scripted = await article(
    `<noscript>Bitte aktivieren Sie JavaScript, um diese Seite zu sehen.</noscript><h1>Der Fluss steigt</h1>${paragraphs}`,
  );
  assert.deepEqual(
    scripted.blocks.map((block) => block.text),
    STORY,
  );
});

test("a ruby's readings are not read into the text", async () => {
  const { blocks } = await article(
    `<h1>雪</h1><p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>で<ruby>大雪<rt>おおゆき</rt></ruby>が<ruby>降<rt>ふ</rt></ruby>りました。${'電車が止まり、多くの人が駅で待ちました。'.repeat(6)}</p>`,
  );
  const text = blocks.find((block) => block.type === 'paragraph')?.text;
  assert.match(text ?? '', /^東京で大雪が降りました。電車が止まり/);
});

test('the lead a news template sets in the header, between the headline and the story, opens the article', async () => {
  const lead =
    'Nach einer Nacht mit Starkregen ist der Fluss über die Ufer getreten, und die Stadt sperrt die alte Brücke.';
  const { blocks } = await article(
    `<div class="story-header"><h1>Der Fluss steigt</h1><p class="intro">${lead}</p><p class="meta">Von Anna Beispiel, 3. März</p></div><div class="article-body">${paragraphs}${paragraphs}</div>`,
    `<title>Der Fluss steigt</title><meta property="og:description" content="${lead.slice(0, 60)}…">`,
  );
  assert.deepEqual(
    blocks.map((block) => block.text),
    [lead, ...STORY, ...STORY],
  );
  // Without the site's own description, nothing in the header (which Readability leaves out) is taken for a lead.
  const plain = await article(
    `<div class="story-header"><h1>Der Fluss steigt</h1><p class="intro">${lead}</p></div><div class="article-body">${paragraphs}${paragraphs}</div>`,
  );
  assert.deepEqual(
    plain.blocks.map((block) => block.text),
    [...STORY, ...STORY],
  );
});

test('a line that only dates the article, over or under its text, is not a paragraph of it, in any language', async () => {
  const dated = (top: string, bottom: string) =>
    article(`<article><h1>Der Fluss steigt</h1><p>${top}</p>${paragraphs}<p>${bottom}</p></article>`);
  for (const [top, bottom] of [
    ['Publiziert: 03.04.2020, 12:35', 'Aktualisiert: 04.04.2020, 10:27 Uhr'],
    ['16 marca 2021', 'Opublikowano: 2021-04-29 17:13:04+02:00'],
    ['2020年4月3日', 'October 30, 2012'],
  ]) {
    const { blocks } = await dated(top!, bottom!);
    assert.deepEqual(
      blocks.map((block) => block.text),
      STORY,
      top,
    );
  }
  // A sentence that gives a date is text.
  const { blocks } = await dated(
    'Am 3. April 2020 stieg der Fluss.',
    'Posted on October 30, 2012, by a reader',
  );
  assert.equal(blocks.length, STORY.length + 2);
});

test("a pointer to another story between the paragraphs (a label, then its headline as a link) is not the article's text", async () => {
  const pointer = (label: string, headline: string) => `<p>${label} <a href="/other">${headline}</a></p>`;
  const { blocks } = await article(
    `<article><h1>Der Fluss steigt</h1><p>${STORY[0]}</p>${pointer('Lesen Sie auch:', 'Wie die Stadt ihre Brücken prüft')}<p>${STORY[1]}</p>${pointer('<b>À lire aussi »</b>', 'Les ponts de la ville sous surveillance')}<p>${STORY[2]}</p>
    <p>Quelle: <a href="/agentur">Agentur</a></p><p>Mehr dazu steht im Bericht des Wasseramts, den die Stadt am Montag <a href="/bericht">online gestellt hat</a></p></article>`,
  );
  assert.deepEqual(
    blocks.map((block) => block.text),
    [
      ...STORY,
      'Quelle: Agentur',
      'Mehr dazu steht im Bericht des Wasseramts, den die Stadt am Montag online gestellt hat',
    ],
  );
});

// A Vue list template read as saved shows every conditional part of its one entry at once: a box of notes that
// has more text than the story, which Readability then took for the article.
test('a list template the page’s scripts were still to render (Vue’s v-for) is no part of the article', async () => {
  const note = (i: number) =>
    `<div v-if="post.notice${i}" class="notice"><p>Hinweis ${i}: Dieser Beitrag wird noch ergänzt, sobald neue Angaben vorliegen, und kann Stellen enthalten, die manche Leser belasten, bitte lesen Sie mit Bedacht.</p></div>`;
  const { blocks } = await article(
    `<main><article><h1>Der Fluss steigt</h1><div class="text">${paragraphs}</div></article>
    <section class="more"><div v-for="post in posts" class="post"><h2>{{ post.title }}</h2><div class="text">${[1, 2, 3, 4, 5, 6].map(note).join('')}</div></div></section></main>`,
  );
  assert.deepEqual(
    blocks.map((block) => block.text),
    STORY,
  );
});

test('a cookie notice set in the article and an advertisement’s label between its paragraphs are not its text', async () => {
  const { blocks } = await article(
    `<article><h1>Der Fluss steigt</h1><p>${STORY[0]}</p><div class="ad-slot"><p>Anzeige</p></div><p>${STORY[1]}</p><div>Advertisement</div><p>${STORY[2]}</p>
    <div class="cookie-banner"><p>Diese Website verwendet Cookies. Wenn du die Website weiterhin nutzt, stimmst du der Verwendung von Cookies zu.</p></div></article>`,
  );
  assert.deepEqual(
    blocks.map((block) => block.text),
    STORY,
  );
});

// A photo's post of one line beside a long cookie notice: Readability reads the notice, which is the site's.
test('a page where all that was read as the article is the site’s furniture is read whole, not refused', async () => {
  const archive = Array.from(
    { length: 60 },
    (_, i) => `<li><a href="/${i}">Bilder vom Fluss, Teil ${i}</a></li>`,
  );
  const { blocks } = await article(
    `<nav><ul>${archive.join('')}</ul></nav><div class="post"><h1>Der Fluss steigt</h1><img src="fluss.jpg" alt=""><p>Heute Morgen an der Brücke.</p></div>
    <div id="eu-cookie-law" class="widget cookie-law"><form><p>Datenschutz und Cookies: Diese Website verwendet Cookies, um Inhalte und Anzeigen zu personalisieren, Funktionen für soziale Medien anbieten zu können und die Zugriffe auf unsere Website zu analysieren, und wer sie weiterhin nutzt, stimmt der Verwendung von Cookies zu, wie es in unserer Richtlinie beschrieben ist.</p></form></div>`,
  );
  assert.ok(
    blocks.some((block) => block.text === 'Heute Morgen an der Brücke.'),
    JSON.stringify(blocks),
  );
  assert.ok(!blocks.some((block) => block.text.includes('Cookies')));
});
