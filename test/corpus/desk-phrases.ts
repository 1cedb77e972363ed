// The short lines a desk writes around a story: an English kicker and the crossheads inside the text. Both sum
// up what they stand over, in the story's own words; neither repeats the opening words of the paragraph below,
// which a real page never does and which would tell a parser where a crosshead stands for free.
import type { Dice, Lang } from './render-text';

// Words that neither open nor close a label a desk would set ("of the", "said"): function words and the verbs
// of reporting that fill wire copy.
const FILLER = new Set(
  (
    'a an the and or but nor so yet if then than that this these those which who whom whose what when where ' +
    'while as at by for from in into of off on onto out over to up with without about after before between ' +
    'under is are was were be been being has have had do does did will would shall should can could may might ' +
    'must it its he she they them their his her we our you your i me my not no also said says say told added ' +
    'there here more most very just such per vs'
  ).split(' '),
);

interface Run {
  words: string[];
  /** Where the run starts, in words of its text. */
  at: number;
}

/** Runs of content words as the text gives them, each word bare of punctuation; a run ends where a clause does. */
function contentRuns(text: string): Run[] {
  const runs: Run[] = [];
  let run: Run = { words: [], at: 0 };
  const close = (next: number) => {
    if (run.words.length) runs.push(run);
    run = { words: [], at: next };
  };
  for (const [i, token] of text.split(/\s+/).entries()) {
    const word = token.replace(/^["“‘'(]+|[.,;:!?"”’')]+$/g, '');
    if (!/^[A-Za-z][a-z'-]*[a-z]$|^[A-Z][A-Za-z.-]*[A-Za-z]$/.test(word) || FILLER.has(word.toLowerCase())) {
      close(i + 1);
      continue;
    }
    if (!token.startsWith(word)) close(i);
    run.words.push(word);
    if (!token.endsWith(word)) close(i + 1);
  }
  close(0);
  return runs;
}

const OPENING_WORDS = 5;

function capitalised(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/**
 * A crosshead over a passage: a phrase of the passage without punctuation, never its opening words. In Chinese a
 * clause of 4 to 14 characters; in English two to four content words standing together in the text ("Currency
 * speculators", "Fuel oil imports"), capitalised. A passage with no such phrase (quotes, figures throughout)
 * gets none.
 */
export function crosshead(passage: readonly string[], lang: Lang, dice: Dice): string | undefined {
  if (lang === 'zh') {
    const clauses = passage.flatMap((p, i) =>
      p
        .split(/[，。；：！？、]/)
        .map((c) => c.trim())
        .filter((c, j) => (i > 0 || j > 0) && c.length >= 4 && c.length <= 14)
        .filter((c) => !/["“”‘’「」（）()《》<>[\]［］【】—\-\d０-９]/.test(c)),
    );
    return clauses.length ? dice.pick(clauses) : undefined;
  }
  // A run among the first few words would read as the paragraph's opening said twice.
  const phrases = passage
    .flatMap((p, i) => contentRuns(p).filter((run) => i > 0 || run.at >= OPENING_WORDS))
    .filter((run) => run.words.length >= 2)
    .map((run) => run.words.slice(0, 4).join(' '));
  return phrases.length ? capitalised(dice.pick(phrases)) : undefined;
}

/** Labels papers set over a story to say what kind of piece it is, whatever it is about. */
export const KICKER_LABELS = [
  'Analysis',
  'Exclusive',
  'In brief',
  'Briefing',
  'Outlook',
  'Comment',
  'Markets',
  'Update',
];

/**
 * An English kicker: a label of one to three words, either the kind of piece ("Analysis") or what the story is
 * about in its own words ("Oil prices", "Federal Reserve"); in capitals over a headline in capitals.
 */
export function englishKicker(story: readonly string[], title: string, dice: Dice): string {
  const topics = story.flatMap(contentRuns).map((run) => run.words.slice(0, 3).join(' '));
  const kicker =
    !topics.length || dice.chance(0.3) ? dice.pick(KICKER_LABELS) : capitalised(dice.pick(topics));
  return /[a-z]/.test(title) ? kicker : kicker.toUpperCase();
}
