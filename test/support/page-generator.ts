// A seeded generator of raw newspaper pages with their golden parse, for tests, `npm run eval:pages` and
// `npm run bench:parse`. All text is made up here from small phrase lists (Chinese and English); none of it comes
// from the fixture. Pages mix the layouts parsePage must undo: double-spaced dumps and hard-wrapped columns,
// column breaks with blank lines, captions dropped mid-sentence, two-line kickers and titles, bylines and
// datelines of every kind, trailing contributors, continuation markers and page furniture.
import type { ParsedArticle, ParsedBlock, ParsedPage } from '../../shared/contract/article';

export interface GeneratedPage {
  text: string;
  golden: ParsedPage;
}

/** mulberry32: small, fast, good enough to make pages reproducible from a seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeded choices; shared with the corpus layouts (test/corpus). */
export class Dice {
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}

// ——— Chinese phrase lists (invented) ———
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤常温康施文樊葛邢安齐乔';
const GIVEN =
  '晓明华丽强军敏静磊洋勇艳杰娟涛超秀霞平刚桂英芳玲宇浩然欣怡子涵思远嘉文博雅志刚海燕春梅秋菊冬雪立新建国卫东红旗振华佳琪梦瑶一鸣若彤';
const PLACES = [
  '青石镇',
  '河湾村',
  '东坡街道',
  '南岭乡',
  '北塘社区',
  '西山县',
  '柳林镇',
  '桃源村',
  '云岭街道',
  '溪口乡',
  '白沙镇',
  '梨花村',
];
const SUBJECTS = [
  '社区志愿者',
  '农技站的技术员',
  '这家合作社',
  '不少返乡青年',
  '学校的老师们',
  '街道工作人员',
  '村里的老党员',
  '县图书馆',
  '企业负责人',
  '卫生院的医生',
  '驻村工作队',
  '年轻的创业者',
];
const TIMES = [
  '今年以来',
  '去年冬天',
  '开春以后',
  '过去三年里',
  '每逢周末',
  '入秋以来',
  '近段时间',
  '从上个月起',
];
const ACTIONS = [
  '走访了一百二十多户居民',
  '建起了一座小型气象观测站',
  '把闲置的仓库改成了共享书屋',
  '组织了十几场技能培训',
  '帮助农户把蔬菜卖到了城里',
  '修好了通往后山的三公里小路',
  '开设了面向老人的手机课堂',
  '引进了节水灌溉设备',
  '办起了周末亲子读书会',
  '整理出一份详细的需求清单',
  '为困难家庭送去了过冬物资',
  '摸清了每一户的用水情况',
];
const RESULTS = [
  '居民的满意度明显提高',
  '当地的产业有了新起色',
  '群众办事少跑了不少冤枉路',
  '村里的年轻人也愿意回来了',
  '不少难题在家门口就得到解决',
  '集体收入比前年增加了两成',
  '孩子们放学后有了好去处',
  '邻里之间的来往更多了',
];
const LINKS = ['与此同时', '在此基础上', '不仅如此', '为了把好事办好', '据介绍', '按照计划'];
const FOLLOWS = [
  '下一步还将扩大服务范围',
  '相关做法正在周边推广',
  '参与的人数还在不断增加',
  '后续的维护也有专人负责',
  '每一笔开支都张榜公示',
];
const SUBHEAD_PHRASES = [
  '建队伍',
  '强服务',
  '办实事',
  '重实效',
  '聚人心',
  '兴产业',
  '优环境',
  '促振兴',
  '抓落实',
  '补短板',
];
const TITLE_BITS = [
  '小书屋',
  '新气象',
  '暖心事',
  '致富路',
  '好帮手',
  '微课堂',
  '大变化',
  '新动能',
  '连心桥',
  '金钥匙',
];
const KICKER_BITS = ['坚持问题导向', '聚焦群众需求', '立足本地实际', '创新工作方法', '用心用情服务'];
const SECTION_NAMES = ['基层一线', '民生关注', '乡村振兴', '经验交流', '百姓故事', '简讯'];
const RUBRICS = ['思考', '观点', '随笔', '短评', '感悟'];
const CAPTION_STARTS = ['工作人员', '志愿者', '村民', '技术员', '孩子们', '老人们'];
const CAPTION_DOING = [
  '在田间查看作物长势',
  '为居民讲解使用方法',
  '整理新到的图书',
  '在车间调试设备',
  '参加趣味运动会',
];
const POSITIONS = ['（左）', '（右）', '（中）', '（右二）', '（左一）', '（前排左三）'];
const PAPERS = ['晨光日报', '东城晚报', '新河时报', '北原日报'];

