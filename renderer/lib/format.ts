import { t } from '../i18n/index.js';

/**
 * A moment as the interface's language writes it: "Jan 5, 3:04 PM" or "1月5日 15:04" in this year,
 * with the year before it otherwise ("Jan 5, 2023, …", "2023年1月5日 …").
 */
export function formatDate(iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const year = date.getFullYear() === now.getFullYear() ? undefined : 'numeric';
  return new Intl.DateTimeFormat(t.dates.locale, {
    year,
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(date);
}

export function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
