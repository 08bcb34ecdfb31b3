import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spellOf, timeOfSpell } from './spells';

describe('spells', () => {
  it('uses the day bounds of a span', () => {
    expect(spellOf({ start: '2022', precision: 'year' })).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(spellOf({ start: '2022-09', precision: 'month' })).toEqual({ start: '2022-09-01', end: '2022-09-30' });
    expect(spellOf({ start: '2024-02', precision: 'month' })).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(spellOf({ start: '1900-02', end: '2100-02', precision: 'month' })).toEqual({ start: '1900-02-01', end: '2100-02-28' });
    expect(spellOf({ start: '2023-02-28', end: '2023-03-02', precision: 'day' })).toEqual({ start: '2023-02-28', end: '2023-03-02' });
  });

  it('reads day bounds back at the coarsest precision that says the same', () => {
    expect(timeOfSpell('2022-01-01', '2022-12-31')).toEqual({ start: '2022', precision: 'year' });
    expect(timeOfSpell('2020-01-01', '2022-12-31')).toEqual({ start: '2020', end: '2022', precision: 'year' });
    expect(timeOfSpell('2022-09-01', '2022-09-30')).toEqual({ start: '2022-09', precision: 'month' });
    expect(timeOfSpell('2022-09-01T00:00:00', '2022-10-31T23:59:59')).toEqual({ start: '2022-09', end: '2022-10', precision: 'month' });
    expect(timeOfSpell('2023-02-24', null)).toEqual({ start: '2023-02-24', precision: 'day' });
    expect(timeOfSpell('2023-02-24', '2023-02-28')).toEqual({ start: '2023-02-24', end: '2023-02-28', precision: 'day' });
    expect(timeOfSpell('2023-02-30', null)).toBeNull();
    expect(timeOfSpell('1.5', '2.5')).toBeNull();
    expect(timeOfSpell('2023-03-01', '2023-02-01')).toBeNull();
  });

  it('spell → time → spell is the identity', () => {
    const day = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const time = timeOfSpell(start, end)!;
        expect(spellOf(time)).toEqual({ start, end });
      }),
    );
  });
});
