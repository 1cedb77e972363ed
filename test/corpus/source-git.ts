// Reads files out of a fetched snapshot (a bare git directory under the mirror root) without a work tree.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// Whole corpus files are read at once; the largest Reuters file is about 1.5 MB, so leave generous room.
const MAX_BUFFER = 256 * 1024 * 1024;

/** The git directory of `owner/name` under the mirror root, or an Error naming the repository to fetch. */
export function snapshotGitDir(mirrorRoot: string, repo: string): string {
  const base = join(mirrorRoot, repo.replace('/', '+'), 'repo');
  // A snapshot arrives either as a bare repository or as a repository whose git directory is `.git`.
  const candidates = [join(base, '.git'), base];
  const found = candidates.find((dir) => existsSync(join(dir, 'HEAD')));
  if (found === undefined) {
    throw new Error(
      `No snapshot of github:${repo} under ${mirrorRoot}: fetch it first (search tool: fetch github:${repo}).`,
    );
  }
  return found;
}

function git(gitDir: string, args: string[]): Buffer {
  return execFileSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: MAX_BUFFER });
}

/** Paths in the snapshot's newest commit, sorted, so loaders see files in a stable order. */
export function listFiles(gitDir: string): string[] {
  return git(gitDir, ['ls-tree', '-r', '--name-only', '-z', 'HEAD'])
    .toString('utf8')
    .split('\0')
    .filter((path) => path !== '')
    .sort();
}

/** A file's text; corpora of Chinese news come in UTF-8 or GB18030 depending on who re-uploaded them. */
export function readText(gitDir: string, path: string): string {
  const bytes = git(gitDir, ['show', `HEAD:${path}`]);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Undoes the XML escaping the corpus files use (named entities and numeric character references). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, body: string) => {
    const lower = body.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[lower] ?? '';
  });
}
