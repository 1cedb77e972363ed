// `npm start`: builds, makes sure Electron and an Electron build of better-sqlite3 are there, launches.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { prepareElectronSqlite } from './electron-sqlite.mjs';

const require = createRequire(import.meta.url);
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;

/** Electron 45 fetches its binary on first use; do that quietly so a failure reads as one sentence. */
function electronBinary() {
  const dir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  const present = () => existsSync(pathFile) && existsSync(join(dir, 'dist', readFileSync(pathFile, 'utf8')));
  if (!present()) {
    console.log('Fetching the Electron binary (first start only)…');
    spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: 'pipe', timeout: 10 * 60 * 1000 });
  }
  return present() ? join(dir, 'dist', readFileSync(pathFile, 'utf8')) : undefined;
}

if (run(process.execPath, ['scripts/build.mjs']) !== 0) process.exit(1);

const electronPath = electronBinary();
if (!electronPath) {
  console.error(
    'The Electron binary could not be downloaded on this machine (the first start needs the internet); run `npm run web` to use Jianbao in your browser instead.',
  );
  process.exit(1);
}
const electronVersion = require('electron/package.json').version;
if (!prepareElectronSqlite(electronVersion)) process.exit(1);
process.exit(run(electronPath, ['.', ...process.argv.slice(2)]));
