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
  ],
  'annotations.update': [{ id: 1, color: 'black' }, { color: 'yellow' }, { id: 1, note: null }],
  'annotations.delete': [{ id: 'all' }, []],
  'export.markdown': [{}, { articleId: 1.2 }],
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
  assert.deepEqual(validateInput('articles.list', {}), { limit: 200, offset: 0 });
  assert.deepEqual(validateInput('annotations.create', { articleId: 1, start: 0, end: 4 }), {
    articleId: 1,
    start: 0,
    end: 4,
    color: 'yellow',
    note: '',
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
