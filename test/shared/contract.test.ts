import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contract, methods, type Method } from '../../shared/contract/api.js';
import { ApiError } from '../../shared/contract/errors.js';
import { METHOD_NAMES } from '../../shared/contract/methods.js';
import { validateInput } from '../../shared/contract/validate.js';
import { fromWire, toWire } from '../../shared/transport/wire.js';
import fc from 'fast-check';

/** For every request, payloads that must never reach a service. */
const MALFORMED: Record<Method, unknown[]> = {
  'library.import': [
    undefined,
    {},
    { files: [] },
    { files: [{ name: 'a.txt', data: 'text' }] },
    { files: [{ name: '', data: new Uint8Array(1) }] },
    { files: [{ name: '\u0000', data: new Uint8Array(1) }] },
  ],
  'articles.list': [null, { limit: 0 }, { limit: 5000 }, { offset: -1 }, { limit: 1.5 }],
  'articles.get': [{}, { id: 0 }, { id: '1' }, { id: -3 }],
  'annotations.list': [{}, { articleId: 'x' }],
  'annotations.create': [
    { articleId: 1, start: 5, end: 5 },
    { articleId: 1, start: 5, end: 2 },
    { articleId: 1, start: -1, end: 2 },
    { articleId: 1, start: 0, end: 2, color: 'red; background: url(x)' },
    { articleId: 1, start: 0, end: 2, note: 3 },
    { articleId: 1, kind: 'note', start: 3, end: 3 },
    { articleId: 1, start: 0, end: 2, style: 'strike' },
    { articleId: 1, start: 0, end: 2, tags: [''] },
  ],
  'annotations.update': [
    { id: 1, color: 'black' },
    { color: 'yellow' },
    { id: 1, note: null },
    { id: 1, style: 'bold' },
    { id: 1, tags: 'a' },
  ],
  'annotations.delete': [{ id: 'all' }, []],
  'export.markdown': [{}, { articleId: 1.2 }],
  'search.query': [
    {},
    { query: 3 },
    { query: 'x', limit: 0 },
    { query: 'x', sort: 'random' },
    { query: 'x'.repeat(1001) },
  ],
  'search.count': [{}, { query: null }],
  'search.matches': [{ query: 'x' }, { articleId: 0, query: 'x' }, { articleId: 1 }],
  'tags.list': [null, { articleId: -1 }],
  'articles.setTags': [
    { articleId: 1 },
    { articleId: 1, tags: [''] },
    { articleId: 1, tags: ['x'.repeat(101)] },
  ],
  'annotations.restore': [{}, { annotation: { id: 1 } }],
  'annotations.all': [{ limit: 0 }, { limit: 1001 }, { color: 'black' }, { tag: '' }, { offset: -1 }],
  'bookmarks.list': [{}, { articleId: 'a' }],
  'bookmarks.create': [{ articleId: 1 }, { articleId: 1, offset: -1 }, { articleId: 1, offset: 0, label: 5 }],
  'bookmarks.update': [{ id: 1 }, { id: 0, label: 'x' }],
  'bookmarks.delete': [{}, { id: 1.5 }],
  'articles.setReadingPosition': [{ articleId: 1 }, { articleId: 1, offset: -5 }, { offset: 3 }],
  'library.reimport': [
    {},
    { sourceId: 1, file: { name: 'a.txt', data: 'text' } },
    { sourceId: 1, file: { name: '', data: new Uint8Array(1) } },
  ],
  'export.notes': [
    {},
    { scope: { kind: 'folder' } },
    { scope: { kind: 'article' } },
    { scope: { kind: 'library' }, layout: 'zip' },
  ],
  'export.toFolder': [
    { scope: { kind: 'library' } },
    { folder: 'relative/notes', scope: { kind: 'library' } },
    { folder: '/tmp/notes' },
    { folder: '/tmp/a\0b', scope: { kind: 'library' } },
  ],
  'export.templates.get': [null, 'x'],
  'export.templates.set': [{ article: 3 }, { reset: 'yes' }, null],
  'backup.create': [null, 7],
  'backup.restore': [{}, { json: '' }, { json: 3 }],
  'snapshots.list': [null, 7],
  'snapshots.create': [null, 'now'],
  'snapshots.restore': [{}, { name: '../library.sqlite' }, { name: 'library.sqlite' }, { name: 3 }],
  'articles.update': [
    { id: 1 },
    { id: 1, title: '  ' },
    { id: 1, date: '2024-02-30' },
    { id: 1, read: 'yes' },
  ],
  'articles.delete': [{}, { ids: [] }, { ids: [0] }],
  'sources.delete': [{}, { sourceId: -1 }, { sourceId: 1, confirmed: 'yes' }],
  'library.undoDelete': [{}, { token: '' }],
  'collections.list': [{ articleId: 0 }, null],
  'collections.create': [{}, { name: '' }, { name: 'a\tb' }],
  'collections.rename': [{ id: 1 }, { id: 1, name: ' ' }],
  'collections.delete': [{}, { id: 'x' }],
  'collections.addArticles': [{ id: 1 }, { id: 1, articleIds: [] }],
  'collections.removeArticles': [{ articleIds: [1] }, { id: 1, articleIds: [1.5] }],
  'sources.pages': [{}, { sourceId: 0 }, { sourceId: 'one' }],
  'library.importProgress': [null, 3],
  'library.cancelImport': [null, 'now'],
  'export.cancel': [null, 'all'],
  'settings.get': [null, 'language'],
  'settings.update': [null, { language: 'fr' }, { language: 'zh' }, { language: 3 }],
};

