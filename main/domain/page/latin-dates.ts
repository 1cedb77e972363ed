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
  const lower = name.toLowerCase();
  if (lower.length < 3) return 0;
  return MONTHS.findIndex((m) => m.startsWith(lower.replace(/\.$/, ''))) + 1;
}

export function isoDate(year: string | undefined, month: number, day: string | undefined): string | null {
  const d = Number(day);
  if (!year || month < 1 || month > 12 || !(d >= 1 && d <= 31)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
