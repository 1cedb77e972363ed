// Lines of a headline joined back into one: a hyphen at a line's end keeps the word whole.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePage } from '../../main/domain/page/index';

test('a headline broken after a hyphen closes up and keeps the hyphen, in either reading of the page', () => {
  const text = [
    'Kestrel-',
    'Marsh Wins Contract',
    'LAKEPORT, Conn., Oct 19 - Kestrel-Marsh Corp said it won a',
    'contract to provide ferry ticket machines to the harbour.',
    'The contract runs for three years.',
    '',
    'Pro-',
    'Democracy Groups Plan March',
    'HONG KONG, May 2 - Several groups said they would march',
    'on Sunday to mark the anniversary.',
    'Police said the route had been agreed.',
  ].join('\n');
  for (const roles of ['rules', 'model'] as const)
    assert.deepEqual(
      parsePage(text, { roles }).articles.map((a) => a.title),
      ['Kestrel-Marsh Wins Contract', 'Pro-Democracy Groups Plan March'],
      roles,
    );
});
