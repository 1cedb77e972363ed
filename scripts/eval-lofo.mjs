// `npm run eval:lofo`: leave one family out. For each family the line model reads, trains the line-role model on the
// training corpus without that family, and scores the evaluation corpus's pages of that family with it beside
// the model trained on every family: a parser that learned the field, not one tool's habits, scores about the
// same either way (the bar: within 0.05).
// usage: npm run eval:lofo -- [--corpus DIR ...] [--eval DIR] [--epochs N] [--seeds N,N…] [--family F]
//   [--all-weights FILE]: the model trained on every family as `npm run train:parser` wrote it, not trained again
//   [--save-held-out DIR]: keep each held-out model as DIR/weights-without-FAMILY.json, to read that family's
//   training pages with it (`npm run eval:pages -- --corpus DIR --family F --weights FILE`): what a model that
//   never saw a family gets wrong there is what the rules after the model must not rely on it for
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../main/domain/import/parse-document.ts';
import { readCorpus } from '../test/corpus/corpus-files.ts';
import { LINE_MODEL_FAMILIES, TRAINING_CORPORA_HELP, trainingCorpora } from '../test/corpus/line-families.ts';
import { scorePages, summarise } from '../test/corpus/score.ts';
import { labelledLines, seedList, trainLineModels } from '../test/corpus/train-line-model.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1] : fallback;
};
const epochs = Number(option('--epochs', '40'));
// The same members as `npm run train:parser` trains for the app.
const seeds = seedList(option('--seeds', '2,3'));
const only = option('--family', null);
const usable = (pages) => pages.filter((p) => LINE_MODEL_FAMILIES.includes(p.family));
const training = usable(trainingCorpora(argv).flatMap((dir) => readCorpus(resolve(root, dir))));
const evaluation = usable(readCorpus(resolve(root, option('--eval', '.corpus'))));
if (training.length === 0 || evaluation.length === 0) {
  console.error(
    `Build the corpora first: \`npm run corpus\` for the evaluation pages; ${TRAINING_CORPORA_HELP}`,
  );
  process.exit(2);
}
const data = new Map(training.map((p) => [p, labelledLines(p)]));
const train = (pages) =>
  trainLineModels(
    pages.map((p) => data.get(p)),
    seeds,
    { epochs },
  );
const score = async (pages, model) =>
  summarise(
    await scorePages(
      pages,
      (p) => parseDocument(`${p.name}.txt`, p.text, { model }).page,
      resolve(root, '../shared'),
    ),
  );

const allWeights = option('--all-weights', null);
const saveHeldOut = option('--save-held-out', null);
const everything = allWeights ? JSON.parse(readFileSync(resolve(allWeights), 'utf8')) : train(training);
console.log('| held out | lang | pages | trained on all | family held out | difference |');
console.log('| --- | --- | --- | --- | --- | --- |');
let worst = 0;
for (const family of LINE_MODEL_FAMILIES.filter((f) => !only || f === only)) {
  const pages = evaluation.filter((p) => p.family === family);
  if (pages.length === 0) continue;
  const without = train(training.filter((p) => p.family !== family));
  if (saveHeldOut) {
    mkdirSync(resolve(saveHeldOut), { recursive: true });
    writeFileSync(join(resolve(saveHeldOut), `weights-without-${family}.json`), JSON.stringify(without));
  }
  const [tuned, held] = [await score(pages, everything), await score(pages, without)];
  for (const row of tuned) {
    const other = held.find((r) => r.lang === row.lang);
    const a = row.means.overall ?? 0;
    const b = other?.means.overall ?? 0;
    worst = Math.max(worst, a - b);
    console.log(
      `| ${family} | ${row.lang} | ${row.pages} | ${a.toFixed(3)} | ${b.toFixed(3)} | ${(b - a).toFixed(3)} |`,
    );
  }
}
console.log(`\nlargest drop when a family is held out: ${worst.toFixed(3)} (bar: 0.05)`);
process.exitCode = worst > 0.05 ? 1 : 0;
