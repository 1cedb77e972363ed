/**
 * Regression corpus for re-anchoring: real-looking article texts, seeded random edits of every kind a
 * re-import produces, and a count of orphans and wrong anchors.
 *
 * Every character of an edited text remembers which original character it came from (or that it is
 * new), so the truth is known: an annotation "survived" when all its visible characters are still
 * there, in order, with nothing visible inserted between them. A re-anchored annotation is wrong when it
 * does not cover exactly those characters (whitespace at its edges aside).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeText, quoteAnchor, reanchorAll } from '../../main/domain/anchoring/index.js';
import type { TextQuoteAnchor } from '../../main/domain/anchoring/index.js';

// Original writing for this test: two English and two Chinese articles in newspaper style.
const ENGLISH_HARBOUR = `Harbour town votes to keep its ferry

The council of Westmere voted on Tuesday night to keep the old passenger ferry running for at least five more years, ending a dispute that had divided the harbour town since the spring. The ferry, a blue-hulled boat built in 1968, carries about two hundred people a day across the estuary to the market town of Callow.

Supporters packed the public gallery. Many had brought hand-painted signs, and one retired skipper brought the ship's brass bell, which he rang whenever a councillor said something he liked. "It is not just a boat," said Margaret Ellis, who has run the café on the quay for thirty years. "It is how my customers get to work, how the children get to school, and how the whole town stays in one piece."

The vote was seven to four. Councillors who opposed the plan said the money would be better spent on a new bridge further upstream, which engineers estimate would take a decade to build. The ferry's annual running cost is about four hundred thousand pounds, most of it fuel and insurance.

The harbour master, Tom Reyes, said repairs to the landing stage would begin next month. During the work, which should take three weeks, the ferry will sail from the fish quay instead. Passengers are asked to allow ten extra minutes for the walk.

Not everyone was pleased. A small group outside the town hall argued that the decision only delayed a harder choice. "In five years we will be back here having the same argument," said one of them, a student who asked not to be named. "Except the boat will be five years older."`;

const ENGLISH_LIBRARY = `The library that never closes its reading room

At half past six in the morning, before the buses start, the reading room on Alder Street is already warm. The caretaker switches on the long green lamps, one table at a time, and by seven the first regulars have taken their seats by the windows.

The library has kept its reading room open every day of the year since a bequest in the nineteen-fifties required it to. The will of a local printer, who left the building and a small fund, said that "no person seeking to read shall find the door locked." The trustees have taken the sentence literally ever since.

Keeping that promise is not cheap. Heating the room through the winter costs more than the library spends on new books, and the night staff are paid from a separate grant that must be renewed every three years. Last year the grant was cut by a fifth, and the trustees made up the difference by selling two paintings that had hung in the stairwell.

Who comes at night? Nurses between shifts, mostly, and students who share crowded flats. A taxi driver reads the day's newspapers in order, front page to crossword, every night at two. A woman who lost her house in the floods of 2019 spent most of that winter here, writing letters to the insurance company at the corner table.

The head librarian, Ana Petrov, keeps a notebook of small changes. Softer chairs. A second kettle. A shelf of reading glasses in every strength, free to borrow. "People think a library is about the books," she said. "It is also about a warm chair, a quiet hour and nobody asking you to leave."`;

const CHINESE_MARKET = `老街菜市场改造完工 摊主回迁

本报记者 林晓 文并摄

经过八个月的施工，位于城西老街的菜市场本周一重新开门迎客。改造后的市场保留了原来的青砖外墙和木质屋架，内部则新增了排水沟、通风窗和统一的摊位编号，一百二十多户摊主全部按原位置回迁。

“最担心的是老顾客找不到我。”卖豆腐的张阿姨一边给客人称秤一边说。她在这个市场摆摊已经二十六年，改造期间在临时大棚里经营，生意少了近一半。回迁第一天，不少熟客一早就来了，有人还专门给她带来了自家包的饺子。

据街道办事处介绍，此次改造总投资约一千八百万元，资金由区财政和市场经营方共同承担。为了不让摊位费上涨，区里承诺三年内维持原有收费标准，并对困难摊主减免一半费用。

市场管理方还在入口处设置了公平秤和食品快检室，每天上午抽检蔬菜农药残留，检测结果写在门口的黑板上。附近居民王先生说：“以前下雨天地上全是水，现在干净多了，买菜的时候也更放心。”

也有摊主提出意见。卖鱼的刘师傅说，新摊位的水池比原来小，活鱼放不下太多，希望管理方能再调整。对此，市场负责人表示，将在一个月内收集各方意见，分批进行改进。`;

const CHINESE_ORCHARD = `山村果园里的新农人

本报通讯员 陈雨

清晨五点，秦岭脚下的石门村还笼罩在薄雾中，二十九岁的赵明已经走进了自家的猕猴桃园。他蹲下身子，仔细查看每一根藤蔓上的花苞，然后在手机上记下当天的温度和湿度。

三年前，赵明从省城的一家软件公司辞职回乡。父母起初并不支持：“好不容易考出去，怎么又回来种地？”但赵明有自己的打算。他发现，村里的猕猴桃品质很好，却因为缺少冷库和销售渠道，每年都有不少果子烂在地里，价格也被收购商压得很低。

回村后，他先和几户村民一起成立了合作社，又申请贷款建起了一座小型冷库。果子采摘后可以分批上市，不必再一次性低价卖掉。去年，他尝试通过网络直播销售，一个秋天卖出了四万多斤，合作社社员的平均收入比前年提高了三成。

如今，赵明的果园里安装了土壤传感器和滴灌设备，浇水施肥都可以在手机上操作。村里的老人们也慢慢接受了这些新东西，七十岁的李大爷甚至学会了看手机上的天气预报来安排农活。

谈到未来，赵明说，他希望把村里的空置房屋改造成民宿，让城里人周末来摘果子、住农家。“果园不只是卖果子的地方，”他说，“也可以是让人愿意回来的地方。”`;

const PARTY_PAGE = readFileSync(
  fileURLToPath(new URL('../../../shared/fixtures/pages/party-building-page.txt', import.meta.url)),
  'utf8',
);

const ARTICLES = [ENGLISH_HARBOUR, ENGLISH_LIBRARY, CHINESE_MARKET, CHINESE_ORCHARD, PARTY_PAGE];

/** mulberry32: a tiny seeded generator so every run applies the same edits. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One character of an edited text and the original offset it came from (-1 when new). */
interface Tracked {
  readonly char: string;
  readonly origin: number;
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T | undefined =>
  items[Math.floor(random() * items.length)];
const fresh = (text: string): Tracked[] => [...text].map((char) => ({ char, origin: -1 }));
const joined = (chars: readonly Tracked[]): string => chars.map((c) => c.char).join('');
const HAN = /\p{Script=Han}/u;
const isHan = (c: Tracked | undefined): boolean => c !== undefined && HAN.test(c.char);

/** Indices where a sentence starts: after 。！？.!? and the spaces that follow. */
function sentenceStarts(chars: readonly Tracked[]): number[] {
  const starts = [0];
  for (let i = 0; i < chars.length; i++) {
    if (!/[。！？.!?]/u.test(chars[i]!.char)) continue;
    let next = i + 1;
    while (next < chars.length && /[”"’]/u.test(chars[next]!.char)) next++;
    while (next < chars.length && chars[next]!.char === ' ') next++;
    if (next < chars.length && next !== starts.at(-1)) starts.push(next);
  }
  return starts;
}

function randomSentence(chars: readonly Tracked[], random: Random): { start: number; end: number } | null {
  const starts = sentenceStarts(chars);
  const index = Math.floor(random() * starts.length);
  const start = starts[index]!;
  let end = starts[index + 1] ?? chars.length;
  // Keep a sentence inside its paragraph: stop at the paragraph break.
  const breakAt = chars.slice(start, end).findIndex((c) => c.char === '\n');
  if (breakAt >= 0) end = start + breakAt;
  return end - start > 1 ? { start, end } : null;
}

const ENGLISH_WORDS = ['council', 'river', 'morning', 'quietly', 'station', 'several', 'winter', 'promise'];
const HAN_WORDS = ['发展', '群众', '工作', '城市', '服务', '建设', '经济', '文化'];
const PUNCTUATION_SWAPS: Readonly<Record<string, string>> = {
  ',': ';',
  '.': '!',
  '，': '、',
  '。': '！',
  '、': '，',
  '：': '；',
};
const WIDTH_SWAPS: Readonly<Record<string, string>> = {
  ',': '，',
  '，': ',',
  ':': '：',
  '：': ':',
  '(': '（',
  '（': '(',
  ')': '）',
  '）': ')',
  '"': '“',
  ';': '；',
};

export type EditKind =
  | 'word changed'
  | 'sentence moved'
  | 'sentence deleted'
  | 'punctuation'
  | 'width'
  | 'whitespace'
  | 'paragraphs joined';
const EDIT_KINDS: readonly EditKind[] = [
  'word changed',
  'sentence moved',
  'sentence deleted',
  'punctuation',
  'width',
  'whitespace',
  'paragraphs joined',
];

/** Applies one edit of `kind` in place; returns false when the text offers nothing to edit. */
function applyEdit(chars: Tracked[], kind: EditKind, random: Random): boolean {
  const at = (predicate: (i: number) => boolean): number | undefined =>
    pick(random, chars.map((_, i) => i).filter(predicate));
  switch (kind) {
    case 'word changed': {
      const han = at((i) => isHan(chars[i]) && isHan(chars[i + 1]));
      const latin = at((i) => /[a-z]/.test(chars[i]!.char) && !/[a-z]/i.test(chars[i - 1]?.char ?? ''));
      const start = random() < 0.5 ? (han ?? latin) : (latin ?? han);
      if (start === undefined) return false;
      const other = (words: readonly string[], old: string) =>
        pick(
          random,
          words.filter((w) => w !== old),
        )!;
      if (isHan(chars[start])) {
        chars.splice(start, 2, ...fresh(other(HAN_WORDS, joined(chars.slice(start, start + 2)))));
        return true;
      }
      let end = start;
      while (end < chars.length && /[a-z]/i.test(chars[end]!.char)) end++;
      chars.splice(start, end - start, ...fresh(other(ENGLISH_WORDS, joined(chars.slice(start, end)))));
      return true;
    }
    case 'sentence moved': {
      const sentence = randomSentence(chars, random);
      if (!sentence) return false;
      const moved = chars.splice(sentence.start, sentence.end - sentence.start);
      const target = pick(random, sentenceStarts(chars)) ?? 0;
      chars.splice(target, 0, ...moved);
      return true;
    }
    case 'sentence deleted': {
      const sentence = randomSentence(chars, random);
      if (!sentence) return false;
      chars.splice(sentence.start, sentence.end - sentence.start);
      return true;
    }
    case 'punctuation': {
      const i = at((index) => chars[index]!.char in PUNCTUATION_SWAPS);
      if (i === undefined) return false;
      chars[i] = { char: PUNCTUATION_SWAPS[chars[i]!.char]!, origin: -1 };
      return true;
    }
    case 'width': {
      const i = at((index) => chars[index]!.char in WIDTH_SWAPS || /[0-9A-Za-z]/.test(chars[index]!.char));
      if (i === undefined) return false;
      const { char, origin } = chars[i]!;
      // The same character in another width: the reader sees no change, so the origin is kept.
      const swapped = WIDTH_SWAPS[char] ?? String.fromCharCode(char.charCodeAt(0) + 0xfee0);
      chars[i] = { char: swapped, origin };
      return true;
    }
    case 'whitespace': {
      const choice = random();
      if (choice < 0.4) {
        const i = at((index) => isHan(chars[index]) && isHan(chars[index + 1]));
        if (i === undefined) return false;
        chars.splice(i + 1, 0, ...fresh(random() < 0.5 ? '\n' : ' '));
      } else if (choice < 0.7) {
        const i = at((index) => chars[index]!.char === ' ');
        if (i === undefined) return false;
        chars.splice(i, 1, ...fresh(random() < 0.5 ? '  ' : '\n'));
      } else {
        const i = at((index) => chars[index]!.char === '\n');
        if (i === undefined) return false;
        chars.splice(i, 0, ...fresh(' '));
      }
      return true;
    }
    case 'paragraphs joined': {
      const i = at((index) => chars[index]!.char === '\n' && chars[index + 1]?.char === '\n');
      if (i === undefined) return false;
      const wide = isHan(chars[i - 1]) || /[。！？”：]/u.test(chars[i - 1]?.char ?? '');
      chars.splice(i, 2, ...fresh(wide ? '' : ' '));
      return true;
    }
  }
}

/** A random span of the original text, not starting or ending on whitespace. */
function randomAnchor(text: string, random: Random): TextQuoteAnchor | null {
  const lengths = [2, 4, 8, 16, 40, 100];
  const length = 1 + Math.floor(random() * pick(random, lengths)!);
  let start = Math.floor(random() * (text.length - length));
  let end = start + length;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end - start >= 2 ? quoteAnchor(text, start, end) : null;
}

type Outcome = 'anchored' | 'orphaned' | 'wrong';
interface Tally {
  survived: number;
  survivedOrphaned: number;
  damaged: number;
  damagedAnchored: number;
  wrong: number;
  total: number;
}

const newTally = (): Tally => ({
  survived: 0,
  survivedOrphaned: 0,
  damaged: 0,
  damagedAnchored: 0,
  wrong: 0,
  total: 0,
});

/** Where the original characters of [start, end) are now, and whether they survived as a whole. */
function truth(original: string, edited: readonly Tracked[], anchor: TextQuoteAnchor) {
  const newOffsetOf = new Map<number, number>();
  let offset = 0;
  for (const c of edited) {
    if (c.origin >= 0) newOffsetOf.set(c.origin, offset);
    offset += c.char.length;
  }
  const positions: number[] = [];
  let visible = 0;
  for (let i = anchor.start; i < anchor.end; i++) {
    if (/\s/.test(original[i]!)) continue;
    visible++;
    const now = newOffsetOf.get(i);
    if (now !== undefined) positions.push(now);
  }
  if (positions.length === 0) return { survived: false, gone: true, start: 0, end: 0, surviving: 0 };
  const start = Math.min(...positions);
  const end = Math.max(...positions) + 1;
  const text = joined(edited);
  const intact =
    positions.length === visible &&
    normalizeText(text.slice(start, end)).text === normalizeText(anchor.quote).text;
  return { survived: intact, gone: false, start, end, surviving: positions.length };
}

function judge(
  original: string,
  edited: readonly Tracked[],
  anchor: TextQuoteAnchor,
  result: ReturnType<typeof reanchorAll>[number],
): { survived: boolean; outcome: Outcome } {
  const expected = truth(original, edited, anchor);
  if (result.status === 'orphaned') return { survived: expected.survived, outcome: 'orphaned' };
  if (expected.gone) return { survived: false, outcome: 'wrong' };
  const text = joined(edited);
  const onlySpaceBetween = (a: number, b: number) => text.slice(Math.min(a, b), Math.max(a, b)).trim() === '';
  const exact = onlySpaceBetween(result.start, expected.start) && onlySpaceBetween(result.end, expected.end);
  if (expected.survived) return { survived: true, outcome: exact ? 'anchored' : 'wrong' };
  // Damaged quote (a word changed, a sentence moved out of it). Right if it shows exactly the user's
  // words over some of their surviving characters (which of two identical "ed." strings at a sentence
  // junction is "theirs" no reader can tell), or if it is almost all the user's own characters and
  // the words that replaced some of them.
  const lost = truth(original, edited, anchor);
  const slack = [...anchor.quote].filter((c) => c.trim() !== '').length - lost.surviving;
  let own = 0;
  let visible = 0;
  let offset = 0;
  for (const c of edited) {
    if (offset >= result.start && offset < result.end && c.char.trim() !== '') {
      visible++;
      const inQuote = c.origin >= anchor.start && c.origin < anchor.end;
      const replacedInside = c.origin === -1 && offset >= lost.start - slack && offset < lost.end + slack;
      if (inQuote || replacedInside) own++;
    }
    offset += c.char.length;
  }
  const sameWords =
    normalizeText(text.slice(result.start, result.end)).text === normalizeText(anchor.quote).text;
  const right = (sameWords && own > 0) || (own >= 0.8 * visible && own >= 0.5 * expected.surviving);
  return { survived: false, outcome: right ? 'anchored' : 'wrong' };
}

function runCorpus(kinds: readonly EditKind[], editsPerVersion: number, seed: number): Tally {
  const random = seeded(seed);
  const tally = newTally();
  for (const original of ARTICLES) {
    for (let version = 0; version < 12; version++) {
      const edited: Tracked[] = [...original].map((char, i) => ({ char, origin: i }));
      // Origins must be UTF-16 offsets: recompute them for texts with characters outside the BMP.
      let offset = 0;
      for (let i = 0; i < edited.length; i++) {
        edited[i] = { char: edited[i]!.char, origin: offset };
        offset += edited[i]!.char.length;
      }
      for (let edit = 0; edit < editsPerVersion; edit++) applyEdit(edited, pick(random, kinds)!, random);
      const anchors = Array.from({ length: 40 }, () => randomAnchor(original, random)).filter(
        (anchor): anchor is TextQuoteAnchor => anchor !== null,
      );
      const results = reanchorAll(original, joined(edited), anchors);
      anchors.forEach((anchor, i) => {
        const { survived, outcome } = judge(original, edited, anchor, results[i]!);
        tally.total++;
        if (survived) tally.survived++;
        else tally.damaged++;
        if (survived && outcome === 'orphaned') tally.survivedOrphaned++;
        if (!survived && outcome === 'anchored') tally.damagedAnchored++;
        if (outcome === 'wrong') tally.wrong++;
      });
    }
  }
  return tally;
}

/** Another seed gives another corpus: `ANCHOR_CORPUS_SEED=7 node scripts/run-tests.mjs …`. */
const SEED = Number(process.env.ANCHOR_CORPUS_SEED ?? 1000);

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(2)}%`;

function report(label: string, tally: Tally): void {
  console.log(
    `${label.padEnd(18)} annotations ${String(tally.total).padStart(5)} | survived ${String(tally.survived).padStart(5)}, ` +
      `orphaned ${percent(tally.survivedOrphaned, tally.survived).padStart(6)} | text damaged ${String(tally.damaged).padStart(4)}, ` +
      `re-anchored ${percent(tally.damagedAnchored, tally.damaged).padStart(7)} | wrong anchors ${tally.wrong}`,
  );
}

test('re-anchoring the regression corpus: no wrong anchors, at most 2% orphans among surviving passages', () => {
  const overall = newTally();
  const runs: [string, readonly EditKind[], number][] = [
    ...EDIT_KINDS.map((kind): [string, readonly EditKind[], number] => [kind, [kind], 3]),
    ['all kinds mixed', EDIT_KINDS, 8],
  ];
  runs.forEach(([label, kinds, edits], index) => {
    const tally = runCorpus(kinds, edits, SEED + index);
    report(label, tally);
    for (const key of Object.keys(overall) as (keyof Tally)[]) overall[key] += tally[key];
  });
  report('overall', overall);
  assert.equal(overall.wrong, 0, 'wrong anchors');
  assert.ok(overall.survivedOrphaned <= 0.02 * overall.survived, 'orphan rate above 2%');
});
