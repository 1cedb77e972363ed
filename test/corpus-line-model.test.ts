// The line-role model as `npm run train:parser` trains it for the app: the same training from several seeds,
// whose members read a page together.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkWeights, decodeRoles, type LineModel } from '../main/domain/page/line-model/model';
import { filesPages } from './corpus/render-files';
import { loadSample } from './corpus/sources';
import { labelledLines, lineAccuracy, seedList, trainLineModels } from './corpus/train-line-model';

// The committed samples' articles stored one after another, as the `files` family prints them.
const pages = (['zh', 'en'] as const).flatMap((lang) =>
  filesPages(loadSample(lang), lang, 5, 6).map(labelledLines),
);
const training = pages.filter((_, i) => i % 3 !== 0);
const unseen = pages.filter((_, i) => i % 3 === 0);
const model = trainLineModels(training, [1, 2], { epochs: 4, hidden: 8 });
const accuracy = (m: LineModel) => lineAccuracy(unseen, (rows) => decodeRoles(m, rows)).accuracy;

test('a model trained from two seeds has two members that fit the build, and reads unseen pages', () => {
  assert.equal(model.members.length, 2);
  checkWeights(model);
  const [first, second] = model.members.map((member) => accuracy({ members: [member] }));
  assert.notDeepEqual(model.members[0]!.inputWeights, model.members[1]!.inputWeights);
  // Together they read about as well as the better one alone, and far better than chance over ten roles.
  assert.ok(accuracy(model) >= Math.min(first!, second!) - 0.02, `${accuracy(model)} vs ${first}, ${second}`);
  assert.ok(accuracy(model) > 0.6, String(accuracy(model)));
});

test('members that agree read as one: a member given twice reads every line as it reads alone', () => {
  const alone = { members: [model.members[0]!] };
  const twice = { members: [model.members[0]!, model.members[0]!] };
  for (const { rows } of unseen) assert.deepEqual(decodeRoles(twice, rows), decodeRoles(alone, rows));
});

test('weights without members, or a seed list that is not one, are refused with what to do', () => {
  assert.throws(() => checkWeights({ members: [] }), /npm run train:parser/);
  assert.throws(
    () => checkWeights({ members: [{ ...model.members[0]!, hidden: 9 }] }),
    /npm run train:parser/,
  );
  assert.deepEqual(seedList('2,3'), [2, 3]);
  assert.throws(() => seedList('2,x'), /not a list of seeds/);
});
