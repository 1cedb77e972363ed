// SogouCS (搜狐新闻数据, 2012): <doc> records of url, docno, contenttitle and content, one field a line.
import type { SourceArticle } from './types';
import { decodeEntities, listFiles, readText } from './source-git';

export const SOGOU_CORPUS = 'sogoucs';

// Sogou stripped the HTML but left this private-use character where each <p> of the page had been:
// it is the paragraph boundary the source gives, not one we guess from punctuation.
const PARAGRAPH_MARK = '\ue40c';

function field(record: string, tag: string): string {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(record);
  return decodeEntities(match?.[1] ?? '');
}

function dateFromUrl(url: string): string | undefined {
  const match = /\/(20\d{2})(\d{2})(\d{2})\//.exec(url);
  return match === null ? undefined : `${match[1]}-${match[2]}-${match[3]}`;
}

function parseRecord(record: string): SourceArticle | undefined {
  const docno = field(record, 'docno').trim();
  const title = field(record, 'contenttitle').trim();
  if (docno === '' || title === '') return undefined;
  const paragraphs = field(record, 'content')
    .split(PARAGRAPH_MARK)
    .map((paragraph) => paragraph.replace(/[\r\n]+/g, '').trim())
    .filter((paragraph) => paragraph !== '');
  const date = dateFromUrl(field(record, 'url'));
  return {
    id: `${SOGOU_CORPUS}-${docno}`,
    corpus: SOGOU_CORPUS,
    lang: 'zh',
    title,
    paragraphs,
    ...(date === undefined ? {} : { date }),
  };
}

/** Every record of every SogouCS `.dat` file in the snapshot, in file order. */
export function readSogou(gitDir: string): SourceArticle[] {
  const files = listFiles(gitDir).filter((path) => /news_sohusite_xml[^/]*\.dat$/.test(path));
  return files.flatMap((path) =>
    (readText(gitDir, path).match(/<doc>[\s\S]*?<\/doc>/g) ?? []).flatMap((record) => {
      const article = parseRecord(record);
      return article === undefined ? [] : [article];
    }),
  );
}
