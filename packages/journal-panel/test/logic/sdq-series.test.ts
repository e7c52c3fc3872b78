import { expect } from '@open-wc/testing';
import { emptySdqScores, type CaseQuestionnaire } from '@lettilbud/contract';
import { sdqChanges, sdqSeries } from '../../src/logic/sdq-series.js';

const sdq = (
  informant: CaseQuestionnaire['informant'],
  date: string,
  total: number,
  impact: number | null,
  phase?: 'baseline' | 'follow-up',
): CaseQuestionnaire => ({
  instrument: 'SDQ',
  informant,
  date,
  ...(phase ? { phase } : {}),
  scores: { ...emptySdqScores(), totalDifficulties: total, emotional: 4, impact },
});

describe('journal SDQ: like with like', () => {
  it('groups by informant, oldest first, and never mixes them', () => {
    const list = [
      sdq('self', '2026-09-01', 12, 1),
      sdq('parent', '2026-09-02', 11, 2),
      sdq('parent', '2026-04-20', 18, 5),
      sdq('self', '2026-04-21', 20, 4),
      sdq('unknown', '2026-05-01', 9, null),
    ];
    expect(sdqSeries(list).map((s) => [s.informant, s.results.map((q) => q.date)])).to.deep.equal([
      ['parent', ['2026-04-20', '2026-09-02']],
      ['self', ['2026-04-21', '2026-09-01']],
      ['unknown', ['2026-05-01']],
    ]);
  });

  it("pairs each informant's baseline with its own follow-up, impact included; never the unknown", () => {
    const list = [
      sdq('parent', '2026-04-20', 18, 5, 'baseline'),
      // The young person's first answers come after the parent's follow-up: still paired
      // with the young person's own later answers, never with the parent's.
      sdq('self', '2026-09-10', 20, 4, 'baseline'),
      sdq('parent', '2026-09-02', 11, 2, 'follow-up'),
      sdq('self', '2026-11-01', 15, null, 'follow-up'),
      sdq('unknown', '2026-05-01', 9, 1),
      sdq('unknown', '2026-10-01', 5, 0),
    ];
    const changes = sdqChanges(list);
    expect(changes.map((c) => [c.informant, c.from.date, c.to.date])).to.deep.equal([
      ['parent', '2026-04-20', '2026-09-02'],
      ['self', '2026-09-10', '2026-11-01'],
    ]);
    expect(changes[0]!.delta).to.include({ totalDifficulties: -7, impact: -3, emotional: 0 });
    expect(changes[1]!.delta).to.include({ totalDifficulties: -5, impact: null });
  });

  it('prefers the marked baseline and the last marked follow-up; one SDQ alone has no change', () => {
    const list = [
      sdq('parent', '2026-03-01', 25, 6),
      sdq('parent', '2026-04-20', 18, 5, 'baseline'),
      sdq('parent', '2026-08-01', 14, 3, 'follow-up'),
      sdq('parent', '2026-10-01', 16, 4),
      sdq('teacher', '2026-04-25', 10, 2),
    ];
    const [change] = sdqChanges(list);
    expect([change!.from.date, change!.to.date]).to.deep.equal(['2026-04-20', '2026-08-01']);
    expect(sdqChanges(list).map((c) => c.informant)).to.deep.equal(['parent']);
    // Without phases: first → last.
    const plain = sdqChanges([
      sdq('teacher', '2026-04-25', 10, 2),
      sdq('teacher', '2026-10-25', 7, 1),
    ]);
    expect(plain[0]!.delta.totalDifficulties).to.equal(-3);
  });
});
