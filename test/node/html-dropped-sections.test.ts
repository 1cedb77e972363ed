// Long web articles built of boxes that Readability's last pass finds "fishy" (a section with more pictures
// than paragraphs, a product's box) must come back whole; the site's widgets between them must not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import type { ParsedArticle, ParsedBlock } from '../../shared/contract/article';
import { withDroppedSections } from '../../main/node/import/html/dropped-sections';
import { htmlBlocks } from '../../main/node/import/html/html-blocks';
import { sanitizeHtml } from '../../main/node/import/html/sanitize-html';
import { readDocument } from '../../main/node/import/read-document';

async function article(html: string): Promise<ParsedArticle> {
  const result = await readDocument('guide.html', new TextEncoder().encode(html));
  assert.ok(result.ok, result.ok ? '' : result.reason.en);
  assert.equal(result.document.page.articles.length, 1);
  return result.document.page.articles[0]!;
}

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plants for a dark flat</title></head><body><div class="menu"><a href="/">Home</a> <a href="/garden">Garden</a></div>${body}<div class="footer"><a href="/about">About us</a></div></body></html>`;

const INTRO =
  'A north-facing flat gets little sun, but that need not mean a home without green: plenty of plants grow well in the shade of a room, as long as they are watered with care, kept away from cold draughts, and given a window sill that sees some daylight, even if only for a few hours in the morning.';
const CLOSING =
  'Whichever plant you choose, turn its pot a quarter every week so that it grows straight, wipe the dust off its leaves now and then, and feed it once a month in spring and summer, when it is growing, but never in winter, when it rests.';
const PLANTS = [
  [
    'Snake plant',
    'Its stiff upright leaves store water so well that a month without a drink does it no harm and it will even grow in a corridor',
  ],
  [
    'Cast-iron plant',
    'Victorian parlours were dark and full of gas fumes and this broad-leaved plant survived them all without complaint',
  ],
  [
    'Peace lily',
    'The white flowers come back every spring and the leaves droop when it is thirsty which tells you exactly when to water',
  ],
  [
    'Spider plant',
    'Small plantlets hang from long stems and each of them roots in a glass of water to make a new plant for a friend',
  ],
];
const pictures = (name: string) =>
  [1, 2, 3]
    .map((n) => `<figure><img src="${name.toLowerCase().replace(/\W+/g, '-')}-${n}.jpg" alt=""></figure>`)
    .join('');

const card = ([name, text]: string[]) =>
  `<div class="plant-card"><h2>${name}</h2>${pictures(name!)}<p>${text}.</p></div>`;
/** The guide as read: its text blocks (pictures aside), each section after `section` set in its place. */
async function guideTexts(
  section: (plant: string[]) => string,
  tail = `<p>${CLOSING}</p>`,
): Promise<string[]> {
  const sections = PLANTS.map(section).join('');
  const { blocks } = await article(
    page(`<article><h1>Plants for a dark flat</h1><p>${INTRO}</p>${sections}${tail}</article>`),
  );
  return blocks.filter((b) => b.type !== 'figure').map((b) => b.text);
}
const WHOLE_GUIDE = [INTRO, ...PLANTS.flatMap(([name, text]) => [name!, `${text}.`]), CLOSING];

test('sections of a guide that carry more pictures than text come back between its first and last paragraph', async () => {
  assert.deepEqual(await guideTexts(card), WHOLE_GUIDE);
});

test("a shop's buttons and labels between the sections of an article stay out", async () => {
  const shop = (plant: string[]) =>
    `${card(plant)}<div class="buy-box">${pictures(plant[0]!)}${pictures(plant[0]!)}<p>Check price</p><p>Free delivery</p></div>`;
  assert.deepEqual(await guideTexts(shop), WHOLE_GUIDE);
});

test("readers' comments and hidden boxes inside the article's box are not put back", async () => {
  const comment =
    '<div class="comment"><p>I have kept a snake plant in my bathroom for ten years now and it has never once needed repotting, which is remarkable.</p></div>';
  const hidden =
    '<div hidden><p>This paragraph sits in a box the page never shows, a template left it here for a dialog that nobody opens.</p></div>';
  const credit = '<p>Photographs by the author, taken in her own flat over one winter.</p>';
  const text = (
    await guideTexts((plant) => card(plant) + hidden, `<p>${CLOSING}</p>${comment}${comment}${credit}`)
  ).join('\n');
  assert.ok(text.includes(PLANTS[3]![1]!), 'the sections are back');
  assert.ok(!text.includes('bathroom'), 'no comment');
  assert.ok(!text.includes('dialog'), 'no hidden box');
});

// Readability cuts a page's text into blocks its own way (loose text in a <div> becomes paragraphs, a line
// break may end one): what is put back must never say again what the reading says, however it was cut, and
// the reading itself must come back whole and in order. Either may join what the other keeps apart.
test('put-back text never repeats the reading, and the reading stays whole and in order (property)', () => {
  const words = fc
    .array(fc.constantFrom(...'abcdefghij klmnopqrst uvwxyz'.split('')), { minLength: 70, maxLength: 120 })
    .map((chars) => chars.join('').replace(/\s+/g, ' ').trim());
  const section = fc.record({
    lost: fc.boolean(),
    sentences: fc.array(words, { minLength: 1, maxLength: 3 }),
  });
  const cut = fc.array(section, { minLength: 2, maxLength: 8 });
  fc.assert(
    fc.property(cut, fc.boolean(), fc.boolean(), (drawn, readingJoins, pageJoins) => {
      // Each sentence opens with its own mark, so that any sentence said twice is seen.
      const sections = drawn.map((s, i) => ({
        ...s,
        sentences: s.sentences.map((t, j) => `Mark ${i}x${j}q ${t}.`),
      }));
      const paragraphs = (sentences: string[]) =>
        pageJoins ? `<p>${sentences.join(' ')}</p>` : sentences.map((t) => `<p>${t}</p>`).join('');
      const html = sections.map((s) => `<div class="part">${paragraphs(s.sentences)}</div>`).join('');
      const { document } = parseHTML(`<html><body><main>${html}</main></body></html>`);
      // The reading: the sections not lost (never the first or the last), joined into one block or not.
      const reading: ParsedBlock[] = sections
        .filter((s, i) => !s.lost || i === 0 || i === sections.length - 1)
        .flatMap((s) => (readingJoins ? [s.sentences.join(' ')] : s.sentences))
        .map((text) => ({ type: 'paragraph', text }));
      const out = withDroppedSections(document as never, reading, (markup) =>
        htmlBlocks(sanitizeHtml(markup)),
      ).map((block) => block.text);
      const kept = out.filter((text) => reading.some((block) => block.text === text));
      assert.deepEqual(
        kept,
        reading.map((block) => block.text),
      );
      const marks = out.join(' ').match(/Mark \d+x\d+q/g) ?? [];
      assert.equal(new Set(marks).size, marks.length, 'no sentence twice');
    }),
  );
});
