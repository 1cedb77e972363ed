// The `typed` corpus family: a page's articles as people paste them. Its golden must stay true to the text word
// for word (only the headline case and the credits a habit leaves out may change it), and the parser must keep
// every character of it whichever way it reads it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from '../main/domain/import/parse-document';
import { typedPage } from './corpus/render-typed';
import { loadSample } from './corpus/sources';
import type { CorpusPage, GoldenArticle } from './corpus/types';
import { assertNothingLost } from './support/conservation';

const squash = (s: string) => s.replace(/\s+/g, '');

function printedPage(lang: 'zh' | 'en'): CorpusPage {
  const articles: GoldenArticle[] = loadSample(lang)
    .slice(0, 6)
    .map((source, i) => ({
      section: i < 3 ? null : lang === 'zh' ? '要闻' : 'Business',
      kicker: null,
      title: source.title.trim(),
      subtitle: null,
      byline: null,
      dateline: null,
      rubric: null,
      blocks: source.paragraphs
        .slice(0, 4)
        .map((text) => ({ type: 'paragraph' as const, text: text.trim() })),
    }));
  return { family: 'pdf', lang, name: `sample-${lang}`, text: '', golden: { source: '', articles } };
}

for (const lang of ['zh', 'en'] as const) {
  test(`typed ${lang} pages hold their golden's text in every habit, and parse without losing a character`, () => {
    const printed = printedPage(lang);
    const texts = new Set<string>();
    for (let seed = 1; seed <= 24; seed++) {
      const page = typedPage(printed, seed);
      texts.add(page.text);
      const flat = squash(page.text);
      for (const article of page.golden.articles) {
        assert.ok(flat.includes(squash(article.title)), `title missing: ${article.title}`);
        for (const block of article.blocks)
          assert.ok(flat.includes(squash(block.text)), `text missing: ${block.text.slice(0, 30)}`);
      }
      assertNothingLost(page.text, parseDocument(`${page.name}.txt`, page.text).page);
    }
    assert.ok(texts.size >= 12, 'seeds choose different habits');
  });
}
