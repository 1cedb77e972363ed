// Text as poppler's command-line tools give it: pdftotext in its three reading modes, and OCR of a page image
// (pdftoppm, then tesseract). Their output is kept exactly as the tools print it.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIG = 64 * 1024 * 1024;

export type PdftotextMode = 'default' | 'raw' | 'layout';

export async function pdftotext(pdfPath: string, mode: PdftotextMode): Promise<string> {
  const flags = mode === 'default' ? [] : [`-${mode}`];
  const { stdout } = await run('pdftotext', [...flags, '-enc', 'UTF-8', pdfPath, '-'], { maxBuffer: BIG });
  return stdout;
}

/**
 * OCR at 200 dpi, Chinese pages read with the English model too (Latin letters and digits are common there).
 * (At 300 dpi tesseract read fewer Chinese headlines exactly, 9 of 61 against 16 of 61.)
 * One thread: the machine is shared, and several pages may be read at once.
 */
export async function ocr(pdfPath: string, lang: 'zh' | 'en'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'jianbao-ocr-'));
  try {
    const prefix = join(dir, 'page');
    await run('pdftoppm', ['-r', '200', '-png', '-singlefile', pdfPath, prefix]);
    const { stdout } = await run(
      'tesseract',
      [`${prefix}.png`, '-', '-l', lang === 'zh' ? 'chi_sim+eng' : 'eng'],
      {
        maxBuffer: BIG,
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      },
    );
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
