import { expect } from '@open-wc/testing';
import { formatDate, plural } from '../src/index.js';

describe('formatDate and plural without Intl', () => {
  it('writes dates as CLDR does for da-DK and en-GB', () => {
    expect(formatDate('da', '2026-12-02')).to.equal('2. december 2026');
    expect(formatDate('en', '2026-12-02')).to.equal('2 December 2026');
    expect(formatDate('da', '2026-05-02', 'short')).to.equal('2. maj 2026');
    expect(formatDate('da', '2026-09-02', 'short')).to.equal('2. sep. 2026');
    expect(formatDate('en', '2026-09-02', 'short')).to.equal('2 Sept 2026');
    expect(formatDate('da', '2026-12-02', 'weekday')).to.equal('onsdag 2. december');
    expect(formatDate('en', '2027-01-03', 'weekday')).to.equal('Sunday 3 January');
  });

  it('reads a Date as its Copenhagen day', () => {
    expect(formatDate('da', new Date('2026-12-31T23:30:00Z'))).to.equal('1. januar 2027');
  });

  it('picks one only for 1, as Intl.PluralRules does for whole numbers', () => {
    const forms = { one: 'dag', other: 'dage' };
    for (const n of [0, 1, 2, 5, 11, 21, 100, -1])
      for (const locale of ['da', 'en'] as const)
        expect(plural(locale, n, forms), `${locale} ${n}`).to.equal(
          new Intl.PluralRules(locale).select(n) === 'one' ? 'dag' : 'dage',
        );
  });
});
