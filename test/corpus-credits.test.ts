// Rendered pages print some stories without dateline or byline, as briefs, essays and columns are printed: a
// parser that has only seen credited stories learns to open a story on its credit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitDateline } from './corpus/dateline';
import { layoutPage } from './corpus/render-layout';
import { loadSample } from './corpus/sources';

for (const lang of ['zh', 'en'] as const) {
  test(`rendered ${lang} pages print some dated stories without their credit, and their goldens say so`, () => {
    const sources = loadSample(lang);
    let credited = 0;
    let uncredited = 0;
    for (let seed = 1; seed <= 40; seed++) {
      for (const art of layoutPage(sources, { lang, seed }).articles) {
        const first = art.source.paragraphs.map((p) => p.trim()).find(Boolean) ?? '';
        const dl = splitDateline(first, lang);
        if (!dl) continue;
        const lead = art.blocks.find((b) => b.type === 'paragraph');
        assert.equal(lead?.text, dl.rest, 'the golden lead is the text after the dateline');
        if (art.dateline) {
          credited++;
          assert.equal(lead?.shown, first, 'a credited lead is printed with its dateline');
        } else {
          uncredited++;
          assert.equal(lead?.shown, undefined, 'an uncredited lead is printed without its dateline');
          assert.equal(art.byline, undefined);
          assert.deepEqual(art.authors, [], 'nobody is named');
        }
      }
    }
    assert.ok(uncredited > 0 && credited > 2 * uncredited, `${credited} credited, ${uncredited} not`);
  });
}
