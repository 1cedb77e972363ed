import { join } from 'node:path';

/**
 * Where the Electron build of better-sqlite3 lives. Electron's ABI differs from Node's, so the app loads
 * its own copy through better-sqlite3's `nativeBinding` option while `npm test` keeps using the Node build
 * in node_modules: no rebuilding back and forth. `scripts/start-electron.mjs` builds the development copy;
 * packaged apps carry it in their resources (electron-builder.yml, extraResources).
 */
export interface RuntimeFacts {
  isPackaged: boolean;
  appPath: string;
  resourcesPath: string;
  electronVersion: string;
  platform: NodeJS.Platform;
  arch: string;
}

export function electronNativeBinding(facts: RuntimeFacts): string {
  if (facts.isPackaged) return join(facts.resourcesPath, 'native', 'better_sqlite3.node');
  return join(facts.appPath, 'dist', 'native', electronNativeDirName(facts), 'better_sqlite3.node');
}

export function electronNativeDirName(
  facts: Pick<RuntimeFacts, 'electronVersion' | 'platform' | 'arch'>,
): string {
  return `electron-${facts.electronVersion}-${facts.platform}-${facts.arch}`;
}
