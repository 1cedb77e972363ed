// The page's markup converted to plain text by pandoc, as people save a web page or an e-paper's HTML edition
// as text: every block in document order (the masthead and page furniture too), blank lines between blocks,
// English wrapped at the column count asked for (pandoc breaks lines only at spaces, so Chinese paragraphs stay
// on one line each) or not wrapped at all.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Dice, rng } from '../support/page-generator';

const run = promisify(execFile);

/** How one page is converted, from its seed: a third unwrapped, the rest wrapped at 56 to 90 columns. */
function wrapFlags(seed: number): string[] {
  const dice = new Dice(rng(seed * 7 + 3));
  return dice.chance(1 / 3) ? ['--wrap=none'] : ['--wrap=auto', `--columns=${dice.int(56, 90)}`];
}

export async function pandocText(html: string, seed: number): Promise<string> {
  const child = run('pandoc', ['--from=html', '--to=plain', ...wrapFlags(seed)], {
    maxBuffer: 64 * 1024 * 1024,
  });
  child.child.stdin?.end(html);
  return (await child).stdout;
}
