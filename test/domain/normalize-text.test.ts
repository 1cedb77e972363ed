// What extractors break in CJK and Latin text is repaired before parsing; everything else passes through as is.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { normalizeExtractedText } from '../../main/domain/import/normalize-text';
import { parseDocument } from '../../main/domain/import/parse-document';

test('Kangxi radicals, radical forms and compatibility ideographs become the ideographs a reader sees', () => {
  // As pdf.js extracts some CJK PDFs: 人 and 民 come out as the KANGXI RADICAL MAN and CJK RADICAL CIVILIAN.
  assert.equal(normalizeExtractedText('⼈⺠⽇报 ⻓江 ⻔⼝ 豈'), '人民日报 长江 门口 豈');
  assert.equal(normalizeExtractedText('\u{2F800}'), '\u4E3D');
});

test('the door radical a PDF gives for 户 reads 户 on a simplified-Chinese page and 戶 on a traditional one', () => {
  // A simplified-Chinese font draws U+2F3E as 户 and shares the glyph with it; Unicode decomposes it to 戶.
  assert.equal(
    normalizeExtractedText('这个农⼾的⼈说，⻓期以来⼀直种⽥。'),
    '这个农户的人说，长期以来一直种田。',
  );
  assert.equal(
    normalizeExtractedText('這個農⼾的人說，長期以來一直種田。'),
    '這個農戶的人說，長期以來一直種田。',
  );
});

test('soft hyphens, zero-width spaces, word joiners and stray BOMs are dropped; a soft hyphen at a line end joins the word', () => {
  assert.equal(
    normalizeExtractedText('co\u00adoperation and\u200b more\u2060 \ufeffhere'),
    'cooperation and more here',
  );
  assert.equal(normalizeExtractedText('inter\u00ad\n  national'), 'international');
  // Joiners carry meaning in emoji sequences and in several scripts.
  assert.equal(normalizeExtractedText('👩\u200d💻 می\u200cخواهم'), '👩\u200d💻 می\u200cخواهم');
});

test('half-width punctuation between Chinese characters becomes full-width only when the page writes it so throughout', () => {
  const halfWidthPage = '记者听到这样的赞叹:“能干成事。”从2019年开始,凌源市推行(试行)办法,成效明显?是的!';
  assert.equal(
    normalizeExtractedText(halfWidthPage),
    '记者听到这样的赞叹：“能干成事。”从2019年开始，凌源市推行（试行）办法，成效明显？是的!',
  );
  const mixed = '从今年开始，凌源市推行,成效明显，是的，对,很好。';
  assert.equal(normalizeExtractedText(mixed), mixed);
  const english = 'Prices rose (again), then fell; why? Nobody knows: yet.';
  assert.equal(normalizeExtractedText(english), english);
});

test('normalising twice changes nothing, and text without anything to repair is returned unchanged', () => {
  // Every repair can meet every other: radicals, soft hyphens, spaced runs, half-width punctuation.
  const repairable = fc.string({
    unit: fc.constantFrom(...'中文报纸⼈⺠豈a ,()?―\u00ad\u200b\n'),
    maxLength: 200,
  });
  for (const strings of [fc.string({ unit: 'grapheme', maxLength: 200 }), repairable])
    fc.assert(
      fc.property(strings, (text) => {
        const once = normalizeExtractedText(text);
        assert.equal(normalizeExtractedText(once), once);
      }),
    );
  // Han text with full-width punctuation, Latin words and line breaks: nothing in it needs repair.
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...'中文报纸abc。，.\n'), maxLength: 200 }), (text) => {
      // A line opened by a closing mark is a break to repair (next test).
      fc.pre(!/(?<=[中文报纸。，])\n[。，]/u.test(text));
      assert.equal(normalizeExtractedText(text), text);
    }),
  );
});

test('a line that an extractor opened with a closing mark goes back onto the line the mark closes', () => {
  const raw =
    '推出系列节目《江城渡口》\n，讲述码头往事。纪录频道将播出纪录片\n。\n央视网消息（新闻联播）\n：今天\n\n，新段落';
  assert.equal(
    normalizeExtractedText(raw),
    '推出系列节目《江城渡口》，讲述码头往事。纪录频道将播出纪录片。\n央视网消息（新闻联播）：今天\n\n，新段落',
  );
  // Latin text and a line starting with a Latin comma are left alone.
  assert.equal(normalizeExtractedText('one\n, two'), 'one\n, two');
});

