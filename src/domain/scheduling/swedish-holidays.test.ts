import { describe, expect, it } from 'vitest';
import { easterSunday, swedishHolidays } from './swedish-holidays.js';

/** The moving Swedish holidays of 2025–2030 as printed in Swedish calendars. */
const KNOWN: Record<number, Record<string, string>> = {
  2025: { goodFriday: '04-18', easterSunday: '04-20', easterMonday: '04-21', ascensionDay: '05-29', whitSunday: '06-08', midsummerEve: '06-20', midsummerDay: '06-21', allSaintsDay: '11-01' },
  2026: { goodFriday: '04-03', easterSunday: '04-05', easterMonday: '04-06', ascensionDay: '05-14', whitSunday: '05-24', midsummerEve: '06-19', midsummerDay: '06-20', allSaintsDay: '10-31' },
  2027: { goodFriday: '03-26', easterSunday: '03-28', easterMonday: '03-29', ascensionDay: '05-06', whitSunday: '05-16', midsummerEve: '06-25', midsummerDay: '06-26', allSaintsDay: '11-06' },
  2028: { goodFriday: '04-14', easterSunday: '04-16', easterMonday: '04-17', ascensionDay: '05-25', whitSunday: '06-04', midsummerEve: '06-23', midsummerDay: '06-24', allSaintsDay: '11-04' },
  2029: { goodFriday: '03-30', easterSunday: '04-01', easterMonday: '04-02', ascensionDay: '05-10', whitSunday: '05-20', midsummerEve: '06-22', midsummerDay: '06-23', allSaintsDay: '11-03' },
  2030: { goodFriday: '04-19', easterSunday: '04-21', easterMonday: '04-22', ascensionDay: '05-30', whitSunday: '06-09', midsummerEve: '06-21', midsummerDay: '06-22', allSaintsDay: '11-02' },
};
const FIXED = { newYearsDay: '01-01', epiphany: '01-06', mayDay: '05-01', nationalDay: '06-06', christmasEve: '12-24', christmasDay: '12-25', boxingDay: '12-26', newYearsEve: '12-31' };

describe('Swedish public holidays and office-closed days', () => {
  for (const [year, moving] of Object.entries(KNOWN)) {
    it(`are right for ${year}`, () => {
      const got = Object.fromEntries(swedishHolidays(Number(year)).map((h) => [h.key, h.date]));
      const want = Object.fromEntries(Object.entries({ ...FIXED, ...moving }).map(([k, md]) => [k, `${year}-${md}`]));
      expect(got).toEqual(want);
    });
  }

  it('marks only Midsummer Eve, Christmas Eve and New Year\'s Eve as office-closed (not by law)', () => {
    const closed = swedishHolidays(2027).filter((h) => h.kind === 'closed').map((h) => h.key);
    expect(closed).toEqual(['midsummerEve', 'christmasEve', 'newYearsEve']);
  });

  it('computes Easter for years far from today (Gregorian computus)', () => {
    expect(easterSunday(1818)).toBe('1818-03-22');
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(easterSunday(2285)).toBe('2285-03-22');
  });

  it('lists the days in date order, Midsummer on Friday/Saturday, All Saints\' on a Saturday', () => {
    for (let y = 2000; y <= 2100; y++) {
      const list = swedishHolidays(y);
      expect(list.map((h) => h.date)).toEqual([...list.map((h) => h.date)].sort());
      const day = (k: string) => new Date(`${list.find((h) => h.key === k)!.date}T00:00:00Z`).getUTCDay();
      expect(day('midsummerEve')).toBe(5);
      expect(day('midsummerDay')).toBe(6);
      expect(day('allSaintsDay')).toBe(6);
      expect(day('goodFriday')).toBe(5);
      expect(day('ascensionDay')).toBe(4);
    }
  });
});
