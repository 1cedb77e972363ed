// The committed sample of real articles is what rendered pages and goldens are built from: these are the
// properties that work relies on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CORPORA, loadSample } from './corpus/sources';
import { Dice, sentences, TextPool } from './corpus/render-text';
import { rng } from './support/page-generator';
import { splitDateline } from './corpus/dateline';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/gu;
// Figures (often full-width in Chinese news) are not evidence of a language either way.
const LETTER = /\p{L}/gu;

for (const lang of ['zh', 'en'] as const) {
  const articles = loadSample(lang);

  test(`${lang} sample: enough articles, all of this language and from a listed corpus`, () => {
    assert.ok(articles.length >= 20, `${articles.length} articles`);
    const corpora = new Set(CORPORA.filter((corpus) => corpus.lang === lang).map((corpus) => corpus.name));
    for (const article of articles) {
      assert.equal(article.lang, lang, article.id);
      assert.ok(corpora.has(article.corpus), `${article.id}: corpus ${article.corpus}`);
    }
  });

  test(`${lang} sample: ids are unique and stable-looking`, () => {
    const ids = articles.map((article) => article.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const article of articles) assert.ok(article.id.startsWith(`${article.corpus}-`), article.id);
  });

  test(`${lang} sample: every article has a title and at least two single-line paragraphs`, () => {
    for (const article of articles) {
      assert.ok(article.title.trim() !== '' && !/\n/.test(article.title), `${article.id}: title`);
      assert.ok(article.paragraphs.length >= 2, `${article.id}: ${article.paragraphs.length} paragraphs`);
      for (const paragraph of article.paragraphs) {
        assert.notEqual(paragraph.trim(), '', `${article.id}: empty paragraph`);
        assert.equal(paragraph, paragraph.trim(), `${article.id}: untrimmed paragraph`);
        assert.ok(!/[\r\n]/.test(paragraph), `${article.id}: newline inside a paragraph`);
      }
    }
  });

  test(`${lang} sample: titles are not repeated`, () => {
    const titles = articles.map((article) => article.title.toLowerCase());
    assert.equal(new Set(titles).size, titles.length);
  });
}

test('zh sample: the text is mostly Chinese characters', () => {
  for (const article of loadSample('zh')) {
    const text = article.paragraphs.join('');
    const cjk = text.match(CJK)?.length ?? 0;
    const letters = text.match(LETTER)?.length ?? 0;
    assert.ok(cjk >= 0.8 * letters, `${article.id}: ${cjk} CJK of ${letters}`);
  }
});

test('en sample: the text is Latin-script prose, not Chinese', () => {
  for (const article of loadSample('en')) {
    const text = article.paragraphs.join(' ');
    assert.equal(text.match(CJK), null, article.id);
    assert.ok(text.split(/\s+/).length >= 20, `${article.id}: too short for an article`);
  }
});

test('lines borrowed for kickers, subheads and captions start where a sentence starts, never inside a figure or on a dateline', () => {
  for (const lang of ['zh', 'en'] as const) {
    const articles = loadSample(lang);
    const pool = new TextPool(articles, lang, new Dice(rng(1)));
    const titles = new Set(articles.map((a) => a.title));
    const opens = (line: string): boolean =>
      titles.has(line) ||
      articles.some((a) =>
        a.paragraphs.some((p) => {
          const opening = p.length - (splitDateline(p, lang)?.rest.length ?? p.length);
          for (let at = p.indexOf(line); at >= 0; at = p.indexOf(line, at + 1))
            if (at === opening || /[.!?。！？]["'”’)」』]?\s*$/.test(p.slice(0, at))) return true;
          return false;
        }),
      );
    let borrowed = 0;
    for (const kind of ['headline', 'caption'] as const)
      for (let line = pool.take(kind); line !== undefined; line = pool.take(kind)) {
        borrowed++;
        assert.ok(opens(line), `${lang} ${kind}: ${line}`);
        assert.equal(splitDateline(line, lang), undefined, `${lang} ${kind} opens with a dateline: ${line}`);
      }
    assert.ok(borrowed >= 20, `${lang}: ${borrowed} lines`);
  }
  // A stop inside a figure or after an initial ends no sentence.
  assert.deepEqual(sentences('Output rose 3.3 pct in the U.S. Army depots. It fell later.', 'en'), [
    'Output rose 3.3 pct in the U.S. Army depots.',
    'It fell later.',
  ]);
});
