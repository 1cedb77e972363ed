import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tempLibrary, textFile } from '../support/temp-library.js';
import { QUOTE_CONTEXT } from '../../main/domain/anchoring/index.js';

const TEXT = 'An opening paragraph about rivers.\n\nA second paragraph, about mountains and valleys.';

async function setup() {
  const library = tempLibrary();
  const api = async (method: string, input: unknown) => {
    const reply = await library.dispatch(method, input);
    if (!reply.ok) throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
    return reply.value as never;
  };
  const { imported }: { imported: { articleIds: number[] }[] } = await api('library.import', {
    files: [textFile('rivers.txt', TEXT)],
  });
  const id = imported[0]!.articleIds[0]!;
  const article: { text: string } = await api('articles.get', { id });
  return { library, api, id, text: article.text };
}

test('a highlight stores the quote with its context from the canonical text, whatever the client claims', async () => {
  const { library, api, id, text } = await setup();
  const start = text.indexOf('mountains');
  const created: { quote: string; prefix: string; suffix: string; color: string; note: string } = await api(
    'annotations.create',
    {
      articleId: id,
      start,
      end: start + 'mountains'.length,
      color: 'green',
    },
  );
  assert.equal(created.quote, 'mountains');
  assert.equal(created.prefix, text.slice(start - QUOTE_CONTEXT, start));
  assert.equal(created.suffix, text.slice(start + 9, start + 9 + QUOTE_CONTEXT));
  assert.equal(created.color, 'green');
  assert.equal(created.note, '');
  library.close();
});

test('notes are updated, listed in text order, deleted, and exported as Markdown in text order', async () => {
  const { library, api, id, text } = await setup();
  const at = (word: string) => ({
    articleId: id,
    start: text.indexOf(word),
    end: text.indexOf(word) + word.length,
  });
  const later: { id: number } = await api('annotations.create', { ...at('valleys'), note: 'Deep ones.' });
  const earlier: { id: number } = await api('annotations.create', { ...at('rivers'), color: 'blue' });
  const gone: { id: number } = await api('annotations.create', at('second'));
  await api('annotations.update', { id: earlier.id, note: 'Think of the **Yangtze**.' });
  assert.deepEqual(await api('annotations.delete', { id: gone.id }), { deleted: true });
  assert.deepEqual(await api('annotations.delete', { id: gone.id }), { deleted: false });

  const listed: { id: number; quote: string }[] = await api('annotations.list', { articleId: id });
  assert.deepEqual(
    listed.map((annotation) => annotation.quote),
    ['rivers', 'valleys'],
  );
  const { fileName, markdown }: { fileName: string; markdown: string } = await api('export.markdown', {
    articleId: id,
  });
  assert.match(fileName, /\.md$/);
  assert.ok(markdown.startsWith('---\n'), markdown);
  assert.ok(markdown.includes('\n# rivers\n\nSource: rivers.txt\n'), markdown);
  const rivers = markdown.search(/> rivers\n[^]*?\n\nThink of the \*\*Yangtze\*\*\./);
  const valleys = markdown.search(/> valleys\n[^]*?\n\nDeep ones\./);
  assert.ok(rivers > 0 && valleys > rivers, markdown);
  assert.equal(later.id > 0, true);
  library.close();
});

test('a passage outside the article or an unknown article is refused with a typed error', async () => {
  const { library, api, id, text } = await setup();
  await assert.rejects(api('annotations.create', { articleId: id, start: 0, end: text.length + 1 }), {
    code: 'invalid_input',
    message: /outside the article/,
  });
  await assert.rejects(api('annotations.create', { articleId: 999, start: 0, end: 1 }), {
    code: 'not_found',
  });
  await assert.rejects(api('annotations.update', { id: 999, note: 'x' }), { code: 'not_found' });
  await assert.rejects(api('export.markdown', { articleId: 999 }), { code: 'not_found' });
  library.close();
});
