/**
 * Every string of the interface exists in both languages: the resources have the same keys at every
 * depth, a function where the other has one (taking as many arguments), and the Chinese words are
 * Chinese (a copied English string would pass tsc). Also the guess of an article's language.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { en } from '../../renderer/i18n/en.js';
import { zhCN } from '../../renderer/i18n/zh-CN.js';
import { guessLang } from '../../renderer/lib/lang.js';
import { differences, leaves } from '../support/resources.js';

test('the Chinese and English interfaces have the same keys, functions and arities', () => {
  assert.deepEqual(differences(en, zhCN), []);
});

test('the comparison finds a missing key, a string for a function and another arity', () => {
  const a = { x: { y: 'a', f: (n: number) => `${n}`, g: (n: number) => `${n}` }, z: 'z' };
  const b = { x: { y: 'b', f: 'f', g: (n: number, m: number) => `${n}${m}` } };
  assert.deepEqual(differences(a, b), [
    'x.f: function and string',
    'x.g: takes 1 and 2 arguments',
    'z: missing in the second',
  ]);
});

test('every Chinese string with words in it is in Chinese', () => {
  // Names and examples that are the same in both languages.
  const same = new Set([
    'appName',
    'appNameNative',
    'library.noSection',
    'exportDialog.folderPlaceholder',
    'dates.locale',
  ]);
  const english = leaves(zhCN).filter(([path, text]) => !same.has(path) && !/\p{Script=Han}/u.test(text));
  assert.deepEqual(english, []);
});

test('an article’s language is guessed from its share of Han characters', () => {
  assert.equal(guessLang('乡村振兴战略实施以来，村里的变化很大。'), 'zh');
  assert.equal(guessLang('新华社北京1月5日电 美国总统拜登（Joe Biden）当天在白宫发表讲话。'), 'zh');
  assert.equal(guessLang('The council met on Jan 5 and approved the budget.'), 'en');
  assert.equal(guessLang('Reuters quoted 习近平 in its report on the plenary session.'), 'en');
  assert.equal(guessLang(''), 'en');
});