// ——— English phrase lists (invented) ———
const EN_SUBJECTS = [
  'The town council',
  'Local farmers',
  'A group of students',
  'The river authority',
  'Volunteers from the library',
  'The new clinic',
];
const EN_VERBS = ['announced', 'started', 'completed', 'proposed', 'celebrated', 'reviewed'];
const EN_OBJECTS = [
  'a plan to repair the old footbridge',
  'the first season of the community garden',
  'an evening course on household budgeting',
  'a survey of water quality along the valley',
  'the renovation of the market hall',
  'a scheme that lends tools to neighbours',
];
const EN_TAILS = [
  'after months of discussion with residents',
  'with support from several independent organisations',
  'despite an unusually wet and windy spring',
  'although the final costs remain uncertain',
  'and officials expect the work to continue next year',
];
const EN_NAMES = ['Jane Doe', 'Tom Weller', 'Priya Natarajan', 'Lucas Moreau', 'Anna Kowalski', 'Sam Okafor'];
const EN_PLACES = ['RIVERTON', 'LAKESIDE', 'NORTHFIELD', 'GREYHAVEN'];
const EN_MONTHS = ['March', 'April', 'June', 'Sept.', 'Oct.'];
const EN_HEADS = [
  'Council Backs Bridge Repair',
  'Garden Project Enters Second Year',
  'Students Map Valley Streams',
  'Market Hall Reopens To Crowds',
];

export function personName(d: Dice): string {
  const given = d.int(1, 2);
  let name = d.pick(SURNAMES.split(''));
  for (let i = 0; i < given; i++) name += d.pick(GIVEN.split(''));
  return name;
}

function zhSentence(d: Dice): string {
  switch (d.int(0, 3)) {
    case 0:
      return `${d.pick(TIMES)}，${d.pick(PLACES)}的${d.pick(SUBJECTS)}${d.pick(ACTIONS)}，${d.pick(RESULTS)}。`;
    case 1:
      return `${d.pick(LINKS)}，${d.pick(SUBJECTS)}还${d.pick(ACTIONS)}，${d.pick(FOLLOWS)}。`;
    case 2:
      return `“${d.pick(RESULTS)}，${d.pick(FOLLOWS)}。”${d.pick(PLACES)}的${personName(d)}说。`;
    default:
      return `截至目前，${d.pick(SUBJECTS)}已累计投入${d.int(2, 90)}万元，覆盖${d.int(3, 40)}个村（社区），${d.pick(RESULTS)}。`;
  }
}

function zhParagraph(d: Dice): string {
  const n = d.int(1, 4);
  let out = '';
  for (let i = 0; i < n; i++) out += zhSentence(d);
  return out;
}

function enSentence(d: Dice): string {
  return `${d.pick(EN_SUBJECTS)} ${d.pick(EN_VERBS)} ${d.pick(EN_OBJECTS)} ${d.pick(EN_TAILS)}.`;
}

function enParagraph(d: Dice): string {
  const n = d.int(2, 5);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(enSentence(d));
  return parts.join(' ');
}

function isFinalChar(ch: string): boolean {
  return '。！？!?.…'.includes(ch);
}

/** Where a line may not end in a double-spaced dump: right after a full stop, which would end the paragraph. */
function badCut(text: string, at: number): boolean {
  const before = text.slice(0, at).replace(/[”’」）)]+$/, '');
  return isFinalChar(before[before.length - 1] ?? '') || at >= text.length;
}

const NO_LINE_START = '。，、；：？！…”’）》」』,.;:?!)';
const NO_LINE_END = '“‘（《「『(';

/**
 * Chinese typesetting never starts a line with closing punctuation nor ends one with an opening bracket.
 * `sentenceCuts` allows a cut right after a full stop inside the text, as real columns do.
 */
function goodCut(text: string, at: number, sentenceCuts: boolean): boolean {
  return (
    !NO_LINE_START.includes(text[at] ?? '') &&
    !NO_LINE_END.includes(text[at - 1] ?? '') &&
    (sentenceCuts ? at < text.length : !badCut(text, at))
  );
}

/**
 * Cuts Chinese text into lines of about `width` characters. Unless `sentenceCuts` is set, never right after a
 * full stop (a double-spaced dump then has no line that ends a sentence inside a paragraph).
 */
