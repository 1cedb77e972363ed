/** The app settings through the contract: the interface's language and the reading settings are kept in the library. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { READER_DEFAULTS, readerSettingsFrom } from '../../shared/contract/reader-settings.js';
import { tempLibrary } from '../support/temp-library.js';

function settingsCalls() {
  const library = tempLibrary();
  const call = async (method: string, input: unknown) => {
    const reply = await library.dispatch(method, input);
    assert.ok(reply.ok, JSON.stringify(reply));
    return reply.value;
  };
  return { library, call };
}

test('the language is unset at first, remembered once chosen, and forgotten with null', async () => {
  const { library, call } = settingsCalls();
  const reader = READER_DEFAULTS;
  assert.deepEqual(await call('settings.get', {}), { language: null, reader });
  assert.deepEqual(await call('settings.update', { language: 'zh-CN' }), { language: 'zh-CN', reader });
  // An update without the setting leaves it as it is.
  assert.deepEqual(await call('settings.update', {}), { language: 'zh-CN', reader });
  assert.deepEqual(await call('settings.get', {}), { language: 'zh-CN', reader });
  assert.deepEqual(await call('settings.update', { language: null }), { language: null, reader });

  // A value that is no language (an old or edited backup restored) counts as no choice.
  library.store.settings.set('ui.language', 'klingon');
  assert.deepEqual(await call('settings.get', {}), { language: null, reader });
  const refused = await library.dispatch('settings.update', { language: 'fr' });
  assert.equal(refused.ok ? 'accepted' : refused.error.code, 'invalid_input');
  library.close();
});

test('reading settings change one by one under reader.* keys, and null forgets them all', async () => {
  const { library, call } = settingsCalls();
  const changed = { theme: 'sepia', fontSize: 22, indent: false, punctuation: 'compact' };
  const { reader } = (await call('settings.update', { reader: changed })) as { reader: object };
  assert.deepEqual(reader, { ...READER_DEFAULTS, ...changed });
  assert.equal(library.store.settings.get('reader.fontSize'), '22');
  assert.equal(library.store.settings.get('reader.indent'), 'false');
  // Another change keeps the first ones; the language is untouched.
  const next = (await call('settings.update', { reader: { lineHeight: 2.1 } })) as { reader: object };
  assert.deepEqual(next, { language: null, reader: { ...READER_DEFAULTS, ...changed, lineHeight: 2.1 } });
  assert.deepEqual(await call('settings.update', { reader: null }), {
    language: null,
    reader: READER_DEFAULTS,
  });
  assert.equal(library.store.settings.get('reader.theme'), undefined);

  for (const bad of [
    { theme: 'neon' },
    { fontSize: 200 },
    { lineHeight: '2' },
    { indent: 'yes' },
    { cjkFont: 'mono' },
  ]) {
    const refused = await library.dispatch('settings.update', { reader: bad });
    assert.equal(refused.ok ? 'accepted' : refused.error.code, 'invalid_input', JSON.stringify(bad));
  }
  library.close();
});

test('stored reading settings that are no longer valid read as the defaults', () => {
  const stored: Record<string, string> = {
    theme: 'dark',
    fontSize: '9',
    lineHeight: 'tall',
    columnWidth: '',
    paragraphSpacing: '0',
    indent: 'maybe',
    latinFont: 'sans',
  };
  assert.deepEqual(
    readerSettingsFrom((key) => stored[key]),
    { ...READER_DEFAULTS, theme: 'dark', paragraphSpacing: 0, latinFont: 'sans' },
  );
});
