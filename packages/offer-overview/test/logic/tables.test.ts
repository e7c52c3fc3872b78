import { expect } from '@open-wc/testing';
import type { JournalCase } from '@lettilbud/contract';
import { aggregate } from '../../src/logic/aggregate.js';
import { buildTables, formats, toCsv, type Table } from '../../src/logic/tables.js';
import { da } from '../../src/i18n/index.js';
import { demoCases, inCourse, makeCase, PERIOD, sdq, TODAY } from '../fixtures/cases.js';

const tables = (cases: JournalCase[], courses?: string[]) =>
  buildTables(aggregate(cases, PERIOD, TODAY, courses), da, formats('da'), 'da');
const byId = (ts: Table[], id: string) => ts.find((t) => t.id === id)!;
const row = (t: Table, label: string) => t.rows.find((r) => r.label === label)!.cells;

describe('tables: privacy by design', () => {
  it('4 girls are "<5" and the 5 boys are hidden too, so the total cannot give the girls away', () => {
    const cases = [
      ...Array.from({ length: 4 }, () => makeCase({ child: { sex: 'female' } })),
      ...Array.from({ length: 5 }, () => makeCase({ child: { sex: 'male' } })),
    ];
    const sex = byId(tables(cases), 'by-sex');
    expect(row(sex, 'Pige')).to.deep.equal(['<5']);
    expect(row(sex, 'Dreng')).to.deep.equal(['<5']);
    expect(row(sex, 'I alt')).to.deep.equal(['9']);
  });

  it('5 and 5 are shown as they are', () => {
    const cases = [
      ...Array.from({ length: 5 }, () => makeCase({ child: { sex: 'female' } })),
      ...Array.from({ length: 5 }, () => makeCase({ child: { sex: 'male' } })),
    ];
    const sex = byId(tables(cases), 'by-sex');
    expect(row(sex, 'Pige')).to.deep.equal(['5']);
    expect(row(sex, 'I alt')).to.deep.equal(['10']);
    expect(sex.tooSmall).to.equal(false);
  });

  it('a group of 4 contacts says it is too small to show', () => {
    const ts = tables(Array.from({ length: 4 }, () => makeCase()));
    expect(byId(ts, 'by-age').tooSmall).to.equal(true);
    expect(byId(ts, 'contacts-per-month').tooSmall).to.equal(true);
  });

  it('waiting times: a share, median or 90th percentile from too few cases is not shown', () => {
    const ts = tables(
      Array.from({ length: 4 }, () => makeCase({ preTalk: { date: '2026-10-05' } })),
    );
    expect(row(byId(ts, 'waiting'), da.preTalk)).to.deep.equal([
      '<5',
      '0',
      da.tooSmall,
      da.tooSmall,
      da.tooSmall,
      '0',
      '0',
    ]);
  });

  it('SDQ: a course and informant with fewer than 5 pairs says too few; 5 pairs show the mean change with n', () => {
    const pair = (b: number, a: number) =>
      inCourse('Cool Kids', {
        questionnaires: [
          sdq('parent', '2026-10-20', 'baseline', b, 4),
          sdq('parent', '2026-11-15', 'follow-up', a, 2),
        ],
      });
    const four = byId(
      tables([1, 2, 3, 4].map(() => pair(20, 10)).concat([inCourse('Cool Kids')])),
      'sdq',
    );
    expect(four.rows[0]!.cells).to.deep.equal([
      'Forælder',
      '<5',
      da.tooSmall,
      da.tooSmall,
      da.tooSmall,
    ]);
    const five = byId(tables([20, 20, 20, 20, 15].map((b) => pair(b, 10))), 'sdq');
    // Changes -10 x4 and -5: mean -9; impact -2 x5; high at baseline (>= 17): 4 of 5, all moved out, but 4 is too few.
    expect(five.rows[0]!.cells).to.deep.equal(['Forælder', '5', '-9 (5)', '-2 (5)', da.tooSmall]);
  });

  it('no name, CPR number or free text appears in any table or CSV', () => {
    const cases = demoCases(80).map((c, i) =>
      i % 20 ? c : { ...c, plan: { course: 'Hemmelig Hansens forløb 0101101234' } },
    );
    const csv = tables(cases).map(toCsv).join('\n');
    expect(csv).to.not.include('Hemmelig');
    expect(csv).to.not.include('FRITEKST');
    expect(csv).to.not.include('0101101234');
    expect(csv).to.include('Cool Kids');
    // Even a name shared by many cases is not shown when the host lists its courses.
    const many = demoCases(80).map((c, i) => (i % 2 ? c : { ...c, plan: { course: 'Hemmelig' } }));
    const listed = tables(many, ['Cool Kids', 'Chilled']).map(toCsv).join('\n');
    expect(listed).to.not.include('Hemmelig');
    expect(listed).to.not.include('Tankefælder');
    expect(listed).to.include('Andre eller ikke oplyst');
  });

  it('CSV keeps the suppression and quotes fields with commas', () => {
    const csv = toCsv({
      id: 'x',
      caption: 'x',
      head: ['Kommune', 'Antal'],
      rows: [{ label: 'A, B', cells: ['<5'] }],
    });
    expect(csv).to.equal('Kommune,Antal\r\n"A, B",<5');
  });
});
