import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { fhirToCase } from '@lettilbud/contract';
import { startMockServer } from '@lettilbud/foundations/testing';
import { expectNarrowAndForcedColors } from '@lettilbud/foundations/testing/layout';
import '../src/define.js';
import type { LtOfferOverview } from '../src/offer-overview.js';
import { demoCases, makeCase, PERIOD, TODAY } from './fixtures/cases.js';

const $ = (el: Element, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const settled = (el: LtOfferOverview) =>
  waitUntil(() => !$(el, 'p[role=status]'), 'the cases are checked');

async function overview(cases: unknown): Promise<LtOfferOverview> {
  const el = await fixture<LtOfferOverview>(
    html`<lt-offer-overview
      today=${TODAY}
      from=${PERIOD.from}
      to=${PERIOD.to}
      .cases=${cases}
    ></lt-offer-overview>`,
  );
  await settled(el);
  return el;
}

const josefine = () =>
  fetch(new URL('./fixtures/kl-ltt-josefine-bundle.json', import.meta.url)).then((r) => r.json());

describe('<lt-offer-overview>', () => {
  before(async () => {
    (await startMockServer()).use(
      http.get('/overview/cases', () => HttpResponse.json(demoCases(40))),
      http.get('/overview/broken', () => new HttpResponse('nope', { status: 500 })),
      http.get('/overview/slow', async () => {
        await new Promise((r) => setTimeout(r, 60_000));
        return HttpResponse.json([]);
      }),
    );
  });

  it('empty: no case in the period says there is nothing to show, and is accessible', async () => {
    const el = await overview([]);
    expect(el.shadowRoot!.textContent).to.contain('Der er ingen sager at vise endnu.');
    await expect(el).to.be.accessible();
  });

  it('loading: a status message while the cases are fetched, and is accessible', async () => {
    const el = await fixture<LtOfferOverview>(
      html`<lt-offer-overview src="/overview/slow"></lt-offer-overview>`,
    );
    await waitUntil(() => $(el, 'p[role=status]'), 'loading');
    expect($(el, 'p[role=status]')!.textContent).to.contain('Henter sagerne');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('error: a failed src says so with a retry button, and is accessible', async () => {
    const el = await fixture<LtOfferOverview>(
      html`<lt-offer-overview src="/overview/broken"></lt-offer-overview>`,
    );
    await waitUntil(() => $(el, '[role=alert]'), 'failed');
    expect($(el, '[role=alert]')!.textContent).to.contain('kunne ikke hentes');
    expect($(el, 'button')!.textContent).to.contain('Prøv igen');
    await expect(el).to.be.accessible();
  });

  it('data: every table, the two charts with text alternatives, a CSV button per table, and is accessible', async () => {
    const el = await overview(demoCases(60));
    const tables = $$(el, 'table');
    expect(tables.length).to.equal(12);
    const charts = $$(el, 'svg[role=img]');
    expect(charts.length).to.equal(2);
    for (const c of charts)
      expect(c.getAttribute('aria-label')).to.match(/^Søjlediagram: .+ Tallene står i tabellen\.$/);
    expect($$(el, 'button.csv').length).to.equal(12);
    expect($$(el, 'button.csv')[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Hent CSV: Henvendelser pr. måned og alder',
    );
    await expect(el).to.be.accessible();
  });

  it('loads a JSON array from src', async () => {
    const el = await fixture<LtOfferOverview>(
      html`<lt-offer-overview
        today=${TODAY}
        from=${PERIOD.from}
        src="/overview/cases"
      ></lt-offer-overview>`,
    );
    await waitUntil(() => $(el, 'table'), 'loaded');
    expect($(el, 'figcaption')!.textContent).to.equal('Henvendelser pr. måned og alder');
    expect($$(el, 'table').length).to.be.greaterThan(8);
  });

  it('some invalid cases: skipped, counted and named in an alert ("3 sager kunne ikke læses"), and is accessible', async () => {
    const el = await overview([
      ...demoCases(20),
      { id: 'x' },
      null,
      { ...makeCase(), contractVersion: '9.0.0' },
    ]);
    expect($(el, '[role=alert]')!.textContent).to.contain('3 sager kunne ikke læses');
    expect($$(el, 'table').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('too small to show: 4 contacts say the group is too small, no figure is shown, and is accessible', async () => {
    const el = await overview(
      Array.from({ length: 4 }, () => makeCase({ child: { sex: 'female' } })),
    );
    expect(el.shadowRoot!.textContent).to.contain('Gruppen er for lille til at vise (under 5).');
    const cells = $$(el, 'td').map((td) => td.textContent!.trim());
    expect(cells).to.not.include('4');
    await expect(el).to.be.accessible();
  });

  it('shows no name, CPR number or free text anywhere', async () => {
    const el = await overview(demoCases(60));
    const text = el.shadowRoot!.textContent!;
    expect(text).to.not.contain('Hemmelig');
    expect(text).to.not.contain('FRITEKST');
  });

  it('reads KL Gateway LTT delivery reports through fhirToCase', async () => {
    const bundle = await josefine();
    const contact = (fhirToCase(bundle).record as { contact?: { date?: string } }).contact?.date;
    const el = await fixture<LtOfferOverview>(
      html`<lt-offer-overview
        today=${TODAY}
        from="2000-01-01"
        .bundles=${[bundle, bundle, bundle, bundle, bundle, { resourceType: 'Patient' }]}
      ></lt-offer-overview>`,
    );
    await settled(el);
    expect(contact).to.be.a('string');
    expect($(el, '[role=alert]')!.textContent).to.contain('1 sag kunne ikke læses');
    expect($$(el, 'table').length).to.be.greaterThan(0);
  });

  it('downloads each table as CSV with the suppressed values', async () => {
    const el = await overview(demoCases(60));
    let blob: Blob | undefined;
    let saved = '';
    const original = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      return original.call(URL, b);
    };
    // No real download: in Firefox one takes the window's focus from the tests that follow.
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved = this.download;
    };
    try {
      $$(el, 'button.csv')[2]!.click(); // contacts by sex
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved).to.match(/\.csv$/);
    const csv = await blob!.text();
    expect(csv).to.match(/^\uFEFF?Køn,Antal\r\n/);
    expect(csv).to.contain('I alt,60');
  });

  it('English', async () => {
    const el = await fixture<LtOfferOverview>(
      html`<lt-offer-overview
        lang="en"
        today=${TODAY}
        from=${PERIOD.from}
        .cases=${demoCases(30)}
      ></lt-offer-overview>`,
    );
    await waitUntil(() => $(el, 'h2')?.textContent?.includes('Overview'), 'English');
    expect($(el, 'figcaption')!.textContent).to.equal('Contacts per month and age');
  });

  it('works in a 320 px column and with forced colors, and on a wide screen', async () => {
    await expectNarrowAndForcedColors(() => overview(demoCases(60)));
    await setViewport({ width: 1400, height: 900 });
    try {
      const el = await overview(demoCases(60));
      expect(el.scrollWidth).to.be.at.most(1400);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
