// `npm run bench:search`: builds a library of 100,000 generated articles (about 1,000 Chinese
// characters each with real-text-like character frequencies, plus English ones) twice in the same
// run: once through the real import path with the search index, once into a database with the same
// schema less the search index (same rows). Prints import time and its ratio, database size and
// its ratio to the raw text, and p50/p95 latency per query class through the real search service
// (newest 20 with snippets, and 20 most relevant). Options: --articles N (default 100000), --keep
// (leave the generated libraries on disk and print where).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { articleSegments } from '../shared/contract/segments.ts';
import { plainArticle } from '../shared/contract/article.ts';
import { LibraryStore } from '../main/node/storage/library-store.ts';
import { openLibrary } from '../main/node/library.ts';
import { SearchIndex } from '../main/node/storage/search-index.ts';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '100000' }, keep: { type: 'boolean', default: false } },
});
const ARTICLE_COUNT = Number(values.articles);
const ARTICLES_PER_SOURCE = 5;
const SOURCES_PER_TRANSACTION = 200;
const ENGLISH_SHARE = 0.1;

// ---- Text generation -------------------------------------------------------------------------

/** Deterministic PRNG (mulberry32), so both databases get the same rows. */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The most frequent characters of modern Chinese, roughly in frequency order; ranks beyond them are
// filled with other ideographs of the CJK block, so the rare end of the distribution exists too.
const FREQUENT =
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵';

const WORDS = [
  '中国',
  '发展',
  '经济',
  '人民',
  '我们',
  '社会主义',
  '国家',
  '工作',
  '建设',
  '问题',
  '企业',
  '市场',
  '政府',
  '技术',
  '领导',
  '文化',
  '历史',
  '国际',
  '政策',
  '改革',
  '创新',
  '合作',
  '世界',
  '时间',
  '教育',
  '科技',
  '生活',
  '地区',
  '城市',
  '农村',
  '人民群众',
  '高质量发展',
  '现代化',
  '新时代',
  '乡村振兴',
  '基础设施',
  '中华人民共和国',
  '全面',
  '推进',
  '加强',
  '坚持',
  '实现',
  '提高',
  '保护',
  '环境',
  '安全',
  '服务',
  '管理',
  '组织',
  '群众',
  '干部',
  '同志',
  '会议',
  '记者',
  '报道',
  '今年',
  '目前',
  '已经',
  '通过',
  '进行',
  '重要',
  '主要',
  '一些',
  '没有',
  '可以',
  '这个',
  '他们',
  '自己',
];

const ENGLISH = (
  'the of and to a in is that for it as was with be by on not he this are or his from at which ' +
  'but have an they you were her she there been one all we their has would when if so no will more ' +
  'economy government market trade policy growth reform china people development report minister ' +
  'company companies bank rate rates price prices year years country countries world city village ' +
  'water energy climate research university students school education health hospital workers ' +
  'agreement talks president council election court law river mountain reservoir harvest bridge ' +
  'railway festival museum annotation annotate annual technology innovation digital network'
).split(' ');

