import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { linkInArguments, parseJianbaoLink } from '../../main/electron/policies/jianbao-link.js';
import { articleLink } from '../../main/domain/export/index.js';

test('jianbao://open links name an article and optionally an annotation', () => {
  assert.deepEqual(parseJianbaoLink('jianbao://open/12'), { articleId: 12 });
  assert.deepEqual(parseJianbaoLink('jianbao://open/12#345'), { articleId: 12, annotationId: 345 });
  assert.deepEqual(parseJianbaoLink('JIANBAO://open/7'), { articleId: 7 });
});

test('anything else is no link', () => {
  for (const url of [
    '',
    'jianbao://open/',
    'jianbao://open/0',
    'jianbao://open/-1',
    'jianbao://open/01',
    'jianbao://open/1.5',
    'jianbao://open/1#',
    'jianbao://open/1#0',
    'jianbao://open/1#2#3',
    'jianbao://open/1/2',
    'jianbao://open/1?x=2',
    'jianbao://open/1 ',
    ' jianbao://open/1',
    'jianbao://open/1\n',
    'jianbao://evil/1',
    'jianbao:open/1',
    'https://open/1',
    'jianbao://open/1234567890123456',
    'jianbao://open/../../etc/passwd',
  ]) {
    assert.equal(parseJianbaoLink(url), undefined, url);
  }
});

test('every link an export writes opens what it names', () => {
  const id = fc.integer({ min: 1, max: 999_999_999_999_999 });
  fc.assert(
    fc.property(id, fc.option(id, { nil: undefined }), (articleId, annotationId) => {
      const expected = annotationId === undefined ? { articleId } : { articleId, annotationId };
      assert.deepEqual(parseJianbaoLink(articleLink(articleId, annotationId)), expected);
    }),
  );
});

test('a launch finds its link among the arguments (Windows and Linux pass it there)', () => {
  assert.deepEqual(linkInArguments(['/usr/bin/jianbao', '--flag', 'jianbao://open/3#4']), {
    articleId: 3,
    annotationId: 4,
  });
  assert.equal(linkInArguments(['/usr/bin/jianbao', 'notes.md']), undefined);
});
