// Lines with the roles a test says the line model read, assembled into articles as the parser does.
import { classifyLines } from '../../main/domain/page/classify-lines';
import { assembleRoles, type Assembled } from '../../main/domain/page/line-model/assemble';
import { LINE_LABELS, type LineLabel } from '../../main/domain/page/line-model/model';
import { splitLines } from '../../main/domain/page/lines';

export type LabelledRow = readonly [LineLabel, string];

export const labels = (roles: readonly LineLabel[]): Uint8Array =>
  Uint8Array.from(roles.map((label) => LINE_LABELS.indexOf(label)));

/** The rows' lines as the model labelled them, a blank line before each row numbered in `blankBefore`. */
export function assembleRows(rows: readonly LabelledRow[], blankBefore: readonly number[] = []): Assembled {
  const text = rows.map(([, line], i) => (blankBefore.includes(i) ? `\n${line}` : line)).join('\n');
  return assembleRoles(classifyLines(splitLines(text)), labels(rows.map(([label]) => label)));
}
