// Text as a reader copies it out of pdf.js: the page's text items in the order the PDF draws them, items on one
// baseline joined into a line, a newline between lines and a blank line where the text jumps down a long way.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const pkg = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
// pdf.js wants directory URLs ending in a slash; in Node a plain path is read from disk.
const CMAPS = join(pkg, 'cmaps') + '/';
const FONTS = join(pkg, 'standard_fonts') + '/';

interface Run {
  str: string;
  x: number;
  y: number;
  size: number;
}

// pdf.js already puts the spaces it sees between words (and between letter-spaced characters) into the items, so
// items on one line are joined as they are, as the viewer's text layer copies them.
function joinLines(runs: readonly Run[]): string {
  let out = '';
  let prev: Run | undefined;
  for (const r of runs) {
    if (prev) {
      const size = Math.max(r.size, prev.size);
      const sameLine = Math.abs(r.y - prev.y) < size * 0.3 && r.x > prev.x - size * 0.5;
      if (!sameLine) out += prev.y - r.y > size * 2 ? '\n\n' : '\n';
    }
    out += r.str;
    prev = r;
  }
  return out;
}

export async function pdfjsText(pdfPath: string): Promise<string> {
  const data = new Uint8Array(await readFile(pdfPath));
  const doc = await getDocument({
    data,
    isEvalSupported: false,
    cMapUrl: CMAPS,
    cMapPacked: true,
    standardFontDataUrl: FONTS,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, , , x, y] = item.transform as number[];
        runs.push({ str: item.str, x: x ?? 0, y: y ?? 0, size: Math.hypot(a ?? 0, b ?? 0) });
      }
      pages.push(joinLines(runs));
    }
    return pages.join('\n\n');
  } finally {
    await doc.destroy();
  }
}
