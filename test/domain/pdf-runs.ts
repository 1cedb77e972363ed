// Pages laid out run by run for the PDF layout tests: what pdf.js would hand the parser.
import type { TextRun } from '../../main/domain/pdf/geometry';
import { parsePdfText } from '../../main/domain/pdf/index';

export const BODY = { size: 10, font: 'Serif' };
export const BOLD = { size: 10, font: 'Serif-Bold' };
export const HEAD = { size: 24, font: 'Sans' };

/** A run whose width is given, or measured as Latin type (half an em a character) or CJK (an em). */
export function run(text: string, x: number, y: number, setting = BODY, width?: number): TextRun {
  const ems = [...text].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(c) ? 1 : 0.5), 0);
  return { text, x, y, width: width ?? ems * setting.size, ...setting };
}

/** A justified paragraph: every line but the last spans the measure, the first is indented by an em. */
export function paragraph(lines: readonly string[], x0: number, x1: number, y: number): TextRun[] {
  return lines.map((text, i) => {
    const x = i === 0 ? x0 + 10 : x0;
    const last = i === lines.length - 1;
    return run(text, x, y + i * 12, BODY, last ? undefined : x1 - x);
  });
}

export const page = (runs: TextRun[]) => parsePdfText([{ number: 1, width: 600, height: 800, runs }]);
