// Page furniture: masthead, running head, date line, edition and page labels. None of it is an article, and a
// parser must learn to step over it, so it comes in the shapes real papers print it.
import { escapeHtml, type Dice, type Lang } from './render-text';

// Invented paper names: furniture, never golden text.
const PAPERS: Record<Lang, string[]> = {
  zh: ['晨光日报', '江城晚报', '北方时报', '滨海日报', '新城商报', '东岸都市报'],
  en: ['The Morning Ledger', 'The Harbour Courier', 'Daily Meridian', 'The Valley Post', 'Evening Chronicle'],
};
export const SECTIONS: Record<Lang, string[]> = {
  zh: [
    '要闻',
    '综合',
    '经济',
    '社会',
    '国际',
    '文化',
    '体育',
    '观察',
    '地方',
    '民生',
    '基层动态',
    '新闻速览',
  ],
  en: ['News', 'Business', 'World', 'Nation', 'Culture', 'Sports', 'Opinion', 'Metro', 'Science', 'In Brief'],
};
const WEEKDAYS_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

export interface Furniture {
  paper: string;
  date: string;
  /** `第３版`, `A4`, `Page 7`. */
  page: string;
  /** The page's desk, printed in the running head. */
  desk: string;
  edition: string;
}

export function furniture(lang: Lang, dice: Dice): Furniture {
  const day = new Date(Date.UTC(dice.int(2012, 2023), dice.int(0, 11), dice.int(1, 28)));
  const [y, m, d, w] = [day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), day.getUTCDay()];
  const n = dice.int(2, 16);
  if (lang === 'zh') {
    const wide = dice.chance(0.5);
    const num = (s: string) => (wide ? fullWidth(s) : s);
    return {
      paper: dice.pick(PAPERS.zh),
      date: `${num(`${y}年${m + 1}月${d}日`)}${wide ? '　' : ' '}${WEEKDAYS_ZH[w]}`,
      page: dice.chance(0.7) ? `第${num(String(n))}版` : `${dice.pick(['A', 'B'])}${num(String(n))}`,
      desk: dice.pick(SECTIONS.zh),
      edition: `第${num(String(dice.int(8000, 26000)))}期`,
    };
  }
  return {
    paper: dice.pick(PAPERS.en),
    date: `${WEEKDAYS_EN[w]}, ${MONTHS_EN[m]} ${d}, ${y}`,
    page: dice.chance(0.6) ? `${dice.pick(['A', 'B', 'C'])}${n}` : `Page ${n}`,
    desk: dice.pick(SECTIONS.en),
    edition: `Vol. ${dice.int(40, 180)}, No. ${dice.int(1000, 60000).toLocaleString('en-US')}`,
  };
}

/** The thin line across the top of an inside page; its order of parts varies between papers. */
export function runningHead(f: Furniture, dice: Dice): string {
  const parts = [f.date, f.desk, f.page, f.paper].map(escapeHtml);
  const order = dice.chance(0.5) ? [0, 1, 2] : [2, 1, 0];
  const cells = order.map((i) => `<span>${parts[i]}</span>`).join('');
  const paper = dice.chance(0.5) ? `<span class="rh-paper">${parts[3]}</span>` : '';
  return `<header class="runhead">${cells}${paper}</header>`;
}

/** The nameplate of a front page: paper name large, date, edition and page in a strip under it. */
export function masthead(f: Furniture, dice: Dice): string {
  const strip = dice.shuffle([f.date, f.edition, f.page]).map((s) => `<span>${escapeHtml(s)}</span>`);
  return `<header class="masthead"><div class="nameplate">${escapeHtml(f.paper)}</div><div class="strip">${strip.join('')}</div></header>`;
}

export function footer(f: Furniture): string {
  return `<footer class="pagefoot"><span>${escapeHtml(f.page)}</span><span>${escapeHtml(f.paper)}</span></footer>`;
}
