// Text as a reader copies it out of pdf.js: the page's text items in the order the PDF draws them, items on one
// baseline joined into a line, a newline between lines and a blank line where the text jumps down a long way.
// The items come through the app's own pdf.js adapter, so both read the file the same way.
import { readFile } from 'node:fs/promises';
import type { TextRun } from '../../main/domain/pdf/geometry';
import { readPdfText } from '../../main/node/import/pdf-text';

// pdf.js already puts the spaces it sees between words (and between letter-spaced characters) into the items, so
// items on one line are joined as they are, as the viewer's text layer copies them.
function joinLines(runs: readonly TextRun[]): string {
  let out = '';
  let prev: TextRun | undefined;
  for (const r of runs) {
    if (prev) {
      const size = Math.max(r.size, prev.size);
      const sameLine = Math.abs(r.y - prev.y) < size * 0.3 && r.x > prev.x - size * 0.5;
      if (!sameLine) out += r.y - prev.y > size * 2 ? '\n\n' : '\n';
    }
    out += r.text;
    prev = r;
  }
  return out;
}

export async function pdfjsText(pdfPath: string): Promise<string> {
  const pages = await readPdfText(new Uint8Array(await readFile(pdfPath)));
  return pages.map((p) => joinLines(p.runs)).join('\n\n');
}
