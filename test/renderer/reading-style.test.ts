/** The reading settings as CSS: custom properties for the article and the theme shown. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { READER_DEFAULTS } from '../../shared/contract/reader-settings.js';
import { fontStack, readingStyle, shownTheme } from '../../renderer/lib/reading-style.js';

test('the defaults give the reader’s look from before the settings', () => {
  assert.deepEqual(readingStyle(READER_DEFAULTS), {
    '--jb-reading-font': fontStack('serif', 'serif'),
    '--jb-reading-size': '18px',
    '--jb-reading-line-height': '1.8',
    '--jb-reading-width': '36em',
    '--jb-reading-gap': '1.1em',
    '--jb-reading-indent': '2em',
    '--jb-reading-punctuation': 'normal',
  });
});

test('fonts: Latin families first, then the CJK ones, ending in the CJK choice’s generic family', () => {
  const stack = fontStack('sans', 'serif');
  assert.ok(stack.indexOf('Arial') < stack.indexOf('Noto Serif CJK SC'));
  assert.match(stack, /, serif$/);
  assert.match(fontStack('serif', 'sans'), /Georgia.*Noto Sans CJK SC.*, sans-serif$/);
  const style = readingStyle({ ...READER_DEFAULTS, indent: false, punctuation: 'full' });
  assert.equal(style['--jb-reading-indent'], '0');
  assert.equal(style['--jb-reading-punctuation'], 'space-all');
});

test('the theme shown follows the system only when asked to', () => {
  assert.equal(shownTheme('system', true), 'dark');
  assert.equal(shownTheme('system', false), 'light');
  assert.equal(shownTheme('sepia', true), 'sepia');
  assert.equal(shownTheme('light', true), 'light');
});
