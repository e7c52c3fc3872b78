import { expect } from '@open-wc/testing';
import { ageInfo, parseBirthDate } from '../../src/logic/dates.js';
import { cprBirthDate, cprProblem, normalizeCpr } from '../../src/logic/cpr.js';
import { catalogs } from '../../src/i18n/index.js';
import { daLater } from '../../src/i18n/da-later.js';
import { LtAskError, failureMessage } from '@lettilbud/foundations';

describe('parseBirthDate', () => {
  it('reads the ways Danes write a date', () => {
    for (const input of [
      '24-12-2014',
      '24.12.2014',
      '24/12/2014',
      '24 12 2014',
      '24122014',
      '2014-12-24',
      ' 24-12-2014 ',
    ])
      expect(parseBirthDate(input), input).to.equal('2014-12-24');
    expect(parseBirthDate('1-2-2015')).to.equal('2015-02-01');
  });
  it('refuses what is not a real date', () => {
    for (const input of ['', '31-02-2015', '29-02-2015', '12-24-2014', '24-12-14', 'i går'])
      expect(parseBirthDate(input), input).to.equal(null);
    expect(parseBirthDate('29-02-2016')).to.equal('2016-02-29');
  });
});

describe('ageInfo: the age rules at 4, 5, 14, 15, 17 and 18', () => {
  const today = '2026-11-23';
  const at = (birth: string) => ageInfo(birth, today)!;
  it('computes age, fit, the 17-year note and the consent giver', () => {
    expect(at('24-11-2021')).to.deep.include({ age: 4, fit: 'too-young' });
    expect(at('23-11-2021')).to.deep.include({
      age: 5,
      fit: 'in-range',
      consentBy: 'custody-holders',
    });
    expect(at('24-11-2011')).to.deep.include({ age: 14, consentBy: 'custody-holders' });
    expect(at('23-11-2011')).to.deep.include({ age: 15, consentBy: 'young-person' });
    expect(at('23-11-2009')).to.deep.include({ age: 17, fit: 'in-range', lastYear: true });
    expect(at('24-11-2009')).to.deep.include({ age: 16, lastYear: false });
    expect(at('23-11-2008')).to.deep.include({ age: 18, fit: 'too-old' });
  });
  it('is null until the date is valid and not in the future', () => {
    expect(ageInfo('', today)).to.equal(null);
    expect(ageInfo('24-11-2026', today)).to.equal(null);
  });
});

describe('CPR', () => {
  it('normalises 10 digits to DDMMYY-SSSS', () => {
    expect(normalizeCpr('2412144321')).to.equal('241214-4321');
    expect(normalizeCpr(' 241214 4321 ')).to.equal('241214-4321');
  });
  it('reads the century from the 7th digit', () => {
    expect(cprBirthDate('241214-1234')).to.equal('1914-12-24');
    expect(cprBirthDate('241214-4321')).to.equal('2014-12-24');
    expect(cprBirthDate('241260-4321')).to.equal('1960-12-24');
    expect(cprBirthDate('241214-5321')).to.equal('2014-12-24');
    expect(cprBirthDate('241260-5321')).to.equal('1860-12-24');
    expect(cprBirthDate('241214-9321')).to.equal('2014-12-24');
    expect(cprBirthDate('290215-4321')).to.equal(null);
  });
  it('checks format and date, never modulus 11', () => {
    expect(cprProblem('24121')).to.equal('format');
    expect(cprProblem('24121a-4321')).to.equal('format');
    expect(cprProblem('321214-4321')).to.equal('date');
    // 241214-4322 fails modulus 11 (weights 4,3,2,7,6,5,4,3,2,1) yet is accepted.
    expect(cprProblem('241214-4322')).to.equal(null);
    expect(cprProblem('241214-4321', '2014-12-24')).to.equal(null);
    expect(cprProblem('241214-4321', '2014-12-25')).to.equal('mismatch');
  });
});

describe('failureMessage', () => {
  const t = { ...catalogs.da, ...daLater };
  it('explains each failure in plain words and offers retry only when it can help', () => {
    expect(failureMessage(t, new LtAskError('offline', ''))).to.deep.equal({
      message: t.failOffline,
      retryable: true,
    });
    expect(failureMessage(t, new LtAskError('timeout', ''))).to.deep.equal({
      message: t.failTimeout,
      retryable: true,
    });
    expect(failureMessage(t, new LtAskError('rejected', ''))).to.deep.equal({
      message: t.failGeneral,
      retryable: true,
    });
    expect(failureMessage(t, new LtAskError('network', ''))).to.deep.equal({
      message: t.failGeneral,
      retryable: true,
    });
    expect(failureMessage(t, new LtAskError('http', '', { status: 503 })).retryable).to.equal(true);
    expect(failureMessage(t, new LtAskError('http', '', { status: 422 }))).to.deep.equal({
      message: t.failRefused,
      retryable: false,
    });
    expect(failureMessage(t, new LtAskError('vetoed', '')).retryable).to.equal(false);
    expect(failureMessage(t, new LtAskError('no-handler', '')).retryable).to.equal(false);
    expect(failureMessage(t, null).retryable).to.equal(false);
  });
});
