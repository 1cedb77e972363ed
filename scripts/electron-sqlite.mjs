// Builds better-sqlite3 for Electron's ABI into dist/native/electron-<version>-<platform>-<arch>/, from a copy
// of the package, so node_modules keeps the Node build that `npm test` and the CLI load. Done once per
// Electron version; main/electron/native-binding.ts loads the result through better-sqlite3's nativeBinding.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export function electronSqliteDir(electronVersion, platform = process.platform, arch = process.arch) {
  return resolve('dist', 'native', `electron-${electronVersion}-${platform}-${arch}`);
}

export function prepareElectronSqlite(electronVersion) {
  const target = join(electronSqliteDir(electronVersion), 'better_sqlite3.node');
  if (existsSync(target)) return true;
  console.log(`Building better-sqlite3 for Electron ${electronVersion} (once per Electron version)…`);
  const work = mkdtempSync(join(tmpdir(), 'jianbao-electron-sqlite-'));
  try {
    writeFileSync(
      join(work, 'package.json'),
      JSON.stringify({ name: 'electron-sqlite', private: true, dependencies: { 'better-sqlite3': '*' } }),
    );
    cpSync(resolve('node_modules', 'better-sqlite3'), join(work, 'node_modules', 'better-sqlite3'), {
      recursive: true,
      filter: (path) => !path.includes(`${join('better-sqlite3', 'build')}`),
    });
    // @electron/rebuild tries a prebuilt binary first and compiles against Electron's headers otherwise.
    const rebuild = spawnSync(
      process.execPath,
      [
        resolve('node_modules', '@electron', 'rebuild', 'lib', 'cli.js'),
        '--version',
        electronVersion,
        '--module-dir',
        work,
        '--only',
        'better-sqlite3',
        '--force',
      ],
      { stdio: 'inherit' },
    );
    const built = join(work, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    if (rebuild.status !== 0 || !existsSync(built)) {
      console.error(
        'Could not build better-sqlite3 for Electron (it needs the internet or a C++ toolchain); run `npm run web` to use Jianbao in your browser instead.',
      );
      return false;
    }
    mkdirSync(electronSqliteDir(electronVersion), { recursive: true });
    cpSync(built, target);
    return true;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
