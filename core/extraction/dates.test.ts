import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

/** Published on Saturday 25 February 2023, like the bundled article. */
const PUBLISHED = '2023-02-25';
const times = (sentence: string, published: string | null = PUBLISHED) => findDates(sentence, 0, published).map((d) => d.time);

describe('findDates', () => {
  it('resolves weekdays to the most recent one, at day precision', () => {
    expect(times('the ministry said Saturday.')).toEqual([{ start: '2023-02-25', precision: 'day', text: 'Saturday' }]);
    expect(times('during a phone conversation on Friday, the ministry said')).toEqual([{ start: '2023-02-24', precision: 'day', text: 'on Friday' }]);
  });

  it('reads "last year" as a year and "September last year" as one month', () => {
    expect(times('to launch its attack on Ukraine last year.')).toEqual([{ start: '2022', precision: 'year', text: 'last year' }]);
    expect(times('In September last year, Xi and Lukashenko met')).toEqual([{ start: '2022-09', precision: 'month', text: 'In September last year' }]);
  });

  it('reads ranges, calendar days, months and bare years', () => {
    expect(times('a state visit to China from February 28 to March 2,')).toEqual([
      { start: '2023-02-28', end: '2023-03-02', precision: 'day', text: 'from February 28 to March 2' },
    ]);
    expect(times('will visit China on February 28 for')).toEqual([{ start: '2023-02-28', precision: 'day', text: 'on February 28' }]);
    expect(times('hosted Raisi in January 2022.')).toEqual([{ start: '2022-01', precision: 'month', text: 'in January 2022' }]);
    expect(times('the war that began in 2022 goes on')).toEqual([{ start: '2022', precision: 'year', text: 'in 2022' }]);
    expect(times('he will visit Nairobi next month')).toEqual([{ start: '2023-03', precision: 'month', text: 'next month' }]);
  });

  it('gives offsets into the article from the sentence offset', () => {
    const [date] = findDates('Qin spoke on Friday.', 100, PUBLISHED);
    expect(date!.span).toEqual({ start: 110, end: 119, text: 'on Friday' });
  });

  it('keeps only dates that name their year when the publication date is unknown', () => {
    expect(times('They met on Friday and in January 2022.', null)).toEqual([{ start: '2022-01', precision: 'month', text: 'in January 2022' }]);
  });
});
