// The corpus on disk: `<root>/<family>/<lang>/<name>.txt` beside `<name>.golden.json`, as `npm run corpus`
// writes it and `npm run eval:pages` reads it.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusPage, Family, GoldenPage } from './types';

export function writeCorpusPage(root: string, page: CorpusPage): void {
  const dir = join(root, page.family, page.lang);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${page.name}.txt`), page.text);
  writeFileSync(join(dir, `${page.name}.golden.json`), `${JSON.stringify(page.golden, null, 1)}\n`);
}

export function readCorpus(root: string): CorpusPage[] {
  if (!existsSync(root)) return [];
  const pages: CorpusPage[] = [];
  for (const family of readdirSync(root).sort()) {
    const familyDir = join(root, family);
    for (const lang of readdirSync(familyDir).sort()) {
      if (lang !== 'zh' && lang !== 'en') continue;
      const dir = join(familyDir, lang);
      for (const file of readdirSync(dir).sort()) {
        if (!file.endsWith('.txt')) continue;
        const name = file.slice(0, -'.txt'.length);
        const golden = JSON.parse(readFileSync(join(dir, `${name}.golden.json`), 'utf8')) as GoldenPage;
        pages.push({
          family: family as Family,
          lang,
          name,
          text: readFileSync(join(dir, file), 'utf8'),
          golden,
        });
      }
    }
  }
  return pages;
}
