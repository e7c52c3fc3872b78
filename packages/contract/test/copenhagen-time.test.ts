import { expect } from '@open-wc/testing';
import { copenhagenOffset, copenhagenParts } from '../src/index.js';

/** The browser's own time-zone data, the reference the arithmetic is held to. */
const reference = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});
const DAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
function viaIntl(instant: Date) {
  const p: Record<string, string> = {};
  for (const part of reference.formatToParts(instant)) p[part.type] = part.value;
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    weekday: DAYS[p.weekday!],
    hour: Number(p.hour),
    minute: Number(p.minute),
  };
}

describe('Copenhagen time without Intl', () => {
  it('agrees with the browser time-zone data every hour from 2020 to 2040', () => {
    let checked = 0;
    for (let t = Date.UTC(2020, 0, 1); t < Date.UTC(2041, 0, 1); t += 3_600_000) {
      const instant = new Date(t + 17 * 60_000); // hh:17, so minutes are checked too
      const ours = copenhagenParts(instant);
      const theirs = viaIntl(instant);
      if (ours.hour !== theirs.hour || ours.day !== theirs.day || ours.weekday !== theirs.weekday)
        expect(ours, instant.toISOString()).to.deep.equal(theirs);
      checked++;
    }
    expect(checked).to.be.greaterThan(184_000);
  });

  it('changes the clocks at 01:00 UTC on the last Sundays of March and October', () => {
    for (const [at, offset] of [
      ['2026-03-29T00:59:59Z', 1],
      ['2026-03-29T01:00:00Z', 2],
      ['2026-10-25T00:59:59Z', 2],
      ['2026-10-25T01:00:00Z', 1],
      ['2027-03-28T01:00:00Z', 2],
      ['2027-10-31T00:30:00Z', 2],
    ] as const) {
      expect(copenhagenOffset(new Date(at)), at).to.equal(offset);
      expect(copenhagenParts(new Date(at)), at).to.deep.equal(viaIntl(new Date(at)));
    }
  });

  it('puts 23:30 UTC on New Year’s Eve on 1 January in Copenhagen', () => {
    expect(copenhagenParts(new Date('2026-12-31T23:30:00Z'))).to.include({
      year: 2027,
      month: 1,
      day: 1,
      hour: 0,
      minute: 30,
      weekday: 5,
    });
  });
});
