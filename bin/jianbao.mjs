#!/usr/bin/env node
// The `jianbao` command: the CLI bundle built by `npm install` (prepare) or `npm run build`.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/node/cli.mjs', import.meta.url);
if (!existsSync(bundle)) {
  console.error('Jianbao is not built yet: run `npm run build` in the Jianbao folder, then try again.');
  process.exit(1);
}
await import(bundle.href);