function wrapZh(text: string, width: number, sentenceCuts = false): string[] {
  const lines: string[] = [];
  let start = 0;
  while (text.length - start > width) {
    let cut = start + width;
    while (cut > start + 2 && !goodCut(text, cut, sentenceCuts)) cut--;
    if (cut <= start + 2) {
      cut = start + width + 1;
      while (cut < text.length && !goodCut(text, cut, sentenceCuts)) cut++;
      if (cut >= text.length) break;
    }
    lines.push(text.slice(start, cut));
    start = cut;
  }
  lines.push(text.slice(start));
  return lines;
}

/** Wraps English at spaces to about `width` columns, sometimes hyphenating a word the text also uses whole. */
function wrapEn(text: string, width: number, d: Dice): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && line.length + 1 + word.length > width) {
      if (word.length >= 8 && /^[a-z]+$/.test(word) && d.chance(0.3)) {
        const half = Math.floor(word.length / 2);
        lines.push(`${line} ${word.slice(0, half)}-`);
        line = word.slice(half);
        continue;
      }
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

type Piece = { kind: 'line'; text: string } | { kind: 'break'; blanks: number };

interface Layout {
  /** Blank lines between consecutive lines of running text. */
  lineGap: number;
  /** Blank lines between paragraphs. */
  paragraphGap: number;
  /** Characters per line of narrow columns; 0 means the dump keeps whole column chunks on one line. */
  width: number;
  /** Paragraphs open with two ideographic spaces, as Chinese typesetting does (Chinese bodies only). */
  indent?: boolean;
}

const INDENT = '\u3000\u3000';

function emit(pieces: Piece[], text: string, gap: number): void {
  if (pieces.length > 0) pieces.push({ kind: 'break', blanks: gap });
  pieces.push({ kind: 'line', text });
}

interface ArticlePlan {
  article: ParsedArticle;
  pieces: Piece[];
  /** Items that need a page boundary before them (short items, continuations) set this. */
  needsForcedStart: boolean;
}

function layoutBody(d: Dice, layout: Layout, blocks: ParsedBlock[], pieces: Piece[], english: boolean): void {
  // Double-spaced dumps sometimes break a line right after a full stop inside a paragraph.
  const sentenceCuts = layout.lineGap >= 1 && d.chance(0.5);
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (!block) continue;
    if (block.type === 'subhead') {
      emit(pieces, block.text, Math.max(1, layout.paragraphGap));
      continue;
    }
    if (block.type === 'caption') continue; // placed inside paragraphs below
    const captions: string[] = [];
    for (let c = b + 1; blocks[c]?.type === 'caption'; c++) captions.push(blocks[c]?.text ?? '');
    let lines: string[];
    if (english) lines = wrapEn(block.text, layout.width || 70, d);
    else if (layout.width > 0) lines = wrapZh(block.text, layout.width, sentenceCuts);
    else lines = wrapZh(block.text, d.int(40, 160), sentenceCuts); // column chunks of a wide dump
    // A caption goes where the sentence is unfinished, so the sentence must be rejoined around it.
    const slots = lines
      .map((l, i) => i)
      .filter((i) => i < lines.length - 1 && !badCut(lines[i] ?? '', (lines[i] ?? '').length));
    const captionAt = captions.length > 0 && slots.length > 0 ? d.pick(slots) : -1;
    lines.forEach((line, i) => {
      const first = i === 0;
      // Hard-wrapped text sometimes shows a column break as a blank line inside the paragraph.
      const columnBreak = !english && layout.lineGap === 0 && d.chance(0.1) ? 1 : 0;
      const text = first && layout.indent && !english ? INDENT + line : line;
      emit(pieces, text, first ? layout.paragraphGap : layout.lineGap + columnBreak);
      if (i === captionAt) for (const caption of captions) emit(pieces, caption, 3);
    });
    if (captionAt < 0) for (const caption of captions) emit(pieces, caption, 3);
  }
}

function zhCaption(d: Dice): string {
  if (d.chance(0.5))
    return `${personName(d)}${d.pick(POSITIONS)}与${d.pick(CAPTION_STARTS)}一起${d.pick(CAPTION_DOING)}。`;
  return `${d.pick(PLACES)}的${d.pick(CAPTION_STARTS)}${d.pick(CAPTION_DOING)}。`;
}

