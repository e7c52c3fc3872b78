import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emptySdqScores, type CaseQuestionnaire, type JournalCase } from '@lettilbud/contract';
import '../src/define.js';
import type { LtJournalPanel } from '../src/journal-panel.js';
import { closedWithFollowUp, TODAY } from './fixtures/cases.js';

const $ = (el: Element, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];

const sdq = (
  informant: CaseQuestionnaire['informant'],
  date: string,
  total: number,
  impact: number,
  phase: 'baseline' | 'follow-up',
): CaseQuestionnaire => ({
  instrument: 'SDQ',
  informant,
  date,
  phase,
  scores: { ...emptySdqScores(), totalDifficulties: total, impact },
});

async function panel(record: JournalCase): Promise<LtJournalPanel> {
  const el = await fixture<LtJournalPanel>(
    html`<lt-journal-panel today=${TODAY} .case=${record}></lt-journal-panel>`,
  );
  await waitUntil(() => !el.shadowRoot!.querySelector('p[role=status]'), 'checked');
  return el;
}

describe('<lt-journal-panel> SDQ: like with like', () => {
  it("the chart labels each informant's series and the change rows pair the same informant, impact shown", async () => {
    const el = await panel({
      ...closedWithFollowUp,
      questionnaires: [
        sdq('parent', '2026-04-20', 18, 5, 'baseline'),
        sdq('self', '2026-04-22', 22, 6, 'baseline'),
        sdq('parent', '2026-09-01', 11, 2, 'follow-up'),
        sdq('self', '2026-09-03', 14, 3, 'follow-up'),
      ],
    });
    const chart = $(el, 'svg[role=img]')!;
    expect([...chart.querySelectorAll('text.series')].map((t) => t.textContent)).to.deep.equal([
      'Forælder',
      'Barnet/den unge',
    ]);
    expect(chart.getAttribute('aria-label'))
      .to.contain('Forælder:')
      .and.contain('Barnet/den unge:');
    expect($$(el, 'thead th').map((th) => th.textContent)).to.include('Påvirkning');
    const changes = $$(el, 'tr.change');
    expect(changes.map((r) => r.dataset.informant)).to.deep.equal(['parent', 'self']);
    const cells = (row: HTMLElement) =>
      [...row.querySelectorAll('td')].map((td) => td.textContent!.trim());
    // Parent 18 → 11 and impact 5 → 2; the young person 22 → 14 and 6 → 3: never 18 → 14.
    expect(cells(changes[0]!)).to.include.members(['-7', '-3']);
    expect(cells(changes[1]!)).to.include.members(['-8', '-3']);
    expect(cells(changes[1]!)[0]).to.contain('Barnet/den unge');
    await expect(el).to.be.accessible();
  });

  it('an SDQ whose informant is unknown is shown as unknown, with no change row and a note', async () => {
    const el = await panel({
      ...closedWithFollowUp,
      questionnaires: [
        sdq('unknown', '2026-04-20', 18, 5, 'baseline'),
        sdq('unknown', '2026-09-01', 11, 2, 'follow-up'),
      ],
    });
    expect($$(el, 'tbody td').map((td) => td.textContent)).to.include('Ukendt');
    expect($$(el, 'tr.change').length).to.equal(0);
    expect($(el, '#sdq .note')!.textContent).to.contain('Ukendt');
    await expect(el).to.be.accessible();
  });
});
