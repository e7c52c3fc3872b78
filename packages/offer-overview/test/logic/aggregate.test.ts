import { expect } from '@open-wc/testing';
import { contractSchemas, type JournalCase } from '@lettilbud/contract';
import {
  ageBand,
  aggregate,
  defaultPeriod,
  median,
  monthsOf,
  percentile90,
} from '../../src/logic/aggregate.js';
import { readCases } from '../../src/logic/read.js';
import { inCourse, makeCase, PERIOD, sdq, TODAY } from '../fixtures/cases.js';

const run = (cases: JournalCase[]) => aggregate(cases, PERIOD, TODAY);

describe('aggregation: contacts', () => {
  it('bands the age at contact: 4/5, 9/10, 14/15, 17/18', () => {
    expect([4, 5, 9, 10, 14, 15, 17, 18].map(ageBand)).to.deep.equal([
      'outside',
      '5-9',
      '5-9',
      '10-14',
      '10-14',
      '15-17',
      '15-17',
      'outside',
    ]);
    // Contact 2026-10-01: born 2016-10-02 is 9, born 2016-10-01 is 10 that day.
    const o = run([
      makeCase({ child: { birthDate: '2016-10-02' } }),
      makeCase({ child: { birthDate: '2016-10-01' } }),
      makeCase({ child: { birthDate: '2011-10-02' } }),
      makeCase({ child: { birthDate: '2011-10-01' } }),
      makeCase({ child: { birthDate: '2008-10-02' } }),
      makeCase({ child: { birthDate: '2008-10-01' } }),
    ]);
    expect(o.byAge).to.deep.equal({ '5-9': 1, '10-14': 2, '15-17': 2, outside: 1 });
    expect(o.perMonth['2026-10']).to.deep.equal(o.byAge);
  });

  it('counts by month in the period only, by sex, residence and who got in touch; not-given is its own group', () => {
    const o = run([
      makeCase({
        contact: { date: '2026-06-01', by: 'young-person' },
        child: { sex: 'female', municipality: '101' },
      }),
      makeCase({
        contact: { date: '2026-11-20', by: 'gp' },
        child: { sex: 'male', municipality: '101' },
      }),
      makeCase({ contact: { date: '2026-11-03', by: 'parent' }, child: { municipality: '147' } }),
      makeCase({ contact: { date: '2026-05-31', by: 'parent' } }), // before the period
      makeCase({ contact: { date: '2026-11-21', by: 'parent' } }), // after it
      makeCase({ contact: undefined }),
    ]);
    expect(o.contacts).to.equal(3);
    expect(o.noContactDate).to.equal(1);
    expect(o.months).to.deep.equal([
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(o.perMonth['2026-06']!['10-14']).to.equal(1);
    expect(o.perMonth['2026-11']!['10-14']).to.equal(2);
    expect(o.bySex).to.deep.equal({ female: 1, male: 1, other: 0, unknown: 1 });
    expect([...o.byMunicipality]).to.deep.equal([
      ['101', 2],
      ['147', 1],
    ]);
    expect(o.byWho).to.include({
      'young-person': 1,
      gp: 1,
      parent: 1,
      professional: 0,
      unknown: 0,
    });
  });

  it('counts a returning child once, by the contact of the current course', () => {
    const o = run([
      makeCase({
        contact: { date: '2026-10-01' },
        earlierCourses: [
          { contactDate: '2026-06-10', closureDate: '2026-08-01', course: 'Cool Kids' },
        ],
      }),
    ]);
    expect(o.contacts).to.equal(1);
    expect(o.perMonth['2026-06']!['10-14']).to.equal(0);
    expect(o.returning).to.equal(1);
  });

  it('the default period is the twelve months up to today, in Copenhagen', () => {
    expect(defaultPeriod('2026-11-20')).to.deep.equal({ from: '2025-12-01', to: '2026-11-20' });
    expect(monthsOf(defaultPeriod('2026-01-05'))).to.have.length(12);
  });
});

describe('aggregation: waiting-time clocks, only where they apply', () => {
  // Contact 2026-10-01: the pre-talk is due 2026-10-15, the screening 2026-10-31; today 2026-11-20.
  const cases = [
    inCourse('Cool Kids', {
      preTalk: { date: '2026-10-15', decision: 'offered-treatment' },
      screening: { date: '2026-10-31', startTreatment: true },
    }), // both met, on the due day
    makeCase({
      preTalk: { date: '2026-10-16', decision: 'closed' },
      closure: { date: '2026-10-16' },
    }), // pre-talk late; no screening clock
    makeCase({ preTalk: { date: '2026-10-05', decision: 'other-effort' } }), // no screening clock, though not closed
    makeCase({ preTalk: { date: '2026-10-05', decision: 'referred-psychiatry' } }), // no screening clock
    makeCase({}), // nothing done: both overdue now
    makeCase({ contact: { date: '2026-11-15' } }), // both still running
    makeCase({ contact: { date: '2026-09-01' }, closure: { date: '2026-09-05' } }), // closed first: neither applies
    inCourse('Cool Kids', { screening: { date: '2026-11-01', startTreatment: false } }), // screening late by one day
  ];

  it('counts met, late, overdue now and running, and leaves out the clocks that do not apply', () => {
    const o = run(cases);
    expect(o.preTalk).to.deep.include({
      applies: 7,
      notApplicable: 1,
      met: 4,
      late: 1,
      overdue: 1,
      running: 1,
    });
    expect(o.screening).to.deep.include({
      applies: 4,
      notApplicable: 4,
      met: 1,
      late: 1,
      overdue: 1,
      running: 1,
    });
    expect(o.preTalk.days).to.have.members([14, 15, 4, 4, 7]);
    expect(o.screening.days).to.have.members([30, 31]);
  });

  it('never counts a case guided elsewhere, referred or closed at the pre-talk as overdue for screening', () => {
    const ended = run(cases.slice(1, 4));
    expect(ended.screening.overdue).to.equal(0);
    expect(ended.screening.notApplicable).to.equal(3);
  });

  it('median (middle two averaged) and the 90th percentile (nearest rank)', () => {
    expect(median([4, 4, 7, 14, 15])).to.equal(7);
    expect(median([1, 2, 3, 10])).to.equal(2.5);
    expect(percentile90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).to.equal(9);
    expect(percentile90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])).to.equal(10);
    expect(median([])).to.equal(null);
  });
});

