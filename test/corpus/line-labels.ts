// Training labels for the line-role model: each line of an extracted page is found in its golden (headline
// fields and blocks read as one stream in page order) and takes the role of the piece it falls in. A line the
// golden does not hold is furniture when a rule or the page's edge says so, and unlabelled (left out of
// training) otherwise: OCR misreadings must not teach the model that body text is furniture.
import { LINE_LABELS, type LineLabel } from '../../main/domain/page/line-model/model';
import type { PageLines } from '../../main/domain/page/lines';
import type { GoldenPage } from './types';

/** Unlabelled line. */
export const NO_LABEL = 255;

interface Piece {
  start: number;
  end: number;
  label: LineLabel;
}

/** What alignment compares: letters and digits only, case and width folded. */
export function alignKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function goldenStream(golden: GoldenPage): { stream: string; pieces: Piece[] } {
  const pieces: Piece[] = [];
  let stream = '';
  const add = (text: string | null | undefined, label: LineLabel): void => {
    const key = alignKey(text ?? '');
    if (key === '') return;
    pieces.push({ start: stream.length, end: stream.length + key.length, label });
    stream += key;
  };
  let section: string | null = null;
  for (const a of golden.articles) {
    if (a.section && a.section !== section) add(a.section, 'section');
    section = a.section ?? section;
    add(a.kicker, 'kicker');
    add(a.title, 'title');
    add(a.subtitle, 'subtitle');
    add(a.byline, 'credit');
    // A dateline opens the first paragraph's line: the line is a paragraph start.
    let lead = a.dateline ?? '';
    for (const b of a.blocks) {
      const label = b.type === 'paragraph' ? 'para' : b.type;
      add(`${lead}${b.text}`, label);
      lead = '';
    }
  }
  return { stream, pieces };
}

function pieceAt(pieces: readonly Piece[], at: number): Piece | undefined {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid]!;
    if (at < p.start) hi = mid - 1;
    else if (at >= p.end) lo = mid + 1;
    else return p;
  }
  return undefined;
}

/** The label index of every line (NO_LABEL where the golden cannot say). */
export function labelLines(lines: PageLines, golden: GoldenPage): Uint8Array {
  const { stream, pieces } = goldenStream(golden);
  const labels = new Uint8Array(lines.length).fill(NO_LABEL);
  let cursor = 0;
  for (let i = 0; i < lines.length; i++) {
    const key = alignKey(lines.text(i));
    const kind = lines.kind(i);
    let at = -1;
    if (key !== '') {
      // Reading order mostly holds: look just ahead first, then anywhere (columns read out of order).
      const near = stream.indexOf(key, cursor);
      at = near >= 0 && near - cursor < 2000 ? near : stream.indexOf(key);
      // A short key found far away is more likely a coincidence than the line.
      if (at >= 0 && at !== near && key.length < 6) at = -1;
    }
    const piece = at >= 0 ? pieceAt(pieces, at) : undefined;
    if (piece && at + key.length <= piece.end) {
      cursor = at + key.length;
      const label: LineLabel = piece.label === 'para' && at > piece.start ? 'cont' : piece.label;
      labels[i] = LINE_LABELS.indexOf(label);
    } else if (kind === 'furniture' || kind === 'marker' || i < 2 || i >= lines.length - 2) {
      labels[i] = LINE_LABELS.indexOf('furniture');
    }
  }
  return labels;
}
