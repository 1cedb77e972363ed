// The line-role path of the page parser: for text that lost the blank lines a page's structure shows in (what
// PDF extractors and OCR produce), a learned model reads each line's role and the articles are assembled from
// the roles.
import type { PageLines } from '../lines';
import { assembleRoles, type Assembled } from './assemble';
import { lineFeatures } from './features';
import { paragraphsByIndents } from './layout-indents';
import { checkWeights, decodeRoles, type LineModel } from './model';
import trained from './weights.json';

const LINE_MODEL: LineModel = trained;

/** Articles and furniture of classified lines, by the line model. */
export function segmentByLineModel(
  lines: PageLines,
  model: LineModel = LINE_MODEL,
  headlineGap = 1,
): Assembled {
  checkWeights(model);
  if (headlineGap !== Infinity)
    return assembleRoles(lines, decodeRoles(model, lineFeatures(lines)), headlineGap);
  // Columns read back from a layout: the model and the patterns read them flush, and the reader's indents tell
  // only where their paragraphs open.
  const flush = lines.withoutIndents();
  return assembleRoles(flush, decodeRoles(model, lineFeatures(flush)), headlineGap, (roles) =>
    paragraphsByIndents(lines, roles),
  );
}
