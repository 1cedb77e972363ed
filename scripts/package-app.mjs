// `npm run dist`: builds, prepares the Electron build of better-sqlite3, and packages with electron-builder.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { prepareElectronSqlite } from './electron-sqlite.mjs';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const run = (args, env = process.env) =>
  spawnSync(process.execPath, args, { stdio: 'inherit', env }).status ?? 1;

if (run(['scripts/build.mjs']) !== 0) process.exit(1);
if (!prepareElectronSqlite(electronVersion)) process.exit(1);
process.exit(
  run([require.resolve('electron-builder/cli.js'), ...process.argv.slice(2)], {
    ...process.env,
    ELECTRON_VERSION: electronVersion,
  }),
);
