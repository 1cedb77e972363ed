// Text whose UTF-8 was once read as Windows-1252 and saved again ("Gardenerâ€™s") is read back as written; text
// written right, in any script, is left as it is.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { repairMojibake } from '../../main/domain/import/mojibake';

/** What a content system does: the text's UTF-8 bytes read as Windows-1252. */
const readTwice = (text: string): string =>
  new TextDecoder('windows-1252').decode(new TextEncoder().encode(text));

test('any text read twice comes back as written', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
      assert.equal(repairMojibake(readTwice(text)), text);
    }),
  );
});

test('quotes, accents, pounds, Cyrillic and emoji read twice come back', () => {
  assert.equal(repairMojibake('The Gardenerâ€™s Guide'), 'The Gardener’s Guide');
  assert.equal(repairMojibake('naÃ¯ve cafÃ© costs Â£5'), 'naïve café costs £5');
  // Read as Latin-1 instead, the quote's bytes are control characters.
  assert.equal(repairMojibake('Gardener\u00e2\u0080\u0099s'), 'Gardener’s');
  assert.equal(repairMojibake('ÐŸÑ€Ð¸Ð²ÐµÑ‚ ðŸ˜€'), 'Привет 😀');
});

test('text written right is left alone, even where two of its characters spell a UTF-8 sequence', () => {
  for (const text of [
    'à la carte in São Paulo, zum Ärger',
    '“绿色方案×”实施细则',
    'CAFÉ» au bord de l’eau',
    'Straße¼ and ß¼ beside a proper ü',
    'plain ASCII',
  ])
    assert.equal(repairMojibake(text), text);
});
