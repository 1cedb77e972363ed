import { t } from '../i18n/index.js';

export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(t.dates.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** 'zh' when the text is mostly Chinese, so the reader can pick Chinese typography (indent, justify). */
export function guessLang(text: string): 'zh' | 'en' {
  const sample = text.slice(0, 2000);
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 1;
  return han / letters > 0.3 ? 'zh' : 'en';
}

export function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