describe('aggregation: outcomes, courses, boosters, urgent contacts', () => {
  it('counts each of the four pre-talk outcomes, and no decision yet', () => {
    const o = run([
      makeCase({ preTalk: { decision: 'closed' } }),
      makeCase({ preTalk: { decision: 'other-effort' } }),
      makeCase({ preTalk: { decision: 'offered-treatment' } }),
      makeCase({ preTalk: { decision: 'referred-psychiatry' } }),
      makeCase({ preTalk: { decision: 'referred-psychiatry' } }),
      makeCase({}),
    ]);
    expect(o.decisions).to.deep.equal({
      closed: 1,
      'other-effort': 1,
      'offered-treatment': 1,
      'referred-psychiatry': 2,
      none: 1,
    });
    // Screening decisions only where a screening can follow.
    expect(o.screeningDecisions).to.deep.equal({ start: 0, 'no-start': 0, none: 2 });
  });

  it('courses started and completed by course; a name shared by fewer than 5 cases goes under "other"', () => {
    const five = Array.from({ length: 5 }, (_, i) =>
      inCourse(
        'Cool Kids',
        i < 2
          ? { closure: { date: '2026-11-10', boosterDate: i ? '2026-11-20' : '2026-12-10' } }
          : {},
      ),
    );
    const o = run([
      ...five,
      inCourse('  Chilled '),
      inCourse('Hemmelig Hansens forløb'),
      makeCase({ sessions: [{ date: '2026-10-30', status: 'performed' }] }),
    ]);
    expect([...o.courses]).to.deep.equal([
      ['Cool Kids', { started: 5, completed: 2 }],
      ['', { started: 3, completed: 0 }],
    ]);
    expect(o.boostersHeld).to.equal(1); // held on today's date
    expect(o.boostersPlanned).to.equal(1);
  });

  it('urgent contacts: acted the same day (in Copenhagen), the next day, later, or not yet', () => {
    const o = run([
      makeCase({
        contact: {
          date: '2026-10-01',
          urgent: true,
          urgentHandled: { at: '2026-10-01T21:30:00Z' },
        },
      }), // 23:30 in Copenhagen
      makeCase({
        contact: {
          date: '2026-10-01',
          safety: 'yes',
          urgentHandled: { at: '2026-10-01T22:30:00Z' },
        },
      }), // 00:30 next day
      makeCase({
        contact: { date: '2026-10-01', safety: 'unsure', urgentHandled: { at: '2026-10-05' } },
      }),
      makeCase({ contact: { date: '2026-10-01', urgent: true } }),
      makeCase({ contact: { date: '2026-10-01', safety: 'no' } }),
    ]);
    expect(o.urgent).to.deep.equal({ 'same-day': 1, 'next-day': 1, later: 1, 'not-yet': 1 });
  });
});

