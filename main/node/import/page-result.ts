import { said, type Said } from '../../../shared/i18n/said.js';
import type { ParsedPage } from '../../../shared/contract/article.js';
import type { ProgressUnit } from '../../../shared/contract/import-entries.js';
import type { ImageSource } from './images/collect-images.js';

/**
 * What a reader of a structured format (web page, EPUB, DOCX) makes of a file, or why it cannot; `pictures`
 * finds the bytes the file holds for its figures' addresses.
 */
export type PageResult =
  | { ok: true; page: ParsedPage; encoding: string; pictures?: ImageSource; notices?: Said[] }
  | { ok: false; reason: Said };

/** Thrown from deep inside a reader when the file must be refused: `said` is the reason, as a clause. */
export class DocumentRefusal extends Error {
  constructor(readonly said: Said) {
    super(said.en);
  }
}

export const CANCELLED = said('the import was cancelled', '导入已取消');

/** How a long read (a PDF's pages, an EPUB's chapters) reports how far it is, and learns it was cancelled. */
export interface ReadProgress {
  /** Called after each page or chapter with the number done and the total. */
  progress?: (done: number, total: number, unit: ProgressUnit) => void;
  signal?: AbortSignal;
}

/** What the import says of a file damaged in a few places (a text file, a web page). */
export function unreadablePlaces(n: number): Said {
  return said(
    `${n === 1 ? '1 place' : `${n} places`} in it could not be read (the file may be damaged) and ${n === 1 ? 'shows' : 'show'} as \ufffd`,
    `其中有 ${n} 处无法读出（文件或已损坏），显示为 \ufffd`,
  );
}
