// Turning the line model's roles into articles: what the assembly overrules, whatever the model says.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from '../../main/domain/page/classify-lines';
import { assembleRoles } from '../../main/domain/page/line-model/assemble';
import { LINE_LABELS, type LineLabel } from '../../main/domain/page/line-model/model';
import { splitLines } from '../../main/domain/page/lines';
import { parsePage } from '../../main/domain/page/index';

function assemble(rows: readonly (readonly [LineLabel, string])[]) {
  const lines = classifyLines(splitLines(rows.map(([, text]) => text).join('\n')));
  return assembleRoles(lines, Uint8Array.from(rows.map(([label]) => LINE_LABELS.indexOf(label))));
}

test('a line that ends with a full stop is never a subhead, though the model calls it one', () => {
  for (const sentence of [
    'Shore named half a dozen other buyers for the company, including two from Europe.',
    '军乐团奏两国国歌，两国元首检阅仪仗队。',
  ]) {
    const [draft] = assemble([
      ['title', 'Council backs new library'],
      ['para', 'The council voted on Monday to build a new library by the river.'],
      ['subhead', sentence],
      ['para', 'Work will begin in the spring.'],
    ]).drafts;
    assert.deepEqual(
      draft?.body.map((item) => item.kind),
      ['line', 'line', 'line'],
      sentence,
    );
  }
  // A heading stays one.
  const [draft] = assemble([
    ['title', 'Council backs new library'],
    ['para', 'The council voted on Monday to build a new library by the river.'],
    ['subhead', 'Work begins in spring'],
    ['para', 'Work will begin in the spring.'],
  ]).drafts;
  assert.deepEqual(
    draft?.body.map((item) => item.kind),
    ['line', 'subhead', 'line'],
  );
});

test('a second dateline under a headline is not joined to the first: it stays, as printed, a note', () => {
  // The shortest page fast-check found where the two were joined into "新华社北京3月1日电本报讯".
  const text = '!\n（下转第二版）去去\n\n新华社北京3月1日电（记者 周红）\n\n本报讯（记者 陈平）';
  const [article] = parsePage(text, { roles: 'model' }).articles;
  assert.equal(article?.dateline, '新华社北京3月1日电');
  assert.deepEqual(article?.notes, ['本报讯（记者 陈平）']);
});
