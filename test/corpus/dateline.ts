// The dateline a story opens with, as the shared convention splits it off the first paragraph: the place and
// wire (本报讯, 新华社上海1月5日电, "BOSTON (AP) —") and the credit that may follow it.
import type { Lang } from './types';

export interface Dateline {
  dateline: string;
  /** A credit in brackets after the dateline. */
  bracketed: boolean;
  byline?: string;
  authors?: string[];
  rest: string;
}

// Datelines as Chinese papers and wire services open a story: 本报讯, 南都讯, ２０１２年７月１８日北京讯, 新华社上海1月5日电,
// 人民网６月１１日电, then an optional credit: （记者 X） in brackets, 记者X报道, or 记者X　Y　Z before the text.
const ZH_DATELINE =
  /^([\u4e00-\u9fa5\d０-９]{1,20}?[讯电])(?=[\s　（(])[\s　]*(?:([（(][^）)]{2,30}[）)])|(记者[\u4e00-\u9fa5 　、]{2,16}?报道)|记者((?:[\u4e00-\u9fa5]{2,4}[\s　]+)+))?[\s　]*/;
// Wire and local datelines: "BOSTON (AP) — ", "LONDON, March 3 (Reuters) - ", "AUSTIN, Texas, March 13 - ".
const EN_DATELINE =
  /^((?:[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*)*(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*)*, [A-Za-z]{3,9}\.? \d{1,2}|[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*)(?: \([A-Za-z .&]+\))?) +(?:—|–|--?) +/;

// A site's news item, as the shared convention reads 本报讯: 央视网消息（新闻联播）：… → dateline 央视网消息（新闻联播）.
const ZH_NEWS_DATELINE = /^([\u4e00-\u9fa5]{1,6}?(?:网|社|台|报)消息(?:[（(][^）)]{1,16}[）)])?)[：:][\s　]*/;

export function splitDateline(paragraph: string, lang: Lang): Dateline | undefined {
  const news = lang === 'zh' ? ZH_NEWS_DATELINE.exec(paragraph) : null;
  if (news?.[1] && news[0].length < paragraph.length)
    return { dateline: news[1], bracketed: false, rest: paragraph.slice(news[0].length) };
  const m = (lang === 'zh' ? ZH_DATELINE : EN_DATELINE).exec(paragraph);
  if (!m?.[1] || m[0].length >= paragraph.length) return undefined;
  const rest = paragraph.slice(m[0].length);
  const credit = m[3] ?? (m[4] ? `记者${m[4].trim()}` : undefined);
  if (credit) {
    const names = credit
      .replace(/^记者|报道$/g, '')
      .split(/[\s　、]+/)
      .filter(Boolean);
    return { dateline: m[1], bracketed: false, byline: credit, authors: names, rest };
  }
  return { dateline: m[1], bracketed: Boolean(m[2]), rest };
}