function zhSubhead(d: Dice, narrow: boolean): string {
  if (!narrow && d.chance(0.5))
    return `${d.pick(SUBHEAD_PHRASES)}、${d.pick(SUBHEAD_PHRASES)}、${d.pick(SUBHEAD_PHRASES)}，${d.pick(TITLE_BITS)}越来越多`;
  return `${d.pick(SUBHEAD_PHRASES)}${d.pick(TITLE_BITS)}`;
}

function zhTitle(d: Dice): string {
  return `${d.pick(PLACES)}${d.pick(['办起', '跑出', '搭起', '迎来', '写好'])}${d.pick(TITLE_BITS)}`;
}

function blank(section: string | null): ParsedArticle {
  return {
    section,
    kicker: null,
    title: '',
    subtitle: null,
    byline: null,
    authors: [],
    dateline: null,
    rubric: null,
    blocks: [],
  };
}

function zhBlocks(d: Dice, paragraphs: number, withExtras: boolean, narrow = false): ParsedBlock[] {
  const blocks: ParsedBlock[] = [];
  for (let p = 0; p < paragraphs; p++) {
    if (withExtras && p > 1 && d.chance(0.15)) blocks.push({ type: 'subhead', text: zhSubhead(d, narrow) });
    blocks.push({ type: 'paragraph', text: zhParagraph(d) });
    if (withExtras && d.chance(0.15)) blocks.push({ type: 'caption', text: zhCaption(d) });
  }
  return blocks;
}

/** A feature: kicker, one- or two-line title, maybe a subtitle, a byline line, subheads and captions. */
function feature(d: Dice, section: string | null, layout: Layout): ArticlePlan {
  const a = blank(section);
  const pieces: Piece[] = [];
  const title = zhTitle(d);
  const kicker = `${d.pick(PLACES)}${d.pick(KICKER_BITS)}${d.pick(['推动', '做好', '抓实'])}${d.pick(TITLE_BITS)}工作`;
  const stackedKicker = d.chance(0.15);
  if (stackedKicker) {
    // A long kicker stacked right over a short title, without dashes.
    a.kicker = kicker;
    emit(pieces, kicker, 1);
    a.title = title;
    emit(pieces, title, 0);
  } else if (d.chance(0.6)) {
    a.kicker = kicker;
    if (d.chance(0.3)) {
      const cut = d.int(5, kicker.length - 4);
      emit(pieces, kicker.slice(0, cut), 1);
      emit(pieces, `${kicker.slice(cut)}——`, 0);
    } else emit(pieces, `${kicker}——`, 1);
  }
  a.title = title;
  if (stackedKicker) {
    // already laid out above
  } else if (d.chance(0.3)) {
    const cut = d.int(3, title.length - 3);
    emit(pieces, title.slice(0, cut), 1);
    emit(pieces, title.slice(cut), 0);
  } else emit(pieces, title, 1);
  if (d.chance(0.3)) {
    a.subtitle = `${d.pick(PLACES)}的${d.pick(SUBJECTS)}${d.pick(ACTIONS)}`;
    emit(pieces, `——${a.subtitle}`, 1);
  }
  const x = personName(d);
  const y = personName(d);
  const credit = d.pick([
    [`本报记者 ${x} 文并摄`, [x]],
    [`记者 ${x} 通讯员 ${y}`, [x, y]],
    [`本报记者 ${x} ${y}`, [x, y]],
    [`本报记者 ${x}`, [x]],
  ] as const);
  a.byline = credit[0];
  a.authors = [...credit[1]];
  emit(pieces, credit[0], 1);
  a.blocks = zhBlocks(d, d.int(3, 7), true, layout.width > 0 && layout.width < 30);
  layoutBody(d, layout, a.blocks, pieces, false);
  return { article: a, pieces, needsForcedStart: false };
}

