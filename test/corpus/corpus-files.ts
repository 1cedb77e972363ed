// The corpus on disk: `<root>/<family>/<lang>/<name>.txt` (`.pdf` for the printed pages) beside `<name>.golden.json`, as `npm run corpus`
// writes it and `npm run eval:pages` reads it.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectGolden } from './project-golden';
import type { CorpusPage, Family, GoldenPage } from './types';

export function writeCorpusPage(root: string, page: CorpusPage): void {
  const dir = join(root, page.family, page.lang);
  mkdirSync(dir, { recursive: true });
  if (page.pdf) writeFileSync(join(dir, `${page.name}.pdf`), page.pdf);
  else writeFileSync(join(dir, `${page.name}.txt`), page.text);
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
        const kind = /\.(txt|pdf)$/.exec(file)?.[1];
        if (!kind) continue;
        const name = file.slice(0, -'.txt'.length);
        const golden = JSON.parse(readFileSync(join(dir, `${name}.golden.json`), 'utf8')) as GoldenPage;
        const path = join(dir, file);
        if (kind === 'pdf') {
          pages.push({
            family: family as Family,
            lang,
            name,
            golden,
            text: '',
            pdf: new Uint8Array(readFileSync(path)),
          });
          continue;
        }
        const text = readFileSync(path, 'utf8');
        // The golden on disk is the source's; an OCR page is judged against what its text can hold.
        pages.push({
          family: family as Family,
          lang,
          name,
          text,
          golden: family === 'ocr' ? projectGolden(golden, text) : golden,
        });
      }
    }
  }
  return pages;
}