test('every contract entry refuses malformed input with a typed error naming the request', () => {
  assert.deepEqual([...METHOD_NAMES].sort(), [...methods].sort());
  for (const method of methods) {
    for (const payload of MALFORMED[method]) {
      assert.throws(
        () => validateInput(method, payload),
        (error: unknown) =>
          error instanceof ApiError && error.code === 'invalid_input' && error.message.includes(method),
        `${method} accepted ${JSON.stringify(payload)}`,
      );
    }
  }
  assert.throws(() => validateInput('fs.readFile' as Method, {}), { code: 'unknown_method' });
  assert.throws(() => validateInput('__proto__' as Method, {}), { code: 'unknown_method' });
});

test('valid input gets its defaults', () => {
  assert.deepEqual(validateInput('articles.list', {}), { limit: 200, offset: 0, archived: 'exclude' });
  assert.deepEqual(validateInput('annotations.create', { articleId: 1, start: 0, end: 4 }), {
    articleId: 1,
    start: 0,
    end: 4,
    kind: 'highlight',
    color: 'yellow',
    style: 'highlight',
    note: '',
    tags: [],
  });
  assert.deepEqual(validateInput('annotations.create', { articleId: 1, kind: 'note', note: 'n' }), {
    articleId: 1,
    kind: 'note',
    start: 0,
    end: 0,
    color: 'yellow',
    style: 'highlight',
    note: 'n',
    tags: [],
  });
  assert.ok(
    contract['library.import'].input.safeParse({ files: [{ name: 'a.txt', data: new Uint8Array([1]) }] })
      .success,
  );
});

test('the HTTP wire format carries bytes and any JSON value unchanged', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), fc.jsonValue(), (bytes, value) => {
      const back = fromWire(toWire({ data: bytes, value })) as { data: Uint8Array; value: unknown };
      assert.deepEqual([...back.data], [...bytes]);
      assert.deepEqual(back.value, JSON.parse(JSON.stringify(value)));
    }),
  );
});

test('tags and bookmark labels with control characters are refused by the contract, saying why', () => {
  const restored = {
    id: 1,
    articleId: 1,
    kind: 'highlight',
    start: 0,
    end: 2,
    quote: 'ab',
    prefix: '',
    suffix: '',
    color: 'yellow',
    style: 'highlight',
    note: '',
    status: 'anchored',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  };
  for (const bad of ['\u0000', 'a\u0000b', 'new\nline', 'tab\there', '\u007f', 'x\u009b']) {
    const requests: [Method, unknown][] = [
      ['articles.setTags', { articleId: 1, tags: [bad] }],
      ['articles.list', { tag: bad }],
      ['annotations.create', { articleId: 1, start: 0, end: 2, tags: [bad] }],
      ['annotations.update', { id: 1, tags: [bad] }],
      ['annotations.all', { tag: bad }],
      ['annotations.restore', { annotation: { ...restored, tags: [bad] } }],
      ['export.notes', { scope: { kind: 'tag', tag: bad } }],
      ['export.toFolder', { folder: '/tmp/out', scope: { kind: 'tag', tag: bad } }],
      ['bookmarks.create', { articleId: 1, offset: 0, label: bad }],
      ['bookmarks.update', { id: 1, label: bad }],
    ];
    for (const [method, payload] of requests) {
      assert.throws(
        () => validateInput(method, payload),
        (error: unknown) =>
          error instanceof ApiError &&
          error.code === 'invalid_input' &&
          /control characters/.test(error.message),
        `${method} accepted ${JSON.stringify(bad)}`,
      );
    }
  }
  assert.deepEqual(validateInput('articles.setTags', { articleId: 1, tags: [' 经济 '] }).tags, ['经济']);
  assert.equal(
    validateInput('bookmarks.create', { articleId: 1, offset: 0, label: '第二章' }).label,
    '第二章',
  );
});
