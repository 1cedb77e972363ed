// Articles continued on another page of the same file ("……（下转第2版）" and "（上接第1版）……", "Continued on
// page 5" and "Continued from page 1") are joined into one: the markers go to the article's notes, the text
// runs on, and the regions on both pages stay with it.
import { endsSentence } from '../page/chars';
import type { ArticleDraft, BodyLine } from '../page/draft';
import { isMarkerLine, leadingMarker, markerContinuesFromElsewhere, trailingMarker } from '../page/furniture';

export interface PagedDraft {
  draft: ArticleDraft;
  /** The PDF page (1-based) the article starts on. */
  page: number;
}

const LATIN_ON = /\(?\s*continued on page\s+([A-Z]?\d{1,3})\s*\)?\.?$/i;
const LATIN_FROM = /^\(?\s*continued from page\s+([A-Z]?\d{1,3})\s*\)?\.?/i;
const DIGITS = '０１２３４５６７８９';
const HAN = '〇一二三四五六七八九';

/** The page a marker names, as the paper numbers it: "第二版" → 2, "第12版" → 12, "A5" → 5. */
export function markedPage(marker: string): number | null {
  const label =
    /第?([0-9０-９〇零一二三四五六七八九十]{1,4})版/.exec(marker)?.[1] ?? /(\d{1,3})\D*$/.exec(marker)?.[1];
  if (!label) return null;
  const digits = [...label].map((c) => (DIGITS.includes(c) ? String(DIGITS.indexOf(c)) : c)).join('');
  if (/^\d+$/.test(digits)) return Number(digits);
  // Chinese numerals up to 99: 十 is ten; a digit before it multiplies, after it adds.
  const value = (c: string | undefined): number => (c === undefined ? 0 : HAN.indexOf(c === '零' ? '〇' : c));
  const ten = label.indexOf('十');
  if (ten < 0) return label.length === 1 ? value(label) : null;
  return (ten === 0 ? 1 : value(label[ten - 1])) * 10 + value(label[ten + 1]);
}

interface Ends {
  /** The page this article goes on to, as the paper numbers it. */
  to: number | null;
  /** The page it came from, as the paper numbers it. */
  from: number | null;
}

function firstLine(draft: ArticleDraft): BodyLine | undefined {
  return draft.body.find((item): item is BodyLine => item.kind === 'line');
}

function lastLine(draft: ArticleDraft): BodyLine | undefined {
  for (let i = draft.body.length - 1; i >= 0; i--) {
    const item = draft.body[i]!;
    if (item.kind === 'line') return item;
  }
  return undefined;
}

/**
 * A marker set in a line of its own, in smaller type than the text (read as a caption): the page it names, and
 * whether the article goes on there (else it came from there); null for any other caption.
 */
function markerCaption(text: string): { page: number | null; onward: boolean } | null {
  const t = text.trim();
  const whole = (m: RegExpExecArray | null): boolean =>
    m !== null && m.index === 0 && m[0].length === t.length;
  if (trailingMarker(t) === t && !markerContinuesFromElsewhere(t))
    return { page: markedPage(t), onward: true };
  if (whole(LATIN_ON.exec(t))) return { page: markedPage(t), onward: true };
  if ((isMarkerLine(t) && markerContinuesFromElsewhere(t)) || whole(LATIN_FROM.exec(t)))
    return { page: markedPage(t), onward: false };
  return null;
}

/** Takes the continuation markers off the draft's first and last lines, or its captions, into its notes. */
function takeMarkers(draft: ArticleDraft): Ends {
  const ends: Ends = { to: null, from: null };
  draft.body = draft.body.filter((item) => {
    const marker = item.kind === 'caption' ? markerCaption(item.text) : null;
    if (!marker) return true;
    if (marker.onward) ends.to = marker.page;
    else ends.from = marker.page;
    draft.notes.push(item.text.trim());
    return false;
  });
  const last = lastLine(draft);
  if (last) {
    const marker = trailingMarker(last.text) ?? LATIN_ON.exec(last.text)?.[0] ?? null;
    if (marker && !markerContinuesFromElsewhere(marker)) {
      ends.to = markedPage(marker);
      draft.notes.push(marker.trim());
      last.text = last.text.slice(0, -marker.length).trimEnd();
    }
  }
  const first = firstLine(draft);
  if (first) {
    const marker = leadingMarker(first.text) ?? LATIN_FROM.exec(first.text)?.[0] ?? null;
    if (marker && (markerContinuesFromElsewhere(marker) || LATIN_FROM.test(marker))) {
      ends.from = markedPage(marker);
      draft.notes.push(marker.trim());
      first.text = first.text.slice(marker.length).trimStart();
    }
  }
  draft.body = draft.body.filter((item) => item.kind !== 'line' || item.text !== '');
  return ends;
}

/**
 * Joins continued articles. `paperPage` maps a PDF page to the number the paper prints on it (its folio),
 * when the page says; otherwise PDF page numbers are taken to be the paper's.
 */
export function joinContinuations(
  drafts: readonly PagedDraft[],
  paperPage: ReadonlyMap<number, number>,
): ArticleDraft[] {
  const number = (pdfPage: number): number => paperPage.get(pdfPage) ?? pdfPage;
  const ends = drafts.map((d) => takeMarkers(d.draft));
  const joined = new Set<number>();
  drafts.forEach((head, i) => {
    const to = ends[i]!.to;
    if (to === null) return;
    const candidates = drafts
      .map((d, k) => ({ d, k }))
      .filter(
        ({ d, k }) =>
          k !== i && !joined.has(k) && number(d.page) === to && ends[k]!.from === number(head.page),
      );
    // The continuation usually repeats the headline, or has none of its own.
    const tail =
      candidates.find(({ d }) => d.draft.title === head.draft.title) ??
      candidates.find(({ d }) => d.draft.title === '') ??
      (candidates.length === 1 ? candidates[0] : undefined);
    if (!tail) return;
    joined.add(tail.k);
    const before = lastLine(head.draft);
    const after = firstLine(tail.d.draft);
    if (after && before && !endsSentence(before.text)) after.opens = false;
    head.draft.body.push(...tail.d.draft.body);
    // The continuation's own headline (often the first one again) is kept with the notes, not as text.
    const { kicker, title, subtitle } = tail.d.draft;
    for (const part of [kicker, title, subtitle]) if (part) head.draft.notes.push(part);
    head.draft.notes.push(...tail.d.draft.notes);
    head.draft.regions = [...(head.draft.regions ?? []), ...(tail.d.draft.regions ?? [])];
  });
  return drafts.filter((_, k) => !joined.has(k)).map((d) => d.draft);
}
