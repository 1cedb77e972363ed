// The "sources" stage of the page corpus: real news articles whose titles and paragraph boundaries come from
// their corpus, read from fetched GitHub snapshots and cleaned into SourceArticle; a small sample is committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceArticle } from './types';
import { snapshotGitDir } from './source-git';
import { readReuters, REUTERS_CORPUS } from './source-reuters';
import { readSogou, SOGOU_CORPUS } from './source-sogou';
import { readXwlb, XWLB_CORPUS } from './source-xwlb';

export type Lang = SourceArticle['lang'];

export interface CorpusInfo {
  name: string;
  lang: Lang;
  /** The GitHub repository (`owner/name`) whose snapshot holds the articles. */
  repo: string;
  licence: string;
  description: string;
  /** False when the licence gives no right to redistribute the text: such a corpus stays out of the sample. */
  sampled?: boolean;
}

export const CORPORA: readonly CorpusInfo[] = [
  {
    name: SOGOU_CORPUS,
    lang: 'zh',
    repo: 'NICE-FUTURE/tfidf-cosine-text-recommendation',
    licence:
      'Sogou Lab data licence (搜狗实验室数据使用许可): free for research use, cite Sogou Labs; no commercial use.',
    description:
      'SogouCS 2012 (搜狐新闻数据) "smarty" sample: Sohu news pages of June–July 2012, title plus body text ' +
      'with the paragraph marks Sogou kept (U+E40C).',
  },
  {
    name: XWLB_CORPUS,
    lang: 'zh',
    repo: 'yuekcc/cctv_news',
    licence:
      'Archive terms: text from CCTV (央视网), copyright its authors; the archive is for research and study ' +
      'only (仅用于研究学习). Code MIT. Not sampled: no licence to redistribute the text.',
    description:
      "《新闻联播》 transcripts from 2022 on, as published on 央视网: each story's headline and its text with " +
      "the page's own paragraphs (one <p> or <br> line each).",
    sampled: false,
  },
  {
    name: REUTERS_CORPUS,
    lang: 'en',
    repo: 'haseebr/irengine',
    licence:
      'Reuters-21578, Distribution 1.0: copyright Reuters Ltd.; Reuters and Carnegie Group allow free ' +
      'distribution for research purposes only.',
    description:
      'Reuters-21578 newswire stories of 1987 (XML edition by S. Luz): headline, dateline and body whose ' +
      'paragraphs are marked by the wire indent.',
  },
];

export const DEFAULT_MIRROR_ROOT = '/work/.mirror';

const READERS: Record<string, (gitDir: string) => SourceArticle[]> = {
  [SOGOU_CORPUS]: readSogou,
  [XWLB_CORPUS]: readXwlb,
  [REUTERS_CORPUS]: readReuters,
};

// Longer than a broadsheet page holds in one story: such records are mostly mis-scraped page dumps.
const MAX_ZH_CHARS = 6000;
const MAX_EN_WORDS = 1500;

function words(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

function clean(article: SourceArticle): SourceArticle | undefined {
  const title = article.title.replace(/\s+/g, ' ').trim();
  // A paragraph is one line of running text; line breaks inside one are only the source's wrapping.
  const paragraphs = article.paragraphs
    .map((paragraph) => paragraph.replace(/\s*[\r\n]+\s*/g, article.lang === 'en' ? ' ' : '').trim())
    .filter((paragraph) => paragraph !== '');
  if (title === '' || paragraphs.length < 2) return undefined;
  const body = paragraphs.join('\n');
  const tooLong = article.lang === 'zh' ? body.length > MAX_ZH_CHARS : words(body) > MAX_EN_WORDS;
  return tooLong ? undefined : { ...article, title, paragraphs };
}

/** Cleaned articles of one language, corpus by corpus in CORPORA order, each corpus in its own order. */
export function loadSources(
  mirrorRoot: string = DEFAULT_MIRROR_ROOT,
  lang: Lang,
  limit?: number,
): SourceArticle[] {
  const seen = new Set<string>();
  const articles: SourceArticle[] = [];
  for (const corpus of CORPORA.filter((entry) => entry.lang === lang)) {
    const read = READERS[corpus.name];
    if (read === undefined) throw new Error(`No reader for corpus ${corpus.name}`);
    for (const raw of read(snapshotGitDir(mirrorRoot, corpus.repo))) {
      const article = clean(raw);
      // Wire services re-send corrected stories and portals re-post them under the same headline.
      const key = article?.title.toLowerCase();
      if (article === undefined || key === undefined || seen.has(key)) continue;
      seen.add(key);
      articles.push(article);
      if (limit !== undefined && articles.length >= limit) return articles;
    }
  }
  return articles;
}

const SAMPLE_DIR = fileURLToPath(new URL('../fixtures/corpus/sources/', import.meta.url));
const SAMPLE_SIZE = 25;
// The sample is committed and feeds rendered pages, so it keeps to stories that fit a page column or two.
const SAMPLE_MAX_ZH_CHARS = 1500;
const SAMPLE_MAX_EN_WORDS = 450;

function fitsSample(article: SourceArticle): boolean {
  const body = article.paragraphs.join('\n');
  return article.lang === 'zh' ? body.length <= SAMPLE_MAX_ZH_CHARS : words(body) <= SAMPLE_MAX_EN_WORDS;
}

/** Writes `<lang>.jsonl` for both languages: articles spread evenly over each corpus, not just its first file. */
export function writeSample(mirrorRoot: string = DEFAULT_MIRROR_ROOT, outDir: string = SAMPLE_DIR): void {
  mkdirSync(outDir, { recursive: true });
  for (const lang of ['zh', 'en'] as const) {
    const unsampled = new Set(
      CORPORA.filter((corpus) => corpus.sampled === false).map((corpus) => corpus.name),
    );
    const candidates = loadSources(mirrorRoot, lang).filter(
      (article) => !unsampled.has(article.corpus) && fitsSample(article),
    );
    const step = Math.max(1, Math.floor(candidates.length / SAMPLE_SIZE));
    const sample = candidates.filter((_, index) => index % step === 0).slice(0, SAMPLE_SIZE);
    writeFileSync(
      join(outDir, `${lang}.jsonl`),
      sample.map((article) => JSON.stringify(article) + '\n').join(''),
    );
  }
}

/** The committed sample of one language. */
export function loadSample(lang: Lang): SourceArticle[] {
  return readFileSync(join(SAMPLE_DIR, `${lang}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SourceArticle);
}
