// npm run test:crash [-- --rounds N] [-- --seed S]: the crash harness (test/node/crash.test.ts) with many
// rounds, 20 unless told; `npm test` runs it with 4, one of each kind.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '20' }, seed: { type: 'string' } },
});
if (!/^[1-9][0-9]*$/.test(values.rounds)) {
  console.error(`--rounds takes a positive whole number, not "${values.rounds}".`);
  process.exit(2);
}
const env = { ...process.env, JIANBAO_CRASH_ROUNDS: values.rounds };
if (values.seed !== undefined) env.JIANBAO_CRASH_SEED = values.seed;
const result = spawnSync(process.execPath, ['scripts/run-tests.mjs', 'test/node/crash.test.ts'], {
  stdio: 'inherit',
  env,
});
process.exit(result.status ?? 1);
