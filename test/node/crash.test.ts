/**
 * SIGKILL at random moments during import, annotation writes, backup restore and snapshot swaps, in child processes on
 * a real library. A few rounds here; `npm run test:crash -- --rounds 200` runs many.
 */
import { test } from 'node:test';
import { runCrashRounds } from '../support/crash-rounds.js';

const ROUNDS = Number(process.env.JIANBAO_CRASH_ROUNDS ?? 4);
const SEED = Number(process.env.JIANBAO_CRASH_SEED ?? Date.now() % 1_000_000);

test(`${ROUNDS} kills during writes leave a whole library with every acknowledged write (seed ${SEED})`, async (t) => {
  const figures = await runCrashRounds(ROUNDS, SEED);
  t.diagnostic(
    `${figures.rounds} rounds, ${figures.killed} killed mid-work, ${figures.acknowledged} acknowledged writes all present; ` +
      `library: ${figures.sources} sources, ${figures.annotations} annotations`,
  );
});
