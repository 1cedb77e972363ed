// Trains the line-role model (main/domain/page/line-model) on corpus pages: features as the parser computes them,
// labels from the goldens, softmax regression over features and the previous line's true role, Adam with L2.
import { normalizeExtractedText } from '../../main/domain/import/normalize-text';
import { classifyLines } from '../../main/domain/page/classify-lines';
import { FEATURE_COUNT, lineFeatures } from '../../main/domain/page/line-model/features';
import {
  LINE_LABELS,
  PREVIOUS_STATES,
  START_STATE,
  type LineModelWeights,
} from '../../main/domain/page/line-model/model';
import { splitLines } from '../../main/domain/page/lines';
import { labelLines, NO_LABEL } from './line-labels';
import type { CorpusPage } from './types';

const LABELS = LINE_LABELS.length;

export interface LabelledLines {
  rows: Float32Array;
  labels: Uint8Array;
}

export function labelledLines(page: CorpusPage): LabelledLines {
  const lines = classifyLines(splitLines(normalizeExtractedText(page.text)));
  return { rows: lineFeatures(lines), labels: labelLines(lines, page.golden) };
}

interface Example {
  rows: Float32Array;
  row: number;
  previous: number;
  label: number;
}

function examples(data: readonly LabelledLines[]): Example[] {
  const out: Example[] = [];
  for (const { rows, labels } of data) {
    for (let i = 0; i < labels.length; i++) {
      const label = labels[i]!;
      const previous = i === 0 ? START_STATE : labels[i - 1]!;
      if (label === NO_LABEL || previous === NO_LABEL) continue;
      out.push({ rows, row: i * FEATURE_COUNT, previous, label });
    }
  }
  return out;
}

/** A small deterministic generator, so that a training run can be repeated exactly. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  seed?: number;
}

/** Fits the weights by minibatch Adam on the log loss; returns them rounded for a small JSON. */
export function trainLineModel(data: readonly LabelledLines[], opts: TrainOptions = {}): LineModelWeights {
  const { epochs = 30, rate = 0.02, l2 = 1e-4, seed = 1 } = opts;
  const all = examples(data);
  if (all.length === 0) throw new Error('no labelled lines to train on');
  const params = new Float64Array(LABELS * FEATURE_COUNT + PREVIOUS_STATES * LABELS);
  const tOffset = LABELS * FEATURE_COUNT;
  const grad = new Float64Array(params.length);
  const m = new Float64Array(params.length);
  const v = new Float64Array(params.length);
  const next = random(seed);
  const scores = new Float64Array(LABELS);
  const batch = 128;
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = all.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [all[i], all[j]] = [all[j]!, all[i]!];
    }
    for (let from = 0; from < all.length; from += batch) {
      grad.fill(0);
      const slice = all.slice(from, from + batch);
      for (const ex of slice) {
        let max = -Infinity;
        for (let y = 0; y < LABELS; y++) {
          let s = params[tOffset + ex.previous * LABELS + y]!;
          for (let f = 0; f < FEATURE_COUNT; f++) {
            const x = ex.rows[ex.row + f]!;
            if (x !== 0) s += x * params[y * FEATURE_COUNT + f]!;
          }
          scores[y] = s;
          if (s > max) max = s;
        }
        let sum = 0;
        for (let y = 0; y < LABELS; y++) sum += scores[y] = Math.exp(scores[y]! - max);
        for (let y = 0; y < LABELS; y++) {
          const d = scores[y]! / sum - (y === ex.label ? 1 : 0);
          grad[tOffset + ex.previous * LABELS + y]! += d;
          for (let f = 0; f < FEATURE_COUNT; f++) {
            const x = ex.rows[ex.row + f]!;
            if (x !== 0) grad[y * FEATURE_COUNT + f]! += d * x;
          }
        }
      }
      step++;
      const lr = rate / Math.sqrt(1 + epoch);
      for (let k = 0; k < params.length; k++) {
        const g = grad[k]! / slice.length + l2 * params[k]!;
        m[k] = 0.9 * m[k]! + 0.1 * g;
        v[k] = 0.999 * v[k]! + 0.001 * g * g;
        const mh = m[k]! / (1 - 0.9 ** step);
        const vh = v[k]! / (1 - 0.999 ** step);
        params[k]! -= (lr * mh) / (Math.sqrt(vh) + 1e-8);
      }
    }
  }
  const round = (x: number): number => Math.round(x * 1e4) / 1e4;
  return {
    labels: [...LINE_LABELS],
    featureCount: FEATURE_COUNT,
    weights: Array.from(params.subarray(0, tOffset), round),
    transitions: Array.from(params.subarray(tOffset), round),
  };
}

/** Share of labelled lines whose decoded role is right, and a confusion count per true label. */
export function lineAccuracy(
  data: readonly LabelledLines[],
  decode: (rows: Float32Array) => Uint8Array,
): { accuracy: number; lines: number } {
  let right = 0;
  let total = 0;
  for (const { rows, labels } of data) {
    const got = decode(rows);
    for (let i = 0; i < labels.length; i++) {
      if (labels[i] === NO_LABEL) continue;
      total++;
      if (got[i] === labels[i]) right++;
    }
  }
  return { accuracy: total ? right / total : 0, lines: total };
}
