// `npm run train:parser`: trains the page parser's line-role model on corpora that `npm run corpus` built
// (default `.corpus-train/` and `.corpus-train2/`, built with other seeds than the evaluation corpus) and writes
// the weights the app ships (main/domain/page/line-model/weights.json). Prints the share of lines whose role
// comes out right, per family, on the training pages and on the evaluation corpus (default `.corpus/`), which it
// never trains on.
// usage: npm run train:parser -- [--corpus DIR ...] [--eval DIR] [--hold-out FAMILY] [--epochs N] [--hidden N]
//   [--seeds N,N…] [--l2 X] [--out FILE]
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeRoles } from '../main/domain/page/line-model/model.ts';
import { readCorpus } from '../test/corpus/corpus-files.ts';
import { LINE_MODEL_FAMILIES, TRAINING_CORPORA_HELP, trainingCorpora } from '../test/corpus/line-families.ts';
import { labelledLines, lineAccuracy, seedList, trainLineModels } from '../test/corpus/train-line-model.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1] : fallback;
};
const corpusDirs = trainingCorpora(argv).map((dir) => resolve(root, dir));
const evalDir = resolve(root, option('--eval', '.corpus'));
const heldOut = option('--hold-out', null);
const out = resolve(root, option('--out', 'main/domain/page/line-model/weights.json'));

const usable = (pages) => pages.filter((p) => LINE_MODEL_FAMILIES.includes(p.family));
const training = usable(corpusDirs.flatMap(readCorpus)).filter((p) => p.family !== heldOut);
if (training.length === 0) {
  console.error(`No pages to train on in ${corpusDirs.join(', ')}: ${TRAINING_CORPORA_HELP}`);
  process.exit(2);
}
const started = Date.now();
// Runs differ by a few hundredths per family with the seed alone; the app ships the models of two seeds, whose
// mean reading errs less than either's.
const model = trainLineModels(training.map(labelledLines), seedList(option('--seeds', '2,3')), {
  epochs: Number(option('--epochs', '40')),
  hidden: Number(option('--hidden', '48')),
  // Weight decay: the trainer's own default unless one is given (to compare others).
  ...(option('--l2', null) === null ? {} : { l2: Number(option('--l2', null)) }),
});
console.log(`trained on ${training.length} pages in ${((Date.now() - started) / 1000).toFixed(0)} s`);
writeFileSync(out, `${JSON.stringify(model)}\n`);

const report = (name, pages) => {
  const families = [...new Set(pages.map((p) => `${p.family} ${p.lang}`))].sort();
  for (const key of families) {
    const group = pages.filter((p) => `${p.family} ${p.lang}` === key).map(labelledLines);
    const { accuracy, lines } = lineAccuracy(group, (rows) => decodeRoles(model, rows));
    console.log(
      `${name.padEnd(6)} ${key.padEnd(22)} ${lines} lines, ${(accuracy * 100).toFixed(1)}% roles right`,
    );
  }
};
report('train', training);
report('eval', usable(readCorpus(evalDir)));
console.log(`weights written to ${out}`);