describe('aggregation: SDQ before and after, same informant only', () => {
  it('pairs baseline and follow-up of the same informant; a self baseline and a parent follow-up is no pair', () => {
    const o = run([
      inCourse('Cool Kids', {
        questionnaires: [
          sdq('parent', '2026-10-20', 'baseline', 20, 4),
          sdq('parent', '2026-11-15', 'follow-up', 12, 1),
        ],
      }),
      inCourse('Cool Kids', {
        questionnaires: [
          sdq('self', '2026-10-20', 'baseline', 22, 5),
          sdq('parent', '2026-11-15', 'follow-up', 10, 0),
        ],
      }),
      inCourse('Cool Kids', {
        questionnaires: [
          sdq('self', '2026-10-20', 'baseline', 21, 3),
          sdq('teacher', '2026-10-21', 'baseline', 17, 2),
          sdq('self', '2026-11-15', 'follow-up', 19, 3),
          sdq('teacher', '2026-11-16', 'follow-up', 18, null),
          sdq('unknown', '2026-11-16', 'follow-up', 5, 0),
        ],
      }),
      inCourse('Cool Kids'),
      inCourse('Cool Kids'),
    ]);
    const rows = Object.fromEntries(o.sdq.map((r) => [r.informant, r]));
    expect(Object.keys(rows)).to.have.members(['parent', 'self', 'teacher']);
    expect(rows.parent).to.deep.include({
      pairs: 1,
      totalChange: [-8],
      impactChange: [-3],
      highAtBaseline: 1,
      movedOut: 1,
    });
    expect(rows.self).to.deep.include({
      pairs: 1,
      totalChange: [-2],
      impactChange: [0],
      highAtBaseline: 1,
      movedOut: 0,
    });
    // Teacher four bands (12/16/19): 17 and 18 are both "high", so no move; the impact is missing after.
    expect(rows.teacher).to.deep.include({
      pairs: 1,
      totalChange: [1],
      impactChange: [],
      highAtBaseline: 1,
      movedOut: 0,
    });
    expect(o.sdqUnknownInformant).to.equal(1);
  });

  it("a returning child's answers from the earlier course are not this course's baseline", () => {
    const o = run([
      inCourse('Cool Kids', {
        earlierCourses: [
          { contactDate: '2025-01-10', closureDate: '2025-05-01', course: 'Cool Kids' },
        ],
        questionnaires: [
          sdq('parent', '2025-01-20', 'baseline', 25, 6),
          sdq('parent', '2025-04-20', 'follow-up', 15, 2),
          sdq('parent', '2026-10-20', 'baseline', 19, 4),
          sdq('parent', '2026-11-15', 'follow-up', 16, 2),
        ],
      }),
    ]);
    expect(o.sdq[0]).to.deep.include({ pairs: 1, totalChange: [-3], impactChange: [-2] });
  });
});

describe('reading cases: invalid ones are skipped and counted', () => {
  it('counts every case that breaks the contract and keeps the rest', async () => {
    const { validate, JournalCase: schema } = await contractSchemas.load();
    const good = makeCase();
    const result = readCases(
      [good, { id: 'x' }, null, { ...good, child: { birthDate: '2014-13-45' } }, good],
      (item) => validate(schema, item),
    );
    expect(result.invalid).to.equal(3);
    expect(result.cases).to.have.length(2);
    // Listed by path from the list, never with the values.
    const paths = result.issues.map((i) => i.path);
    expect(paths.some((p) => p.startsWith('[1].'))).to.equal(true);
    expect(paths.some((p) => p.startsWith('[2]'))).to.equal(true);
    expect(paths).to.include('[3].child.birthDate');
    expect(paths.filter((p) => p.startsWith('[0]') || p.startsWith('[4]'))).to.deep.equal([]);
    expect(JSON.stringify(result.issues)).not.to.contain('2014-13-45');
    expect(result.issues.filter((i) => i.path.startsWith('[1]')).length).to.be.at.most(3);
  });
});
