import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { startMockServer } from '@lettilbud/foundations/testing';
import { expectNarrowAndForcedColors } from '@lettilbud/foundations/testing/layout';
import '../src/define.js';
import type { LtJournalPanel } from '../src/journal-panel.js';
import {
  closedWithFollowUp,
  closedWithGaps,
  dueSoon,
  inCourse,
  newContact,
  overdue,
  screened,
  TODAY,
} from './fixtures/cases.js';

const $ = (el: Element, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];

async function panel(record: unknown): Promise<LtJournalPanel> {
  const el = await fixture<LtJournalPanel>(
    html`<lt-journal-panel today=${TODAY} .case=${record}></lt-journal-panel>`,
  );
  // The case is checked against the contract, whose schemas load on demand.
  await waitUntil(() => !el.shadowRoot!.querySelector('p[role=status]'), 'checked');
  return el;
}

describe('<lt-journal-panel>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it("the details' styles arrive with their chunk: the decisions are a two-column list", async () => {
    const el = await panel(screened);
    const facts = $(el, '#decisions dl.facts')!;
    expect(getComputedStyle(facts).display).to.equal('grid');
  });

  for (const [name, record] of Object.entries({
    newContact,
    dueSoon,
    overdue,
    screened,
    inCourse,
    closedWithFollowUp,
    closedWithGaps,
  })) {
    it(`${name}: renders and is accessible at 320 px`, async () => {
      await setViewport({ width: 320, height: 800 });
      const el = await panel(record);
      expect($(el, 'h2')!.textContent).to.equal('Ida Jensen');
      await expect(el).to.be.accessible();
    });
  }

  it('fits 320 px and stays accessible with forced colors, with gaps and an overdue clock', async () => {
    await expectNarrowAndForcedColors(() => panel(closedWithGaps));
    await expectNarrowAndForcedColors(() => panel(overdue));
  });

  it('shows the stage, age and the clocks with due-soon and overdue states', async () => {
    const soon = await panel(dueSoon);
    expect($(soon, '.meta')!.textContent).to.contain('13 år').and.contain('Henvendelse');
    expect($$(soon, '.clock').map((c) => c.dataset.state)).to.deep.equal(['due-soon', 'running']);
    const late = await panel(overdue);
    expect($$(late, '.clock').map((c) => c.dataset.state)).to.deep.equal(['overdue', 'running']);
    expect($(late, '.gaps')!.textContent).to.contain('14 dage');
  });

  it('shows SDQ over time as a chart with a table alternative, and the change', async () => {
    const el = await panel(closedWithFollowUp);
    expect($(el, 'svg[role=img]')!.getAttribute('aria-label')).to.contain('18').and.contain('11');
    expect($(el, 'tr.change')!.textContent).to.contain('-7');
  });

  it('shows course progress and the checklist gaps', async () => {
    const el = await panel(inCourse);
    expect($(el, '#course')!.textContent)
      .to.contain('2 af 10 sessioner')
      .and.contain('Næste session');
    const gaps = await panel(closedWithGaps);
    expect($$(gaps, '.gaps li').map((li) => li.dataset.gap)).to.include.members([
      'suicide-risk',
      'gp-result',
      'coordination-consent',
      'no-booster',
    ]);
  });

  it('says whose consent counts: custody holders under 15, the young person from 15', async () => {
    const el = await panel(screened);
    expect($(el, '.counts')!.textContent).to.contain('forældremyndighed');
    const older = await panel({
      ...screened,
      child: { ...screened.child, birthDate: '2011-11-23' },
    });
    expect($(older, '.counts')!.textContent).to.contain('den unge selv');
  });

  it('never writes: actions go to the host as lt-journal-action', async () => {
    const el = await panel(inCourse);
    const fired = oneEvent(el, 'lt-journal-action');
    $$(el, '.actions button')[1]!.click();
    expect((await fired).detail).to.deep.equal({
      action: 'schedule-booster',
      caseId: 'case-in-course',
    });
  });

  it('renders hostile strings as text', async () => {
    const el = await panel({
      ...newContact,
      child: { ...newContact.child, name: '<img src=x onerror=alert(1)>' },
      responsible: { name: '<script>x</script>' },
    });
    expect($(el, 'h2')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
  });

  it('an invalid record gives an error naming the field, and lt-data-error', async () => {
    const el = document.createElement('lt-journal-panel');
    const fired = oneEvent(el, 'lt-data-error');
    el.case = { ...newContact, child: { birthDate: '10-02-2013' }, contact: { date: 'soon' } };
    document.body.append(el);
    const detail = (await fired).detail;
    expect(detail.issues.map((i: { path: string }) => i.path)).to.include.members([
      'child.birthDate',
      'contact.date',
    ]);
    await el.updateComplete;
    expect($(el, '.problem')!.textContent).to.contain('child.birthDate');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('speaks English', async () => {
    const el = await fixture<LtJournalPanel>(
      html`<lt-journal-panel lang="en" today=${TODAY} .case=${screened}></lt-journal-panel>`,
    );
    await waitUntil(
      () => $(el, '#clocks summary')!.textContent!.includes('Waiting time'),
      'English',
    );
  });
});

describe('<lt-journal-panel> sources', () => {
  before(async () => {
    (await startMockServer()).use(
      http.get('/cases/1', () => HttpResponse.json(screened)),
      http.get('/bundles/josefine', async () =>
        HttpResponse.json(
          await (
            await fetch(new URL('./fixtures/kl-ltt-josefine-bundle.json', import.meta.url))
          ).json(),
        ),
      ),
      http.get('/cases/broken', () => new HttpResponse('nope', { status: 500 })),
    );
  });

  it('loads a case from src', async () => {
    const el = await fixture<LtJournalPanel>(
      html`<lt-journal-panel today=${TODAY} src="/cases/1"></lt-journal-panel>`,
    );
    await waitUntil(() => $(el, 'h2'), 'loaded');
    expect($(el, 'h2')!.textContent).to.equal('Ida Jensen');
  });

  it('loads a FHIR Bundle from src and reads it through the adapter', async () => {
    const el = await fixture<LtJournalPanel>(
      html`<lt-journal-panel today=${TODAY} src="/bundles/josefine"></lt-journal-panel>`,
    );
    await waitUntil(() => $(el, 'h2'), 'loaded');
    expect($(el, 'h2')!.textContent).to.equal('Navn ikke oplyst');
    expect($(el, '.meta')!.textContent).to.contain('Opfølgning og afslutning');
    await expect(el).to.be.accessible();
  });

  it('asks the host with lt-journal-request when only case-id is set', async () => {
    const el = document.createElement('lt-journal-panel');
    el.today = TODAY;
    el.addEventListener('lt-journal-request', (e) => {
      expect(e.detail.caseId).to.equal('case-in-course');
      e.detail.respondWith(Promise.resolve(inCourse));
    });
    el.caseId = 'case-in-course';
    document.body.append(el);
    await waitUntil(() => $(el, 'h2'), 'answered');
    expect($(el, '#course')!.textContent).to.contain('2 af 10');
    el.remove();
  });

  it('says the case could not be loaded, with a retry, and fires lt-data-error', async () => {
    const el = document.createElement('lt-journal-panel');
    const fired = oneEvent(el, 'lt-data-error');
    el.src = '/cases/broken';
    document.body.append(el);
    expect((await fired).detail).to.include({ source: 'case', kind: 'http' });
    await el.updateComplete;
    expect($(el, '.problem')!.textContent).to.contain('kunne ikke hentes');
    await expect(el).to.be.accessible();
    el.remove();
  });
});
