// English dates as credits print them ("March 5, 2024", "5 March 2024"), read to YYYY-MM-DD.
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The month a name (or its first three letters) gives, 1–12; 0 for none. */
export function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return 0;
  return MONTHS.findIndex((m) => m.startsWith(lower)) + 1;
}

/** The date as YYYY-MM-DD, if it is a day the calendar has (not 30 February). */
export function isoDate(year: string | undefined, month: number, day: string | undefined): string | null {
  const [y, d] = [Number(year), Number(day)];
  if (!year || !Number.isInteger(y) || month < 1 || month > 12 || !Number.isInteger(d) || d < 1) return null;
  if (d > new Date(Date.UTC(y, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
