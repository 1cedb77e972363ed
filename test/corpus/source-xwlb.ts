// 《新闻联播》文字稿 (CCTV's evening news transcripts, 2022 on): one Markdown file a day, `news/YYYYMMDD.md`,
// whose "详细新闻" part holds each story as a `### ` heading (the story's title on 央视网) followed by its text,
// one paragraph per Markdown block, as the CCTV page set them in <p> elements.
import type { SourceArticle } from './types';
import { decodeEntities, listFiles, readText } from './source-git';

export const XWLB_CORPUS = 'cctv-xwlb';

const DAY_FILE = /^news\/(\d{4})(\d{2})(\d{2})\.md$/;
const DETAIL_HEADING = /^## 详细新闻\s*$/m;
const STORY_HEADING = /^### +(.+)$/gm;
// A thematic break closes the stories; what follows is the archiver's own note ("更新时间：…").
const END_OF_STORIES = /^ {0,3}-{3,}\s*$/m;
// Blocks that are the archiver's or the page's furniture, not the story's text.
const FURNITURE = [/^\[查看原文\]\([^)]*\)$/, /^<!--[\s\S]*-->$/, /^!\[[^\]]*\]\([^)]*\)$/];
// The lead every story opens with; the page sometimes set it as a paragraph of its own.
const LEAD_LABEL = /^央视网消息[（(]新闻联播[）)][：:]?$/;

/** Markdown inline syntax the archiver's HTML-to-Markdown step added, undone: the words are the page's. */
function plainText(block: string): string {
  return decodeEntities(
    block
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!<>|~&:])/g, '$1')
      // Emphasis marks, including ones the page's own broken markup left escaped: never the story's text.
      .replace(/\*{2,}|_{2,}/g, ''),
  )
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .trim();
}

function isBoldOnly(block: string): boolean {
  return /^\*\*[^*]+\*\*$/.test(block.trim());
}

function parseStory(title: string, body: string): string[] | undefined {
  // A Markdown hard break is a <br> that the page used between paragraphs in place of a new <p>.
  const blocks = body
    .split(/\n[ \t]*\n/)
    .flatMap((block) => block.split(/\\\n| {2,}\n/))
    .map((block) => block.replace(/\\$/, '').trim())
    .filter((block) => block !== '' && !FURNITURE.some((pattern) => pattern.test(block)));
  const paragraphs: string[] = [];
  for (const [index, block] of blocks.entries()) {
    // A bold line inside a story is a subhead of a round-up (快讯), which a SourceArticle cannot say: leave
    // such stories out rather than pass a subhead off as a paragraph.
    if (index > 0 && isBoldOnly(block)) return undefined;
    paragraphs.push(plainText(block));
  }
  // The lead set alone is the start of the first paragraph, as print would run it in.
  if (paragraphs.length > 1 && LEAD_LABEL.test(paragraphs[0] ?? '')) {
    paragraphs.splice(0, 2, `${paragraphs[0]}${paragraphs[1]}`);
  }
  const kept = paragraphs.filter((paragraph) => paragraph !== '');
  return plainText(title) === '' ? undefined : kept;
}

function readDay(text: string, date: string, stamp: string): SourceArticle[] {
  const detail = DETAIL_HEADING.exec(text);
  if (detail === null) return [];
  let stories = text.slice(detail.index + detail[0].length);
  const end = END_OF_STORIES.exec(stories);
  if (end !== null) stories = stories.slice(0, end.index);
  const headings = [...stories.matchAll(STORY_HEADING)];
  return headings.flatMap((heading, index) => {
    const start = heading.index + heading[0].length;
    const stop = headings[index + 1]?.index ?? stories.length;
    const title = plainText(heading[1] ?? '');
    const paragraphs = parseStory(title, stories.slice(start, stop));
    if (paragraphs === undefined) return [];
    const article: SourceArticle = {
      id: `${XWLB_CORPUS}-${stamp}-${String(index + 1).padStart(2, '0')}`,
      corpus: XWLB_CORPUS,
      lang: 'zh',
      title,
      paragraphs,
      date,
    };
    return [article];
  });
}

/** Every story of every day file in the snapshot, day by day, each day in broadcast order. */
export function readXwlb(gitDir: string): SourceArticle[] {
  return listFiles(gitDir).flatMap((path) => {
    const match = DAY_FILE.exec(path);
    if (match === null) return [];
    const [, year, month, day] = match;
    return readDay(readText(gitDir, path), `${year}-${month}-${day}`, `${year}${month}${day}`);
  });
}