/** A brief opening with a dateline: 本报讯, 本报讯 记者X报道, 本报讯（记者 X）, or a news agency's. */
function brief(d: Dice, section: string | null, layout: Layout): ArticlePlan {
  const a = blank(section);
  const pieces: Piece[] = [];
  a.title = zhTitle(d);
  if (d.chance(0.4)) {
    const cut = d.int(3, a.title.length - 3);
    emit(pieces, a.title.slice(0, cut), 1);
    emit(pieces, a.title.slice(cut), 0);
  } else emit(pieces, a.title, 1);
  const x = personName(d);
  const form = d.int(0, 3);
  const month = d.int(1, 12);
  const day = d.int(1, 28);
  let lead: string;
  if (form === 0) {
    a.dateline = '本报讯';
    lead = '本报讯 ';
  } else if (form === 1) {
    a.dateline = '本报讯';
    a.byline = `记者${x}报道`;
    a.authors = [x];
    lead = `本报讯 记者${x}报道 `;
  } else if (form === 2) {
    a.dateline = '本报讯';
    a.byline = `记者 ${x}`;
    a.authors = [x];
    lead = `本报讯（记者 ${x}）`;
  } else {
    a.dateline = `新华社${d.pick(['北京', '上海', '成都'])}${month}月${day}日电`;
    a.byline = `记者 ${x}`;
    a.authors = [x];
    lead = `${a.dateline}（记者 ${x}）`;
  }
  a.blocks = zhBlocks(d, d.int(1, 3), false);
  const body: Piece[] = [];
  layoutBody(d, layout, a.blocks, body, false);
  const first = body[0];
  if (first?.kind === 'line')
    first.text = first.text.startsWith(INDENT)
      ? INDENT + lead + first.text.slice(INDENT.length)
      : lead + first.text;
  pieces.push({ kind: 'break', blanks: Math.max(1, layout.paragraphGap) }, ...body);
  return { article: a, pieces, needsForcedStart: false };
}

/** A commentary: title (maybe on two lines), the author's name alone, maybe a rubric. */
function commentary(d: Dice, section: string | null, layout: Layout): ArticlePlan {
  const a = blank(section);
  const pieces: Piece[] = [];
  a.title = `${d.pick(['常怀', '多想', '用好', '守住'])}${d.pick(TITLE_BITS)}${d.pick(['之心', '之道', '这把尺'])}`;
  const cut = d.int(2, a.title.length - 2);
  emit(pieces, a.title.slice(0, cut), 1);
  emit(pieces, a.title.slice(cut), 0);
  const name = personName(d);
  a.byline = name;
  a.authors = [name];
  emit(pieces, name, 1);
  if (d.chance(0.6)) {
    a.rubric = d.pick(RUBRICS);
    emit(pieces, `【${a.rubric}】`, 1);
  }
  a.blocks = zhBlocks(d, d.int(2, 5), false);
  layoutBody(d, layout, a.blocks, pieces, false);
  return { article: a, pieces, needsForcedStart: false };
}

/** A short item whose contributors are named at the end, in brackets or alone on the last line. */
function shortItem(d: Dice, section: string | null, layout: Layout): ArticlePlan {
  const a = blank(section);
  const pieces: Piece[] = [];
  a.title = zhTitle(d);
  emit(pieces, a.title, 1);
  a.blocks = zhBlocks(d, d.int(1, 2), false);
  layoutBody(d, layout, a.blocks, pieces, false);
  const names = [personName(d), personName(d)];
  a.authors = names;
  const last = pieces[pieces.length - 1];
  if (d.chance(0.5) && last?.kind === 'line') {
    const note = `（${names.join(' ')}）`;
    last.text += note;
    a.notes = [note];
  } else {
    const note = names.join(' ');
    emit(pieces, note, Math.max(1, layout.paragraphGap));
    a.notes = [note];
  }
  return { article: a, pieces, needsForcedStart: true };
}

/** The rest of an article from another page: title, a continuation marker, no byline. */
function continuation(d: Dice, section: string | null, layout: Layout): ArticlePlan {
  const a = blank(section);
  const pieces: Piece[] = [];
  a.title = zhTitle(d);
  emit(pieces, a.title, 1);
  const marker = `（上接第${d.pick(['一', '二', '三'])}版）`;
  emit(pieces, marker, 1);
  a.notes = [marker];
  a.blocks = zhBlocks(d, d.int(2, 4), false);
  layoutBody(d, layout, a.blocks, pieces, false);
  if (d.chance(0.4)) {
    const out = `（下转第${d.pick(['五', '六', '七'])}版）`;
    const last = pieces[pieces.length - 1];
    if (last?.kind === 'line') last.text += out;
    a.notes.push(out);
  }
  return { article: a, pieces, needsForcedStart: false };
}

