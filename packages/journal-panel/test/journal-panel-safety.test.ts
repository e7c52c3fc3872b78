import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { contractSchemas } from '@lettilbud/contract';
import { expectNarrowAndForcedColors } from '@lettilbud/foundations/testing/layout';
import '../src/define.js';
import type { LtJournalPanel } from '../src/journal-panel.js';
import {
  closedAtPreTalk,
  gpConsentMissing,
  gpConsentRefused,
  guidedAwaiting,
  guidedHandedOver,
  inCourse,
  legacyRiskTick,
  noContactDate,
  notificationBlank,
  raisedRiskNoPlan,
  referredPsychiatry,
  returning,
  TODAY,
  urgentHandled,
  urgentOpen,
  urgentOverdue,
} from './fixtures/cases.js';

const $ = (el: Element, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const text = (el: Element, s: string) => $(el, s)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function panel(record: unknown, lang = 'da'): Promise<LtJournalPanel> {
  const el = await fixture<LtJournalPanel>(
    html`<lt-journal-panel lang=${lang} today=${TODAY} .case=${record}></lt-journal-panel>`,
  );
  await waitUntil(() => $(el, 'h2'), 'checked and rendered');
  return el;
}

describe('<lt-journal-panel> safety states', () => {
  // The schemas that check every case load on demand: load them once, on a busy machine
  // more slowly than one test's timeout.
  before(async function () {
    this.timeout(60_000);
    await contractSchemas.load();
  });
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const [name, record] of Object.entries({
    urgentOpen,
    urgentOverdue,
    urgentHandled,
    closedAtPreTalk,
    guidedAwaiting,
    guidedHandedOver,
    referredPsychiatry,
    noContactDate,
    notificationBlank,
    gpConsentMissing,
    gpConsentRefused,
    raisedRiskNoPlan,
    legacyRiskTick,
    returning,
  })) {
    it(`${name}: renders and is accessible at 320 px`, async () => {
      await setViewport({ width: 320, height: 800 });
      const el = await panel(record);
      await expect(el).to.be.accessible();
    });
  }

  it('an urgent contact comes first, with a same-day clock and an action to record it', async () => {
    const el = await panel(urgentOpen);
    const section = $(el, 'section')!;
    expect(section.firstElementChild!.classList.contains('urgent')).to.equal(true);
    expect(text(el, '.urgent')).to.contain('Haster').and.contain('"Ja"').and.contain('i dag');
    expect($(el, '.urgent')!.dataset.state).to.equal('due-today');
    expect($(el, '[data-clock=urgent]')!.dataset.state).to.equal('due-today');
    const fired = oneEvent(el, 'lt-journal-action');
    $(el, '.urgent button')!.click();
    expect((await fired).detail).to.deep.equal({
      action: 'record-urgent-contact',
      caseId: 'case-urgent',
    });
  });

  it('an urgent contact not acted on by the next day is overdue; "not sure" is said', async () => {
    const el = await panel(urgentOverdue);
    expect($(el, '.urgent')!.dataset.state).to.equal('overdue');
    expect(text(el, '.urgent')).to.contain('"Ved ikke"').and.contain('Overskredet: 1 dag over');
    expect($$(el, '.gaps li')[0]!.dataset.gap).to.equal('urgent-late');
  });

  it('once someone acted, the urgent box goes and the clock says who and when', async () => {
    const el = await panel(urgentHandled);
    expect($(el, '.urgent')).to.equal(null);
    const row = $(el, '[data-clock=urgent]')!;
    expect(row.dataset.state).to.equal('met');
    expect(row.textContent).to.contain('Handlet').and.contain('Sara Holm');
    // A date alone is as good as a time; anything else breaks the contract.
    const dateOnly = await panel({
      ...urgentHandled,
      contact: { ...urgentHandled.contact!, urgentHandled: { at: TODAY } },
    });
    expect($(dateOnly, '[data-clock=urgent]')!.dataset.state).to.equal('met');
    const broken = await fixture<LtJournalPanel>(
      html`<lt-journal-panel
        today=${TODAY}
        .case=${{ ...urgentHandled, contact: { ...urgentHandled.contact!, urgentHandled: { at: 'i dag' } } }}
      ></lt-journal-panel>`,
    );
    await waitUntil(() => $(broken, '.problem'), 'refused');
    expect(text(broken, '.problem')).to.contain('contact.urgentHandled.at');
  });

  it('a clock that does not apply says "not relevant" and why, never overdue', async () => {
    for (const [c, why] of [
      [closedAtPreTalk, 'afsluttet ved forsamtalen'],
      [guidedHandedOver, 'vejledt til en anden indsats'],
      [referredPsychiatry, 'henvist til børne- og ungdomspsykiatrien'],
    ] as const) {
      const el = await panel(c);
      const row = $(el, '[data-clock=screening]')!;
      expect(row.dataset.state, c.id).to.equal('not-relevant');
      expect(row.textContent).to.contain('Ikke relevant').and.contain(why);
      expect($$(el, '.clock.overdue')).to.have.length(0);
    }
  });

  it('shows the pre-talk decision and its reason, and who took over', async () => {
    const closed = await panel(closedAtPreTalk);
    expect(text(closed, '[data-part=pre-talk]'))
      .to.contain('Afsluttet')
      .and.contain('Drøftet med familien');
    expect($(closed, '[data-part=screening]')).to.equal(null);
    expect(text(closed, '.timeline [data-stage=screening]')).to.contain('Ikke relevant');
    expect($(closed, '.timeline [data-stage=screening]')!.className).to.equal('skipped');
    expect(text(closed, '#course'))
      .to.contain('Intet behandlingsforløb')
      .and.not.contain('booster');
    const waiting = await panel(guidedAwaiting);
    expect(text(waiting, '[data-part=pre-talk]')).to.contain('Afventer');
    expect(text(waiting, '[data-gap=awaiting-handover]')).to.contain(
      'Vejledt til en anden indsats',
    );
    const taken = await panel(guidedHandedOver);
    expect(text(taken, '[data-part=pre-talk]')).to.contain('Skolens AKT-vejleder');
  });

  it('no contact date: the clocks say they cannot be counted, and it is a gap', async () => {
    const el = await panel(noContactDate);
    expect($$(el, '.clock').map((c) => c.dataset.state)).to.deep.equal([
      'no-contact',
      'no-contact',
    ]);
    expect(text(el, '#clocks')).to.contain('ingen henvendelsesdato');
    expect($(el, '[data-gap=no-contact-date]')).to.not.equal(null);
  });

  it('asks about the duty to notify at pre-talk and screening', async () => {
    const el = await panel(notificationBlank);
    const gaps = $$(el, '[data-gap=notification]').map((li) => li.textContent!);
    expect(gaps).to.have.length(2);
    expect(gaps[0]).to.contain('§ 133').and.contain('Forsamtale');
    expect(gaps[1]).to.contain('Screening');
    const made = await panel(referredPsychiatry);
    expect(text(made, '[data-part=pre-talk]')).to.contain('Foretaget');
  });

  it('never prompts to notify the GP without a GP consent; shows the refusal instead', async () => {
    const actions = (el: Element) => $$(el, '.actions button').map((b) => b.textContent!.trim());
    const given = await panel(inCourse);
    expect(actions(given)).to.include('Orientér egen læge');
    const missing = await panel(gpConsentMissing);
    expect(actions(missing)).to.not.include('Orientér egen læge');
    expect($(missing, '.gp-consent')!.dataset.consent).to.equal('missing');
    expect($(missing, '[data-gap=gp-consent]')).to.not.equal(null);
    expect($(missing, '[data-gap=gp-offer]')).to.equal(null);
    const refused = await panel(gpConsentRefused);
    expect(actions(refused)).to.not.include('Orientér egen læge');
    expect(text(refused, '.gp-consent')).to.contain('afvist').and.contain('Send ikke');
    expect($(refused, '[data-gap=gp-consent]')).to.equal(null);
  });

  it('a raised suicide risk shows the result and what is missing', async () => {
    const el = await panel(raisedRiskNoPlan);
    expect(text(el, '[data-part=screening]'))
      .to.contain('Forhøjet risiko')
      .and.contain('Kriseplan')
      .and.contain('Mangler');
    expect(
      $$(el, '.gaps li')
        .map((li) => li.dataset.gap)
        .slice(0, 2),
    ).to.deep.equal(['no-crisis-plan', 'no-psychiatry-contact']);
    const old = await panel(legacyRiskTick);
    expect(text(old, '[data-part=screening]')).to.contain('resultatet er ikke registreret');
  });

  it('lists earlier courses, collapsed, below; the current themes and clocks lead', async () => {
    const el = await panel(returning);
    const earlier = $(el, 'details#earlier') as HTMLDetailsElement;
    expect(earlier.open).to.equal(false);
    const items = $$(el, '.earlier li').map((li) => li.textContent!);
    expect(items).to.have.length(2);
    expect(items[0]).to.contain('Cool Kids').and.contain('2025');
    expect(items[1]).to.contain('Forløb uden navn');
    expect(text(el, 'header')).to.contain('Gør skade på sig selv');
    expect($(el, '[data-clock=pre-talk]')!.textContent).to.contain('4. dec. 2026');
  });

  it('fits 320 px with forced colors: the urgent box and a raised risk', async () => {
    await expectNarrowAndForcedColors(() => panel(urgentOverdue));
    await expectNarrowAndForcedColors(() => panel(raisedRiskNoPlan));
  });

  it('speaks English for the urgent contact and the not-relevant clocks', async () => {
    const el = await panel(urgentOpen, 'en');
    await waitUntil(() => text(el, '.urgent').includes('Urgent'), 'English');
    expect(text(el, '.urgent')).to.contain('"Yes"');
    const closed = await panel(closedAtPreTalk, 'en');
    await waitUntil(
      () => text(closed, '[data-clock=screening]').includes('Not relevant'),
      'English',
    );
  });
});
