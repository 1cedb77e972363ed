/** The app settings through the contract: the interface's language is kept in the library. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tempLibrary } from '../support/temp-library.js';

test('the language is unset at first, remembered once chosen, and forgotten with null', async () => {
  const library = tempLibrary();
  const call = async (method: string, input: unknown) => {
    const reply = await library.dispatch(method, input);
    assert.ok(reply.ok, JSON.stringify(reply));
    return reply.value;
  };
  assert.deepEqual(await call('settings.get', {}), { language: null });
  assert.deepEqual(await call('settings.update', { language: 'zh-CN' }), { language: 'zh-CN' });
  // An update without the setting leaves it as it is.
  assert.deepEqual(await call('settings.update', {}), { language: 'zh-CN' });
  assert.deepEqual(await call('settings.get', {}), { language: 'zh-CN' });
  assert.deepEqual(await call('settings.update', { language: null }), { language: null });

  // A value that is no language (an old or edited backup restored) counts as no choice.
  library.store.settings.set('ui.language', 'klingon');
  assert.deepEqual(await call('settings.get', {}), { language: null });
  const refused = await library.dispatch('settings.update', { language: 'fr' });
  assert.equal(refused.ok, false);
  library.close();
});
