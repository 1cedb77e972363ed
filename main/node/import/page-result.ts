import type { ParsedPage } from '../../../shared/contract/article.js';

/** What a reader of a structured format (web page, EPUB, DOCX) makes of a file, or why it cannot. */
export type PageResult = { ok: true; page: ParsedPage; encoding: string } | { ok: false; reason: string };

/** Thrown from deep inside a reader when the file must be refused; the message is the reason, as a clause. */
export class DocumentRefusal extends Error {}
