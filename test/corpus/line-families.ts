// Which corpus families the line-role model learns from and is used on: text read back from rendered pages,
// where blank lines no longer show the page's structure.
import type { Family } from './types';

export const LINE_MODEL_FAMILIES: readonly Family[] = [
  'pdfjs',
  'pdftotext',
  'pdftotext-raw',
  'pdftotext-layout',
  'ocr',
  'typed',
];