test('every imported format gets the repaired text', () => {
  const { page } = parseDocument('page.txt', '⼈⺠代表大会\n\n会议在北京召开。代表们讨论了报告。\n');
  assert.ok(JSON.stringify(page).includes('人民代表大会'));
  assert.ok(!/[\u2e80-\u2fdf]/u.test(JSON.stringify(page)));
});

test('letter-spaced CJK runs of justified lines are closed up; a single space between two words stays', () => {
  assert.equal(normalizeExtractedText('守 拙 。 而 在 南\n方，仍然是秋日'), '守拙。而在南\n方，仍然是秋日');
  assert.equal(normalizeExtractedText('送你一双鞋 走好人生路'), '送你一双鞋 走好人生路');
  assert.equal(normalizeExtractedText('记者 王 明'), '记者 王 明');
  assert.equal(normalizeExtractedText('a b c d e'), 'a b c d e');
});

test("a letter-spaced run in a column reader's row is closed up, the next column left where it stood", () => {
  // pdftotext -layout writes the row on a character grid: a column is told from its neighbour by where it starts.
  const row = '各 校 提 供 岗 位   市气象台预报，';
  const closed = normalizeExtractedText(row);
  assert.ok(closed.startsWith('各校提供岗位 '));
  assert.equal(closed.indexOf('市气象台'), row.indexOf('市气象台'));
  // The gutter may come after a few more words of the column.
  const later = '“ 四 个 自 信 ”、 做 到   市气象台预报，\n下一行';
  assert.equal(normalizeExtractedText(later).indexOf('市气象台'), later.indexOf('市气象台'));
  assert.equal(normalizeExtractedText('各 校 提 供 岗 位 市气象台'), '各校提供岗位市气象台');
});

test('closing up letter spacing never moves the columns right of a gutter, nor loses a character', () => {
  // A row of two columns: the left one Han characters with single spaces anywhere (letter-spaced runs or not),
  // the right one unspaced text after a gutter of two spaces or more.
  const han = fc.constantFrom(...'城市公园新增绿道全省高校开展招聘，。、');
  const left = fc.array(fc.tuple(han, fc.boolean()), { minLength: 1, maxLength: 30 });
  const right = fc.array(han, { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));
  fc.assert(
    fc.property(left, fc.integer({ min: 2, max: 6 }), right, (cells, gutter, rightText) => {
      const leftText = cells
        .map(([c, spaced]) => (spaced ? `${c} ` : c))
        .join('')
        .trimEnd();
      const row = `${leftText}${' '.repeat(gutter)}${rightText}`;
      const closed = normalizeExtractedText(row);
      assert.equal(closed.slice(row.length - rightText.length), rightText);
      assert.equal(closed.length, row.length);
      assert.equal(closed.replace(/ /g, ''), row.replace(/ /g, ''));
    }),
  );
});

test('a horizontal bar written for the Chinese dash becomes the em dash; elsewhere it stays', () => {
  assert.equal(normalizeExtractedText('中国―阿拉伯国家'), '中国—阿拉伯国家');
  assert.equal(normalizeExtractedText('年味浓――\n――记一位教师'), '年味浓——\n——记一位教师');
  assert.equal(normalizeExtractedText('He said ― and left'), 'He said ― and left');
});

test('every radical form with a Unicode equivalent becomes a unified ideograph', () => {
  const unified = /^\p{Script=Han}$/u;
  for (let code = 0x2e81; code <= 0x2ef3; code++) {
    if (code === 0x2e9a) continue; // unassigned
    const radical = String.fromCodePoint(code);
    const out = normalizeExtractedText(radical);
    assert.ok(unified.test(out) && !/[\u2e80-\u2fdf]/u.test(out), `U+${code.toString(16)} → ${out}`);
  }
  assert.equal(normalizeExtractedText('奥⻙尔丘克'), '奥韦尔丘克');
});

test('a text file whose UTF-8 was once read as Windows-1252 is read as written', () => {
  assert.equal(
    normalizeExtractedText('The caféâ€™s owner said so.'.replace('é', 'Ã©')),
    'The café’s owner said so.',
  );
});
