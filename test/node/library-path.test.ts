import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { dbFlag, resolveDatabasePath, userDataDir } from '../../main/node/library-path.js';

test('the library is the desktop app’s unless --db or JIANBAO_DB names another', () => {
  const home = '/home/reader';
  assert.equal(
    resolveDatabasePath(undefined, {}, 'linux', home),
    join(home, '.config', 'Jianbao', 'library.sqlite'),
  );
  assert.equal(
    resolveDatabasePath(undefined, { XDG_CONFIG_HOME: '/xdg' }, 'linux', home),
    join('/xdg', 'Jianbao', 'library.sqlite'),
  );
  assert.equal(userDataDir('darwin', {}, home), join(home, 'Library', 'Application Support', 'Jianbao'));
  assert.equal(
    userDataDir('win32', { APPDATA: 'C:\\Users\\r\\AppData\\Roaming' }, home),
    join('C:\\Users\\r\\AppData\\Roaming', 'Jianbao'),
  );
  assert.equal(resolveDatabasePath(undefined, { JIANBAO_DB: '/env.sqlite' }, 'linux', home), '/env.sqlite');
  assert.equal(
    resolveDatabasePath('/flag.sqlite', { JIANBAO_DB: '/env.sqlite' }, 'linux', home),
    '/flag.sqlite',
  );
});

test('the desktop app reads --db from its arguments in either form', () => {
  assert.equal(dbFlag(['electron', '.', '--db', '/a.sqlite']), '/a.sqlite');
  assert.equal(dbFlag(['electron', '.', '--db=/b.sqlite']), '/b.sqlite');
  assert.equal(dbFlag(['electron', '.']), undefined);
});
