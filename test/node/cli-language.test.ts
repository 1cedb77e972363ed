/**
 * The `jianbao` command speaks the system's language: the strings have the same keys, functions and arities
 * in both languages, the Chinese ones are Chinese, the locale variables pick the language as POSIX says, and
 * the command, run as a process, answers in it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cliEn } from '../../main/node/cli/cli-strings.en.js';
import { systemLocale } from '../../main/node/cli/cli-strings.js';
import { cliZhCN } from '../../main/node/cli/cli-strings.zh-CN.js';
import { differences, leaves } from '../support/resources.js';
import { tempDbPath } from '../support/temp-library.js';

const BIN = fileURLToPath(new URL('../../bin/jianbao.mjs', import.meta.url));

function jianbao(args: string[], locale: Record<string, string>) {
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '', ...locale };
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

test("the command's words have the same keys in both languages, and the Chinese ones are Chinese", () => {
  assert.deepEqual(differences(cliEn, cliZhCN), []);
  assert.deepEqual(
    leaves(cliZhCN).filter(([, text]) => !/\p{Script=Han}/u.test(text)),
    [],
  );
});

test('LC_ALL, then LC_MESSAGES, then LANG name the locale; C and POSIX ask for English', () => {
  assert.equal(systemLocale({ LANG: 'zh_CN.UTF-8' }), 'zh-CN');
  assert.equal(systemLocale({ LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' }), 'en-GB');
  assert.equal(systemLocale({ LC_MESSAGES: 'zh_TW', LANG: 'en_US' }), 'zh-TW');
  assert.equal(systemLocale({ LANG: 'C.UTF-8' }), 'en');
  assert.equal(systemLocale({ LC_ALL: 'POSIX' }), 'en');
});

test('jianbao answers in Chinese under a Chinese locale and in English otherwise, as a process', () => {
  const db = tempDbPath();
  const chinese = jianbao(['list', '--db', db], { LANG: 'zh_CN.UTF-8' });
  assert.equal(chinese.out, '文库是空的。用这个命令添加文件：jianbao import FILE...\n');
  assert.equal(jianbao(['list', '--db', db], { LANG: 'zh_TW.UTF-8' }).out, chinese.out);
  assert.equal(
    jianbao(['list', '--db', db], { LC_ALL: 'C.UTF-8', LANG: 'zh_CN.UTF-8' }).out,
    'The library is empty. Add files with: jianbao import FILE...\n',
  );

  const misused = jianbao(['search', '--limit', 'many', '--db', db, '国歌'], { LANG: 'zh_CN.UTF-8' });
  assert.equal(misused.code, 2);
  assert.match(
    misused.err,
    /^--limit 需要不小于 1 的整数，而不是“many”。\n\n用法：\n {2}jianbao import FILE/u,
  );
  const help = jianbao(['--help'], { LANG: 'zh_CN.UTF-8' });
  // Each line of the help fits 100 columns (a Chinese character takes two) unless a synopsis alone is longer;
  // a closing mark may hang past the edge, as typesetters let it.
  const width = (line: string) => [...line].reduce((sum, c) => sum + (/[^\x00-\xff]/u.test(c) ? 2 : 1), 0);
  assert.deepEqual(
    help.out
      .split('\n')
      .map((line) => line.replace(/[，。、；：）]$/u, ''))
      .filter((line) => width(line) > 100 && !line.startsWith('  jianbao ')),
    [],
  );
  assert.doesNotMatch(help.out, /\n {43}[，。、；：）]/u, 'no line opens with a closing mark');
});
