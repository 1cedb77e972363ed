import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Jianbao';
export const DATABASE_FILE = 'library.sqlite';

/**
 * The platform's per-user application data folder, as Electron's `app.getPath('userData')` computes it
 * for an app named Jianbao, so the CLI and browser mode open the same library as the desktop app.
 */
export function userDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_NAME);
}

/** `--db PATH` beats `JIANBAO_DB`, which beats the desktop app's own library. */
export function resolveDatabasePath(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  return flag || env.JIANBAO_DB || join(userDataDir(platform, env, home), DATABASE_FILE);
}

/** `--db PATH` or `--db=PATH` among a program's arguments (the desktop app takes them too). */
export function dbFlag(argv: readonly string[]): string | undefined {
  for (const [index, arg] of argv.entries()) {
    if (arg === '--db') return argv[index + 1];
    if (arg.startsWith('--db=')) return arg.slice('--db='.length);
  }
  return undefined;
}
