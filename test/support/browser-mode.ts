/** Starts the real browser-mode server (the built bundle) on a free port with a temporary library. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { tempDir } from './temp-dir.js';

export interface BrowserMode {
  url: string;
  origin: string;
  token: string;
  dbPath: string;
  stop(): Promise<void>;
}

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function startBrowserMode(options: { dbPath?: string } = {}): Promise<BrowserMode> {
  const dbPath = options.dbPath ?? join(tempDir('jianbao-web-'), 'library.sqlite');
  const child = spawn(process.execPath, ['dist/node/web.mjs', '--db', dbPath, '--port', '0'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('browser mode did not start within 20 s')), 20_000);
    child.once('exit', (code) => reject(new Error(`browser mode exited early with code ${code}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /^(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/.exec(line.trim());
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token')!,
    dbPath,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
