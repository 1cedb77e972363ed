// `npm start`: builds, makes sure Electron and an Electron build of better-sqlite3 are there, launches.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { prepareElectronSqlite } from './electron-sqlite.mjs';

const require = createRequire(import.meta.url);
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;

if (run(process.execPath, ['scripts/build.mjs']) !== 0) process.exit(1);

let electronPath;
try {
  electronPath = require('electron');
} catch {
  console.error(
    'The Electron binary could not be downloaded on this machine (it is fetched on first start and needs the internet); run `npm run web` to use Jianbao in your browser instead.',
  );
  process.exit(1);
}

const electronVersion = require('electron/package.json').version;
if (!prepareElectronSqlite(electronVersion)) process.exit(1);

process.exit(run(electronPath, ['.', ...process.argv.slice(2)]));
