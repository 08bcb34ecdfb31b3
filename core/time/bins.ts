/** Calendar bins of ISO days, by month or by year: the steps of the time histogram and of playback. */
export type TimeUnit = 'month' | 'year';

/** A bin's position as a count of units since year 0, so bins are consecutive integers. */
export function binOrdinal(day: string, unit: TimeUnit): number {
  const year = Number(day.slice(0, 4));
  return unit === 'year' ? year : year * 12 + Number(day.slice(5, 7)) - 1;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First and last day (inclusive, ISO) of a bin, and its label ("2022-09" or "2022"). */
export function binBounds(ordinal: number, unit: TimeUnit): { readonly label: string; readonly start: string; readonly end: string } {
  if (unit === 'year') return { label: pad(ordinal, 4), start: `${pad(ordinal, 4)}-01-01`, end: `${pad(ordinal, 4)}-12-31` };
  const year = Math.floor(ordinal / 12);
  const month = (ordinal % 12) + 1;
  const label = `${pad(year, 4)}-${pad(month, 2)}`;
  return { label, start: `${label}-01`, end: `${label}-${pad(daysInMonth(year, month), 2)}` };
}