/** An English news story: headline, "By" line, a dateline opening the first paragraph. */
function english(d: Dice, section: string | null, layout: Layout): ArticlePlan {
  const a = blank(section);
  const pieces: Piece[] = [];
  a.title = d.pick(EN_HEADS);
  emit(pieces, a.title, 1);
  const names = d.chance(0.3) ? [d.pick(EN_NAMES), d.pick(EN_NAMES)] : [d.pick(EN_NAMES)];
  a.byline = `By ${names.join(' and ')}`;
  a.authors = names;
  emit(pieces, a.byline, 1);
  a.dateline = `${d.pick(EN_PLACES)}, ${d.pick(EN_MONTHS)} ${d.int(1, 28)}`;
  a.blocks = [];
  for (let p = d.int(2, 4); p > 0; p--) a.blocks.push({ type: 'paragraph', text: enParagraph(d) });
  const body: Piece[] = [];
  // English runs are hard-wrapped with blank lines between paragraphs (Gutenberg and OCR style).
  layoutBody(d, { lineGap: 0, paragraphGap: 1, width: d.int(60, 75) }, a.blocks, body, true);
  const first = body[0];
  if (first?.kind === 'line') first.text = `${a.dateline} — ${first.text}`;
  pieces.push({ kind: 'break', blanks: Math.max(1, layout.paragraphGap) }, ...body);
  return { article: a, pieces, needsForcedStart: false };
}

export interface PageOptions {
  /** Fewer articles per page keeps eval fast; the benchmark asks for more. */
  articles?: [number, number];
}

/** One page and its golden parse, reproducible from `seed`. */
export function generatePage(seed: number, options: PageOptions = {}): GeneratedPage {
  const d = new Dice(rng(seed));
  const doubleSpaced = d.chance(0.6);
  const indented = d.chance(0.35);
  const meta: Record<string, string[]> = {};
  const out: string[] = [];
  const push = (line: string, blanks: number): void => {
    for (let i = 0; i < blanks; i++) out.push(d.chance(0.1) ? ' ' : '');
    out.push(line);
  };
  if (d.chance(0.7)) {
    const page = `第${d.int(1, 16)}版`;
    const date = `${d.int(2019, 2025)}年${d.int(1, 12)}月${d.int(1, 28)}日 星期${d.pick(['一', '二', '三', '四', '五', '六', '日'])}`;
    const paper = d.pick(PAPERS);
    push(`${paper} ${date} ${page}`, 0);
    meta.paper = [paper];
    meta.date = [date];
    meta.page = [page];
  }
  const [lo, hi] = options.articles ?? [2, 6];
  const count = d.int(lo, hi);
  let section: string | null = null;
  const articles: ParsedArticle[] = [];
  let previousForced = false;
  for (let n = 0; n < count; n++) {
    const kinds = [feature, brief, commentary, shortItem, continuation, english] as const;
    let make = d.pick(kinds);
    const needsSection = make === shortItem || make === continuation;
    const newSection = n === 0 ? d.chance(0.7) : (needsSection && !previousForced) || d.chance(0.2);
    if (!newSection && needsSection && !previousForced) make = feature;
    if (newSection) {
      section = d.pick(SECTION_NAMES);
      const pinyin = Array.from({ length: d.int(6, 10) }, () => String.fromCharCode(65 + d.int(0, 25))).join(
        '',
      );
      push(`■ ${section} ${pinyin}`, n === 0 ? 1 : 1);
      (meta.sections ??= []).push(`■ ${section} ${pinyin}`);
    }
    const width = d.chance(0.5) ? 0 : d.int(15, 20);
    const layout: Layout = doubleSpaced
      ? { lineGap: 1, paragraphGap: 1, width, indent: indented }
      : { lineGap: 0, paragraphGap: 1, width: width || d.int(24, 34), indent: indented };
    // A page does not print one headline twice (and the scorer pairs articles by title).
    let plan = make(d, section, layout);
    for (let tries = 0; tries < 8 && articles.some((a) => a.title === plan.article.title); tries++)
      plan = make(d, section, layout);
    previousForced = plan.needsForcedStart;
    let first = true;
    for (const piece of plan.pieces) {
      if (piece.kind === 'break') continue;
      const index = plan.pieces.indexOf(piece);
      const before = plan.pieces[index - 1];
      const blanks = first ? 1 : before?.kind === 'break' ? before.blanks : 0;
      push(piece.text, blanks);
      first = false;
    }
    articles.push(plan.article);
  }
  const editorsLast = d.chance(0.6);
  if (editorsLast) {
    const editors = `本版编辑：${personName(d)} 校对：${personName(d)} 版式：${personName(d)}`;
    push(editors, 2);
    meta.editors = [editors];
  }
  const eol = d.chance(0.2) ? '\r\n' : '\n';
  // Some dumps stop without a line break after their last line.
  const unterminated = d.chance(0.3);
  const text = out.join(eol) + (unterminated ? '' : eol);
  return { text, golden: { meta, articles } };
}
