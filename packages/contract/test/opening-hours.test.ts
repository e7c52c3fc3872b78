import { expect } from '@open-wc/testing';
import { openStatus } from '../src/logic/opening-hours.js';

const weekdays = [
  {
    dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const,
    opens: '09:00',
    closes: '15:00',
  },
].map((h) => ({ ...h, dayOfWeek: [...h.dayOfWeek] }));
const at = (iso: string) => new Date(iso);

describe('phone opening hours in Copenhagen time', () => {
  it('is open inside the hours, closed at the closing minute', () => {
    expect(openStatus(weekdays, [], at('2026-11-23T08:00:00Z'))).to.deep.equal({
      open: true,
      closes: '15:00',
    }); // 09:00 CET Monday
    expect(openStatus(weekdays, [], at('2026-11-23T13:59:00Z'))).to.deep.equal({
      open: true,
      closes: '15:00',
    });
    expect(openStatus(weekdays, [], at('2026-11-23T14:00:00Z'))).to.deep.equal({
      open: false,
      opens: { date: '2026-11-24', time: '09:00' },
    });
  });

  it('before opening says "opens today at"', () => {
    expect(openStatus(weekdays, [], at('2026-11-23T06:30:00Z'))).to.deep.equal({
      open: false,
      opens: { date: '2026-11-23', time: '09:00' },
    });
  });

  it('around midnight uses the Copenhagen date, not UTC', () => {
    // Friday 23:30 UTC is Saturday 00:30 in Copenhagen: next opening is Monday.
    expect(openStatus(weekdays, [], at('2026-11-27T23:30:00Z'))).to.deep.equal({
      open: false,
      opens: { date: '2026-11-30', time: '09:00' },
    });
    const lateLine = [{ dayOfWeek: ['Friday' as const], opens: '20:00', closes: '24:00' }];
    expect(openStatus(lateLine, [], at('2026-11-27T22:59:00Z'))).to.deep.equal({
      open: true,
      closes: '24:00',
    });
  });

  it('follows the DST change: 09:00 is 07:00 UTC in summer, 08:00 UTC in winter', () => {
    expect(openStatus(weekdays, [], at('2026-03-30T07:00:00Z')).open).to.equal(true); // Monday after spring change
    expect(openStatus(weekdays, [], at('2026-03-27T07:00:00Z')).open).to.equal(false); // Friday before: 08:00 CET
    expect(openStatus(weekdays, [], at('2026-10-26T07:30:00Z')).open).to.equal(false); // Monday after autumn change: 08:30 CET
  });

  it('honours closed days and other hours on a date', () => {
    const exceptions = [
      { date: '2026-12-24', closed: true, note: 'Juleaften' },
      { date: '2026-12-23', opens: '10:00', closes: '12:00' },
    ];
    expect(openStatus(weekdays, exceptions, at('2026-12-24T09:00:00Z'))).to.deep.equal({
      open: false,
      opens: { date: '2026-12-25', time: '09:00' },
    });
    expect(openStatus(weekdays, exceptions, at('2026-12-23T08:30:00Z'))).to.deep.equal({
      open: false,
      opens: { date: '2026-12-23', time: '10:00' },
    });
    expect(openStatus(weekdays, exceptions, at('2026-12-23T10:00:00Z'))).to.deep.equal({
      open: true,
      closes: '12:00',
    });
  });

  it('says when no opening is known in the next two weeks', () => {
    expect(openStatus([], [], at('2026-11-23T10:00:00Z'))).to.deep.equal({
      open: false,
      opens: null,
    });
  });
});
