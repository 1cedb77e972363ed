// The line-role model: a maximum-entropy Markov model. Each line's role is a softmax over a small neural layer of
// its features (one hidden layer, so that conjunctions such as "the line above ended a sentence and was short"
// need not be written by hand) and the previous line's role; the page's roles are the most probable sequence
// (Viterbi). Weights are learned by `npm run train:parser` from the development corpus and shipped as JSON.
import { FEATURE_COUNT } from './features';

/** What a line of a page without layout is, in reading order. */
export const LINE_LABELS = [
  'furniture',
  'section',
  'kicker',
  'title',
  'subtitle',
  'credit',
  'para',
  'cont',
  'subhead',
  'caption',
] as const;
export type LineLabel = (typeof LINE_LABELS)[number];

/** Each label's number, as a roles array holds it. */
export const ROLE = Object.fromEntries(LINE_LABELS.map((label, i) => [label, i])) as Record<
  LineLabel,
  number
>;

/** Whether a role is running text: a paragraph's first line or a line going on with it. */
export function isRunningText(role: number | undefined): boolean {
  return role === ROLE.para || role === ROLE.cont;
}

const LABELS = LINE_LABELS.length;
/** The previous-role inputs: one per label, and one for the page's first line. */
export const PREVIOUS_STATES = LABELS + 1;
export const START_STATE = LABELS;

export interface LineModelWeights {
  labels: readonly string[];
  featureCount: number;
  hidden: number;
  /** hidden × featureCount, row-major (the feature vector's first entry is 1: the bias). */
  inputWeights: readonly number[];
  /** LABELS × (hidden + 1), row-major; the last column is the bias. */
  outputWeights: readonly number[];
  /** PREVIOUS_STATES × LABELS: the score of a role after a role. */
  transitions: readonly number[];
}

/** The shipped model: one or more members trained alike from different seeds. */
export interface LineModel {
  members: readonly LineModelWeights[];
}

export function checkWeights(model: LineModel): void {
  if (model.members.length === 0 || !model.members.every(memberFits))
    throw new Error('The line-role weights do not fit this build: run `npm run train:parser`.');
}

function memberFits(model: LineModelWeights): boolean {
  const sameLabels = model.labels.length === LABELS && model.labels.every((l, i) => l === LINE_LABELS[i]);
  return (
    sameLabels &&
    model.featureCount === FEATURE_COUNT &&
    model.inputWeights.length === model.hidden * FEATURE_COUNT &&
    model.outputWeights.length === LABELS * (model.hidden + 1) &&
    model.transitions.length === PREVIOUS_STATES * LABELS
  );
}

/** The hidden layer (ReLU) for row `i`, written into `out` (length model.hidden). */
function hiddenLayer(model: LineModelWeights, rows: Float32Array, i: number, out: Float64Array): void {
  const base = i * FEATURE_COUNT;
  for (let h = 0; h < model.hidden; h++) {
    let s = 0;
    const w = h * FEATURE_COUNT;
    for (let f = 0; f < FEATURE_COUNT; f++) {
      const x = rows[base + f] ?? 0;
      if (x !== 0) s += x * (model.inputWeights[w + f] ?? 0);
    }
    out[h] = s > 0 ? s : 0;
  }
}

/** Scores of every label from a hidden layer: LABELS numbers written into `out`. */
function outputScores(model: LineModelWeights, hidden: Float64Array, out: Float64Array): void {
  const width = model.hidden + 1;
  for (let y = 0; y < LABELS; y++) {
    const w = y * width;
    let s = model.outputWeights[w + model.hidden] ?? 0;
    for (let h = 0; h < model.hidden; h++) s += (hidden[h] ?? 0) * (model.outputWeights[w + h] ?? 0);
    out[y] = s;
  }
}

/** log softmax over labels of emission + transition from `previous`, into `out`. */
function logProbabilities(
  model: LineModelWeights,
  emission: Float64Array,
  previous: number,
  out: Float64Array,
): void {
  let max = -Infinity;
  for (let y = 0; y < LABELS; y++) {
    const s = (emission[y] ?? 0) + (model.transitions[previous * LABELS + y] ?? 0);
    out[y] = s;
    if (s > max) max = s;
  }
  let sum = 0;
  for (let y = 0; y < LABELS; y++) sum += Math.exp((out[y] ?? 0) - max);
  const log = max + Math.log(sum);
  for (let y = 0; y < LABELS; y++) out[y] = (out[y] ?? 0) - log;
}

/**
 * The most probable role of every line (indices into LINE_LABELS), by the members' mean log-probability: models
 * trained alike from other seeds disagree by a few hundredths per family, and their mean errs less than any.
 */
export function decodeRoles(model: LineModel, rows: Float32Array): Uint8Array {
  const n = rows.length / FEATURE_COUNT;
  const roles = new Uint8Array(n);
  if (n === 0) return roles;
  const members = model.members;
  const back = new Uint8Array(n * LABELS);
  let best = new Float64Array(LABELS);
  let next = new Float64Array(LABELS);
  const emissions = members.map(() => new Float64Array(LABELS));
  const hidden = members.map((member) => new Float64Array(member.hidden));
  const emissionScores = (i: number): void =>
    members.forEach((member, k) => {
      hiddenLayer(member, rows, i, hidden[k]!);
      outputScores(member, hidden[k]!, emissions[k]!);
    });
  const one = new Float64Array(LABELS);
  /** The members' mean log-probability of each role after `previous`, into `out`. */
  const meanLogProbabilities = (previous: number, out: Float64Array): void => {
    out.fill(0);
    members.forEach((member, k) => {
      logProbabilities(member, emissions[k]!, previous, one);
      for (let y = 0; y < LABELS; y++) out[y] = (out[y] ?? 0) + (one[y] ?? 0) / members.length;
    });
  };
  const logp = new Float64Array(LABELS);
  emissionScores(0);
  meanLogProbabilities(START_STATE, best);
  for (let i = 1; i < n; i++) {
    emissionScores(i);
    next.fill(-Infinity);
    for (let prev = 0; prev < LABELS; prev++) {
      meanLogProbabilities(prev, logp);
      const from = best[prev] ?? -Infinity;
      for (let y = 0; y < LABELS; y++) {
        const s = from + (logp[y] ?? 0);
        if (s > (next[y] ?? -Infinity)) {
          next[y] = s;
          back[i * LABELS + y] = prev;
        }
      }
    }
    [best, next] = [next, best];
  }
  let y = 0;
  for (let k = 1; k < LABELS; k++) if ((best[k] ?? -Infinity) > (best[y] ?? -Infinity)) y = k;
  for (let i = n - 1; i >= 0; i--) {
    roles[i] = y;
    y = back[i * LABELS + y] ?? 0;
  }
  return roles;
}