function zipfSampler(size, exponent, offset) {
  const cumulative = new Float64Array(size);
  let sum = 0;
  for (let rank = 0; rank < size; rank++) {
    sum += 1 / Math.pow(rank + 1 + offset, exponent);
    cumulative[rank] = sum;
  }
  return (random) => {
    const target = random() * sum;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

function rankedCharacters(count) {
  const chars = [...new Set(FREQUENT)];
  const seen = new Set(chars);
  const random = prng(7);
  while (chars.length < count) {
    const char = String.fromCharCode(0x4e00 + Math.floor(random() * (0x9fa5 - 0x4e00)));
    if (!seen.has(char)) {
      seen.add(char);
      chars.push(char);
    }
  }
  return chars;
}

const CHARACTERS = rankedCharacters(6000);
const pickCharacter = zipfSampler(CHARACTERS.length, 1, 3);
const pickWord = zipfSampler(WORDS.length, 1, 1);
const pickEnglish = zipfSampler(ENGLISH.length, 1, 2);
const CLAUSE_ENDS = '，，，，。。、；？！：';

function chineseText(random, length) {
  let text = '';
  let clause = 0;
  let paragraph = 0;
  while (text.length < length) {
    text += random() < 0.3 ? WORDS[pickWord(random)] : CHARACTERS[pickCharacter(random)];
    clause++;
    paragraph++;
    if (clause > 6 + random() * 14) {
      text += CLAUSE_ENDS[Math.floor(random() * CLAUSE_ENDS.length)];
      clause = 0;
      if (paragraph > 120 + random() * 150) {
        text += '\n';
        paragraph = 0;
      }
    }
  }
  return text;
}

function englishText(random, length) {
  let text = '';
  let sentence = 0;
  while (text.length < length) {
    const word = ENGLISH[pickEnglish(random)];
    text += sentence === 0 ? word[0].toUpperCase() + word.slice(1) : word;
    sentence++;
    if (sentence > 8 + random() * 14) {
      text += '. ';
      sentence = 0;
    } else text += ' ';
  }
  return text.trim();
}

function generateArticle(random) {
  const english = random() < ENGLISH_SHARE;
  const write = english ? englishText : chineseText;
  const title = write(random, english ? 40 : 12)
    .replace(/[，。、；？！：.\n]/g, ' ')
    .trim();
  const paragraphs = write(random, 900 + Math.floor(random() * 200)).split('\n');
  const parsed = plainArticle(
    title,
    paragraphs.filter((p) => p.trim() !== '').map((text) => ({ type: 'paragraph', text })),
  );
  const { segments, text } = articleSegments(parsed);
  return { format: 'text', ...parsed, segments, text };
}

// ---- Import ------------------------------------------------------------------------------------

const folder = mkdtempSync(join(tmpdir(), 'jianbao-bench-'));
const indexedPath = join(folder, 'indexed.sqlite');
const barePath = join(folder, 'bare.sqlite');

const indexed = openLibrary(indexedPath);
// The same schema and rows without the search index: its triggers, queue and FTS table are dropped.
const bareDb = openLibrary(barePath).store.db;
for (const trigger of bareDb
  .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'search%'")
  .pluck()
  .all()) {
  bareDb.exec(`DROP TRIGGER ${trigger}`);
}
bareDb.exec('DROP TABLE search_pending; DROP TABLE search_index;');

// Distinct import times, one second apart, as if imported over weeks.
let clock = Date.parse('2024-01-01T00:00:00Z');
const tick = () => new Date((clock += 1000));
const indexedStore = new LibraryStore(indexed.store.db, tick);
const searchIndex = new SearchIndex(indexed.store.db);
const bareClock = { at: Date.parse('2024-01-01T00:00:00Z') };
const bareStore = new LibraryStore(bareDb, () => new Date((bareClock.at += 1000)));

const random = prng(2024);
const encoder = new TextEncoder();
let textBytes = 0;
// Wall time and this process's CPU time: on a shared machine the CPU time is the steadier figure.
const spent = { bare: { wall: 0, cpu: 0 }, indexed: { wall: 0, cpu: 0 }, indexing: { wall: 0, cpu: 0 } };
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const started = performance.now();
const sourceCount = Math.ceil(ARTICLE_COUNT / ARTICLES_PER_SOURCE);
for (let first = 0; first < sourceCount; first += SOURCES_PER_TRANSACTION) {
  const batch = [];
  for (let s = first; s < Math.min(sourceCount, first + SOURCES_PER_TRANSACTION); s++) {
    const articles = Array.from({ length: ARTICLES_PER_SOURCE }, () => generateArticle(random));
    const content = articles.map((article) => article.text).join('\n\n');
    for (const article of articles) textBytes += encoder.encode(article.text).length;
    const source = {
      fileName: `${['人民日报', 'guardian', '光明日报', 'nyt', '经济日报'][s % 5]}-${s}.txt`,
      contentHash: `hash-${s}`,
      encoding: 'utf-8',
      byteSize: encoder.encode(content).length,
      content,
      pageMeta: {},
    };
    batch.push({ source, articles });
  }
  // Alternate which database goes first, so neither always gets the warmer cache.
  const runs = [
    ['bare', bareStore],
    ['indexed', indexedStore],
  ];
  if ((first / SOURCES_PER_TRANSACTION) % 2 === 1) runs.reverse();
  for (const [name, store] of runs) {
    const wall = performance.now();
    const cpu = cpuMs();
    store.db.transaction(() => {
      for (const { source, articles } of batch) store.insertSource(source, articles);
    })();
    spent[name].wall += performance.now() - wall;
    spent[name].cpu += cpuMs() - cpu;
    if (name === 'indexed') {
      // New articles are indexed from their queue before the next search; that work counts too.
      const flushWall = performance.now();
      const flushCpu = cpuMs();
      searchIndex.flushPending();
      spent.indexing.wall += performance.now() - flushWall;
      spent.indexing.cpu += cpuMs() - flushCpu;
    }
  }
  if (first % (SOURCES_PER_TRANSACTION * 20) === 0) {
    process.stderr.write(
      `  imported ${first * ARTICLES_PER_SOURCE} articles (${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
    );
  }
}

function fileSize(db, path) {
  db.pragma('wal_checkpoint(TRUNCATE)');
  return statSync(path).size;
}
const indexedSize = fileSize(indexed.store.db, indexedPath);
const bareSize = fileSize(bareDb, barePath);
bareDb.close();

const MB = 1024 * 1024;
const fmt = (n, digits = 1) => n.toFixed(digits);
console.log(
  `Library: ${ARTICLE_COUNT} articles (${Math.round(ENGLISH_SHARE * 100)}% English), ${fmt(textBytes / MB)} MB of article text (UTF-8)`,
);
for (const measure of ['wall', 'cpu']) {
  const bareTime = spent.bare[measure];
  const importTime = spent.indexed[measure];
  const total = importTime + spent.indexing[measure];
  console.log(
    `Import (${measure === 'wall' ? 'wall clock' : 'CPU time'}) with search index: ${fmt(total / 1000)} s; ` +
      `bare insert of the same rows: ${fmt(bareTime / 1000)} s; ratio ${fmt(total / bareTime, 2)} (target < 3)`,
  );
  console.log(
    `  of which the import transactions (rows + index queue): ${fmt(importTime / 1000)} s, ratio ` +
      `${fmt(importTime / bareTime, 2)}; indexing the queue: ${fmt(spent.indexing[measure] / 1000)} s`,
  );
}
console.log(
  `Database: ${fmt(indexedSize / MB)} MB = ${fmt(indexedSize / textBytes, 2)} x the text (target < 2.5)`,
);
console.log(
  `  of which without the search index (bare): ${fmt(bareSize / MB)} MB = ${fmt(bareSize / textBytes, 2)} x; search index and its indexes: ${fmt((indexedSize - bareSize) / MB)} MB = ${fmt((indexedSize - bareSize) / textBytes, 2)} x`,
);

// ---- Queries ----------------------------------------------------------------------------------

const rank = (r) => CHARACTERS[r - 1];
const CLASSES = [
  ['1 char', [rank(4000), rank(1500), rank(300), rank(30), rank(1)]],
  ['2 chars', [rank(800) + rank(900), '工作', '经济', '中国', '的是']],
  ['4 chars', [rank(50) + rank(60) + rank(70) + rank(80), '乡村振兴', '社会主义', '人民群众']],
  ['English word', ['reservoir', 'economy', 'the', 'annot*']],
  ['phrase', ['"trade agreement"', '"the government"', '"发展 经济"']],
];
const RUNS = 12;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
async function timed(method, input) {
  const times = [];
  let value;
  for (let run = 0; run < RUNS + 1; run++) {
    const t0 = performance.now();
    const reply = await indexed.dispatch(method, input);
    const ms = performance.now() - t0;
    if (!reply.ok) throw new Error(`${input.query}: ${reply.error.message}`);
    value = reply.value;
    if (run > 0) times.push(ms); // the first run warms the page cache
  }
  return { times, value };
}

function summarise(label, results) {
  const all = results.flatMap((result) => result.times).sort((a, b) => a - b);
  const each = results.map(({ query, times, note }) => {
    const sorted = [...times].sort((a, b) => a - b);
    return `${query} (${note}p95 ${fmt(percentile(sorted, 95))})`;
  });
  console.log(
    `${label} ${fmt(percentile(all, 50)).padStart(7)}  ${fmt(percentile(all, 95)).padStart(7)}   ${each.join(', ')}`,
  );
}

console.log(`\nLatency in ms through the service layer (${RUNS} runs per query after one warm-up):`);
console.log('  search.query: a page of 20 hits with snippets; search.count: matches counted up to 1,000');
console.log('class          request            p50      p95   queries (matching articles, p95 of each)');
for (const [name, queries] of CLASSES) {
  const counts = [];
  for (const query of queries) {
    const { times, value } = await timed('search.count', { query });
    counts.push({ query, times, note: `${value.totalExact ? '' : '>'}${value.total}, ` });
  }
  for (const sort of ['newest', 'relevance']) {
    const results = [];
    for (const query of queries)
      results.push({ query, note: '', ...(await timed('search.query', { query, sort, limit: 20 })) });
    summarise(`${name.padEnd(14)} query ${sort.padEnd(10)}`, results);
  }
  summarise(`${name.padEnd(14)} count           `, counts);
}

console.log('\nLibrary list pages (articles.list, 200 rows):');
for (const [sort, offset] of [
  ['newest', 0],
  ['newest', ARTICLE_COUNT - 200],
  ['title', 0],
  ['source', 0],
  ['annotated', 0],
]) {
  const times = [];
  for (let run = 0; run < 6; run++) {
    const t0 = performance.now();
    await indexed.dispatch('articles.list', { sort, offset, limit: 200 });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`  ${sort} at offset ${offset}: p50 ${fmt(percentile(times, 50))} ms`);
}

indexed.close();
if (values.keep) console.log(`\nThe libraries are in ${folder}`);
else rmSync(folder, { recursive: true, force: true });
console.log(`\nTotal bench time ${fmt((performance.now() - started) / 1000, 0)} s`);
