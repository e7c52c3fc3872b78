import { expect } from '@open-wc/testing';
import {
  addDays,
  ageFit,
  ageOn,
  consentGiver,
  copenhagenDate,
  copenhagenParts,
  daysBetween,
  isCalendarDate,
} from '../src/index.js';

describe('Copenhagen time', () => {
  it('gives wall-clock parts across the DST changes (last Sunday of March and October)', () => {
    expect(copenhagenParts(new Date('2026-03-29T00:59:00Z'))).to.include({
      hour: 1,
      minute: 59,
      weekday: 7,
    });
    expect(copenhagenParts(new Date('2026-03-29T01:00:00Z'))).to.include({ hour: 3, minute: 0 });
    expect(copenhagenParts(new Date('2026-10-25T00:30:00Z')).hour).to.equal(2);
    expect(copenhagenParts(new Date('2026-10-25T01:30:00Z')).hour).to.equal(2);
  });

  it('gives the Copenhagen date, not the UTC date, around midnight', () => {
    expect(copenhagenDate(new Date('2026-11-22T23:30:00Z'))).to.equal('2026-11-23');
    expect(copenhagenDate(new Date('2026-07-01T21:59:00Z'))).to.equal('2026-07-01');
    expect(copenhagenDate(new Date('2026-07-01T22:00:00Z'))).to.equal('2026-07-02');
  });

  it('counts calendar days, unmoved by DST', () => {
    expect(daysBetween('2026-03-20', '2026-04-03')).to.equal(14);
    expect(daysBetween('2026-10-20', '2026-11-19')).to.equal(30);
    expect(addDays('2026-03-20', 14)).to.equal('2026-04-03');
    expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
  });

  it('checks calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).to.equal(true);
    expect(isCalendarDate('2025-02-29')).to.equal(false);
    expect(isCalendarDate('2025-13-01')).to.equal(false);
  });
});

describe('age rules', () => {
  it('computes age on the birthday and the day before', () => {
    expect(ageOn('2011-11-23', '2026-11-22')).to.equal(14);
    expect(ageOn('2011-11-23', '2026-11-23')).to.equal(15);
    expect(ageOn('2012-02-29', '2027-02-28')).to.equal(14);
    expect(ageOn('2012-02-29', '2027-03-01')).to.equal(15);
  });

  it('places ages 4/5/17/18 against the target group', () => {
    expect([4, 5, 14, 15, 17, 18].map(ageFit)).to.deep.equal([
      'too-young',
      'in-range',
      'in-range',
      'in-range',
      'in-range',
      'too-old',
    ]);
  });

  it('gives consent to the custody holders under 15 and to the young person from 15', () => {
    expect([14, 15, 17].map(consentGiver)).to.deep.equal([
      'custody-holders',
      'young-person',
      'young-person',
    ]);
  });
});
