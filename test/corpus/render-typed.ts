// The `typed` family: a printed page's articles as people paste them into a text file from a web edition or an
// e-paper's text view: no columns and no furniture, but each person's own habits of line breaks, blank lines,
// indentation and headline dashes. The text is the golden's own, so the golden stays true word for word.
import { Dice, rng } from '../support/page-generator';
import { HEADLINE_CASES, recase, type HeadlineCase } from './recase';
import type { CorpusPage, GoldenArticle } from './types';

/** How one page is typed: chosen per page from its seed, so every habit meets every design. */
interface Habits {
  /** A paragraph on one line, or wrapped at this many characters (Chinese) or columns (English). */
  wrap: number | null;
  /** Blank lines between all blocks, between articles only, or nowhere. */
  blanks: 'blocks' | 'articles' | 'none';
  /** What opens each paragraph: nothing, full-width spaces or spaces. */
  indent: string;
  /** Chinese kicker and subtitle dashes shown (the golden stores neither). */
  dashes: boolean;
  /** How English headlines are cased (the web edition's or the typist's own). */
  headlines: HeadlineCase;
  /** Datelines and bylines kept; a site's article view often shows neither, and most essays have none. */
  credits: boolean;
}

function habitsFor(lang: 'zh' | 'en', dice: Dice): Habits {
  const wrap = dice.chance(0.5) ? null : lang === 'zh' ? dice.int(16, 30) : dice.int(48, 76);
  const blanks = dice.pick(['blocks', 'articles', 'none'] as const);
  // Paragraphs that neither start a line of their own nor stand apart need an indent to be told apart.
  const needsIndent = wrap !== null && blanks !== 'blocks';
  const indent =
    needsIndent || dice.chance(0.3)
      ? lang === 'zh'
        ? dice.pick(['　　', '  '])
        : dice.pick(['  ', '    '])
      : '';
  const headlines = lang === 'en' ? dice.pick(HEADLINE_CASES) : 'source';
  return {
    wrap,
    blanks,
    indent,
    dashes: lang === 'zh' && dice.chance(0.6),
    headlines,
    credits: dice.chance(0.6),
  };
}

const CLOSING = '，。、；：！？）》」』】〉”’';

/** Breaks a paragraph at `width`: Chinese anywhere, English between words. */
function wrapText(text: string, width: number, lang: 'zh' | 'en'): string[] {
  if (lang === 'zh') {
    // Anywhere, except that no line opens with a closing mark (行首禁则): it stays at the end of the line before.
    const out: string[] = [];
    let line = '';
    for (const ch of text) {
      if ([...line].length >= width && !CLOSING.includes(ch)) {
        out.push(line);
        line = '';
      }
      line += ch;
    }
    if (line) out.push(line);
    return out;
  }
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/** The first paragraph as the page printed it: dateline and (when it came with the dateline) the credit. */
function leadOf(article: GoldenArticle, text: string, lang: 'zh' | 'en'): string {
  if (!article.dateline) return text;
  if (lang === 'en') return `${article.dateline} - ${text}`;
  const inlineCredit = article.byline && /^记者.+报道$/.test(article.byline);
  return inlineCredit ? `${article.dateline} ${article.byline} ${text}` : `${article.dateline}：${text}`;
}

/** The byline on a line of its own under the headline, unless the lead carries it. */
function bylineLine(article: GoldenArticle, lang: 'zh' | 'en'): string | null {
  if (!article.byline) return null;
  if (lang === 'zh') return article.dateline && /^记者.+报道$/.test(article.byline) ? null : article.byline;
  return /^by\s/i.test(article.byline) ? article.byline : `By ${article.byline}`;
}

export function typedPage(printed: CorpusPage, seed: number): CorpusPage {
  const { lang, golden } = printed;
  const habits = habitsFor(lang, new Dice(rng(seed)));
  const out: string[] = [];
  const blank = (): void => {
    if (out.length > 0 && out[out.length - 1] !== '') out.push('');
  };
  const line = (text: string): void => {
    out.push(text);
    if (habits.blanks === 'blocks') blank();
  };
  const paragraph = (text: string): void => {
    const lines = habits.wrap === null ? [text] : wrapText(text, habits.wrap, lang);
    lines.forEach((l, i) => out.push(i === 0 ? habits.indent + l : l));
    if (habits.blanks === 'blocks') blank();
  };
  let section: string | null = null;
  const articles = golden.articles.map((a) => ({
    ...a,
    title: recase(a.title, habits.headlines, a.blocks.map((b) => b.text).join(' ')),
    ...(habits.credits ? {} : { dateline: null, byline: null, authors: [] }),
  }));
  for (const article of articles) {
    if (habits.blanks !== 'none') blank();
    if (article.section && article.section !== section) {
      section = article.section;
      line(section);
    }
    if (article.kicker) line(habits.dashes ? `${article.kicker}——` : article.kicker);
    line(article.title);
    if (article.subtitle) line(habits.dashes ? `——${article.subtitle}` : article.subtitle);
    const byline = bylineLine(article, lang);
    if (byline) line(byline);
    const lead = article.blocks.findIndex((b) => b.type === 'paragraph');
    article.blocks.forEach((block, i) => {
      const text = i === lead ? leadOf(article, block.text, lang) : block.text;
      if (block.type === 'paragraph') paragraph(text);
      else line(text);
    });
  }
  const text = `${out.join('\n').trim()}\n`;
  return { family: 'typed', lang, name: printed.name, text, golden: { ...golden, articles } };
}
