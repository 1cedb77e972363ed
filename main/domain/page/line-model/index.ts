// The line-role path of the page parser: for text that lost the blank lines a page's structure shows in (what
// PDF extractors and OCR produce), a learned model reads each line's role and the articles are assembled from
// the roles.
import { classifyLines } from '../classify-lines';
import { splitLines, type PageLines } from '../lines';
import { assembleRoles, type Assembled } from './assemble';
import { lineFeatures } from './features';
import { headlineRowsApart } from './headline-rows';
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
  if (headlineGap !== Infinity) {
    const roles = decodeRoles(model, lineFeatures(lines));
    const apart = headlineRowsApart(lines, roles);
    if (apart === null) return assembleRoles(lines, roles, headlineGap);
    // The headlines of a row read apart are lines of their own now, and the model reads them as such.
    const read = classifyLines(splitLines(apart));
    return assembleRoles(read, decodeRoles(model, lineFeatures(read)), headlineGap);
  }
  // Columns read back from a layout: the model and the patterns read them flush, and the reader's indents tell
  // only where their paragraphs open.
  const flush = lines.withoutIndents();
  return assembleRoles(flush, decodeRoles(model, lineFeatures(flush)), headlineGap, (roles) =>
    paragraphsByIndents(lines, roles),
  );
}
