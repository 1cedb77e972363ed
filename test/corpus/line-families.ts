// Which corpus families the line-role model learns from and is used on: text read back from rendered pages,
// copied from the browser or typed out, where blank lines no longer show, or no longer alone show, the page's
// structure. The `pandoc` family is left out on purpose: a real tool's text the model never learns from, so its
// `npm run eval:pages` row is always a held-out family's.
import type { Family } from './types';

export const LINE_MODEL_FAMILIES: readonly Family[] = [
  'pdfjs',
  'pdftotext',
  'pdftotext-raw',
  'pdftotext-layout',
  'ocr',
  'browser',
  'typed',
];

/** The corpora the shipped weights were trained on (other seeds than every corpus they are scored on). */
export const TRAINING_CORPORA = ['.corpus-train', '.corpus-train2'];
export const TRAINING_CORPORA_HELP =
  'build the training corpora with `npm run corpus -- --out .corpus-train --seed 9101 --pages 120 --ocr-pages 12` and `npm run corpus -- --out .corpus-train2 --seed 13001 --pages 160 --ocr-pages 0`.';

/** The training corpora a script was given (each `--corpus DIR`), else TRAINING_CORPORA. */
export function trainingCorpora(argv: readonly string[]): string[] {
  const given = argv.flatMap((arg, i) => (argv[i - 1] === '--corpus' ? [arg] : []));
  return given.length > 0 ? given : TRAINING_CORPORA;
}
