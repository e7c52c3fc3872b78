import { expect } from '@open-wc/testing';
import { birthDateFromCpr } from '../../src/index.js';

describe('birthDateFromCpr: the CPR century rule', () => {
  it('takes the century from the 7th digit, at every edge of the rule', () => {
    const rows: [string, string | undefined][] = [
      ['010100-0000', '1900-01-01'], // 0-3: always 1900s
      ['311299-3999', '1999-12-31'],
      ['010136-4000', '2036-01-01'], // 4 and 9: 00-36 → 2000s
      ['010137-4000', '1937-01-01'], // … 37-99 → 1900s
      ['010136-9000', '2036-01-01'],
      ['010137-9000', '1937-01-01'],
      ['010157-5000', '2057-01-01'], // 5-8: 00-57 → 2000s
      ['010158-5000', '1858-01-01'], // … 58-99 → 1800s
      ['010157-8000', '2057-01-01'],
      ['010158-8000', '1858-01-01'],
      ['0505149996', '2014-05-05'], // KL's example, without the dash
    ];
    for (const [cpr, date] of rows) expect(birthDateFromCpr(cpr), cpr).to.equal(date);
  });

  it('refuses dates that do not exist, and anything that is not a CPR number', () => {
    expect(birthDateFromCpr('290200-4000'), '2000 is a leap year').to.equal('2000-02-29');
    expect(birthDateFromCpr('290200-0000'), '1900 is not').to.equal(undefined);
    expect(birthDateFromCpr('310415-4000')).to.equal(undefined);
    expect(birthDateFromCpr('001015-4000')).to.equal(undefined);
    for (const bad of ['', 'nope', '0101001234x', '01010-01234', '010100 1234'])
      expect(birthDateFromCpr(bad), bad).to.equal(undefined);
  });
});
