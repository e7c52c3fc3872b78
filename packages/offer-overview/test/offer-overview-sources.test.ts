import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { DataErrorDetail, LtEvent, OverviewRequestDetail } from '@lettilbud/contract';
import { startMockServer } from '@lettilbud/foundations/testing';
import { expectNarrowAndForcedColors } from '@lettilbud/foundations/testing/layout';
import '../src/define.js';
import type { LtOfferOverview } from '../src/offer-overview.js';
import { demoCases, makeCase, PERIOD, TODAY } from './fixtures/cases.js';

const $ = (el: Element, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
type Answer = (detail: OverviewRequestDetail) => void;

/** A host (a wrapper) that answers lt-overview-request and records every lt-data-error. */
async function hosted(answer: Answer | null, attrs: { groupBy?: string; from?: string } = {}) {
  const requests: OverviewRequestDetail[] = [];
  const errors: DataErrorDetail[] = [];
  const host = await fixture<HTMLDivElement>(
    html`<div
      @lt-overview-request=${(e: LtEvent<OverviewRequestDetail>) => {
        requests.push(e.detail);
        answer?.(e.detail);
      }}
      @lt-data-error=${(e: LtEvent<DataErrorDetail>) => errors.push(e.detail)}
    >
      <lt-offer-overview
        today=${TODAY}
        from=${attrs.from ?? PERIOD.from}
        to=${PERIOD.to}
        group-by=${attrs.groupBy ?? ''}
      ></lt-offer-overview>
    </div>`,
  );
  const el = host.querySelector<LtOfferOverview>('lt-offer-overview')!;
  return { el, requests, errors };
}

/** The overview with a src, recording every lt-data-error. */
async function fromSrc(src: string) {
  const errors: DataErrorDetail[] = [];
  const host = await fixture<HTMLDivElement>(
    html`<div @lt-data-error=${(e: LtEvent<DataErrorDetail>) => errors.push(e.detail)}>
      <lt-offer-overview today=${TODAY} from=${PERIOD.from} src=${src}></lt-offer-overview>
    </div>`,
  );
  const el = host.querySelector<LtOfferOverview>('lt-offer-overview')!;
  await waitUntil(() => errors.length, 'lt-data-error');
  return { el, errors };
}

describe('<lt-offer-overview>: where the cases come from', () => {
  before(async () => {
    (await startMockServer()).use(
      http.get('/sources/500', () => new HttpResponse('down', { status: 500 })),
      http.get('/sources/not-json', () => new HttpResponse('<html>', { status: 200 })),
      http.get('/sources/offline', () => HttpResponse.error()),
      http.get('/api/cases', ({ request }) => {
        const from = new URL(request.url).searchParams.get('from');
        return HttpResponse.json(from === PERIOD.from ? demoCases(30) : []);
      }),
    );
  });

  it('asks the host for the period (and the grouping), and shows its answer', async () => {
    const { el, requests } = await hosted((d) => d.respondWith(Promise.resolve(demoCases(30))), {
      groupBy: 'municipality',
    });
    await waitUntil(() => $(el, 'table'), 'the answer is shown');
    expect(requests).to.have.length(1);
    expect(requests[0]).to.include({ from: PERIOD.from, to: PERIOD.to, groupBy: 'municipality' });
    await expect(el).to.be.accessible();
  });

  it('asking: says it is asking while the host has not answered, and is accessible', async () => {
    const { el } = await hosted((d) => d.respondWith(new Promise(() => {})));
    await waitUntil(() => $(el, 'p[role=status]')?.textContent?.includes('Spørger'), 'asking');
    expect($(el, 'p[role=status]')!.textContent).to.equal('Spørger fagsystemet efter sagerne …');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('asks again when the period changes, and not when only "today" does', async () => {
    const { el, requests } = await hosted((d) => d.respondWith(demoCases(10)));
    await waitUntil(() => $(el, 'table'), 'first answer');
    el.from = '2026-09-01';
    await waitUntil(() => requests.length === 2, 'asked again');
    expect(requests[1]!.from).to.equal('2026-09-01');
    el.today = '2026-11-21';
    await new Promise((r) => setTimeout(r, 50));
    expect(requests).to.have.length(2);
  });

  it('not set up: with no source and no answer it says so at once and fires lt-data-error (no-handler)', async () => {
    const started = performance.now();
    const { el, errors } = await hosted(null);
    await waitUntil(() => $(el, '[role=alert]'), 'not set up');
    expect(performance.now() - started).to.be.below(1000);
    expect($(el, '[role=alert] h2')!.textContent).to.equal('Overblikket er ikke sat op endnu');
    expect($(el, 'p[role=status]')).to.equal(null);
    await waitUntil(() => errors.length, 'lt-data-error');
    expect(errors[0]).to.deep.include({ source: 'cases', kind: 'no-handler', fallback: false });
    expect(errors[0]!.issues[0]!.path).to.equal('cases');
    await expect(el).to.be.accessible();
  });

  it('a host that sets the cases right after attaching it is never asked', async () => {
    const requests: unknown[] = [];
    const host = await fixture<HTMLDivElement>(
      html`<div @lt-overview-request=${(e: Event) => requests.push(e)}></div>`,
    );
    const el = document.createElement('lt-offer-overview');
    el.setAttribute('today', TODAY);
    host.append(el);
    await Promise.resolve();
    el.cases = demoCases(10);
    await waitUntil(() => $(el, 'table'), 'shown');
    await new Promise((r) => setTimeout(r, 20));
    expect(requests).to.have.length(0);
  });

  it('a wrong-shaped answer: the console names the event and the fields, the overview says so and fires lt-data-error (schema)', async () => {
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const { el, errors } = await hosted((d) =>
        d.respondWith({ cases: [makeCase({ child: { name: 'Hemmelig Hansen' } })] }),
      );
      await waitUntil(() => errors.length, 'lt-data-error');
      expect(errors[0]).to.deep.include({ source: 'cases', kind: 'schema' });
      expect($(el, '[role=alert]')!.textContent).to.contain('ikke er en liste af sager');
      expect(logged.join('\n')).to.match(
        /<lt-offer-overview>: the answer to lt-overview-request \(respondWith\(\)\) does not match the contract: .*docs\/contract\.md, "lt-overview-request"/,
      );
      expect(logged.join('\n')).not.to.contain('Hemmelig');
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it('load failure: HTTP 500, invalid JSON and no network each fire lt-data-error with their kind', async () => {
    const http500 = await fromSrc('/sources/500');
    expect(http500.errors[0]).to.deep.include({ source: 'cases', kind: 'http', status: 500 });
    expect($(http500.el, '[role=alert]')!.textContent).to.contain('kunne ikke hentes');
    await expect(http500.el).to.be.accessible();
    expect((await fromSrc('/sources/not-json')).errors[0]!.kind).to.equal('invalid-json');
    expect((await fromSrc('/sources/offline')).errors[0]!.kind).to.equal('network');
  });

  it('invalid cases: the rest are shown, "3 sager kunne ikke læses", and lt-data-error lists their paths, never values', async () => {
    const errors: DataErrorDetail[] = [];
    const host = await fixture<HTMLDivElement>(
      html`<div @lt-data-error=${(e: LtEvent<DataErrorDetail>) => errors.push(e.detail)}>
        <lt-offer-overview
          today=${TODAY}
          from=${PERIOD.from}
          .cases=${[
            ...demoCases(20),
            { id: 'x', child: { name: 'Hemmelig Hansen' } },
            null,
            { ...makeCase(), child: { name: 'Hemmelig Hansen', birthDate: '2014-13-45' } },
          ]}
        ></lt-offer-overview>
      </div>`,
    );
    const el = host.querySelector<LtOfferOverview>('lt-offer-overview')!;
    await waitUntil(() => errors.length, 'lt-data-error');
    expect(errors[0]).to.deep.include({ source: 'cases', kind: 'schema', fallback: false });
    const paths = errors[0]!.issues.map((i) => i.path);
    expect(paths.every((p) => /^\[(20|21|22)\]/.test(p))).to.equal(true);
    expect(paths).to.include('[22].child.birthDate');
    expect(JSON.stringify(errors[0])).not.to.match(/Hemmelig|2014-13-45/);
    expect($(el, '[part=problem]')!.textContent).to.contain('3 sager kunne ikke læses');
    expect($$(el, 'table').length).to.be.greaterThan(8);
  });

  it('grouped: group-by="municipality" splits the headline tables; a group too small says so; accessible', async () => {
    const cases = [
      ...demoCases(40),
      ...Array.from({ length: 3 }, () => makeCase({ child: { municipality: '151' } })),
    ];
    const host = await fixture<HTMLDivElement>(
      html`<div>
        <lt-offer-overview
          today=${TODAY}
          from=${PERIOD.from}
          to=${PERIOD.to}
          group-by="municipality"
          .cases=${cases}
        ></lt-offer-overview>
      </div>`,
    );
    const el = host.querySelector<LtOfferOverview>('lt-offer-overview')!;
    await waitUntil(() => $(el, '#h-grouped'), 'grouped');
    expect($(el, '#h-grouped')!.textContent).to.equal('Opdelt efter kommune');
    const captions = $$(el, '#h-grouped ~ .tables figcaption').map((c) => c.textContent);
    expect(captions).to.deep.equal([
      'Henvendelser efter kommune og alder',
      'Udfald af forsamtalen efter kommune',
      'Ventetid efter kommune',
    ]);
    const ballerup = $$(el, 'section[aria-labelledby=h-grouped] tr').filter(
      (tr) => tr.querySelector('th')!.textContent === 'Ballerup',
    );
    expect(ballerup).to.have.length(3);
    for (const tr of ballerup)
      expect(tr.querySelector('td')!.textContent).to.equal('For få til at vise (under 5)');
    await expect(el).to.be.accessible();
  });

  it('grouped by course: works in a 320 px column and with forced colors', async () => {
    await expectNarrowAndForcedColors(async () => {
      const host = await fixture<HTMLDivElement>(
        html`<div>
          <lt-offer-overview
            today=${TODAY}
            from=${PERIOD.from}
            to=${PERIOD.to}
            group-by="course"
            .cases=${demoCases(60)}
          ></lt-offer-overview>
        </div>`,
      );
      const el = host.querySelector<LtOfferOverview>('lt-offer-overview')!;
      await waitUntil(() => $(el, '#h-grouped'), 'grouped');
      expect($(el, '#h-grouped')!.textContent).to.equal('Opdelt efter forløb');
      return el;
    });
  });

  it('a wrong group-by value warns once, naming the attribute, and shows no grouping', async () => {
    const warned: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args.join(' '));
    try {
      const host = await fixture<HTMLDivElement>(
        html`<div>
          <lt-offer-overview
            today=${TODAY}
            from=${PERIOD.from}
            group-by="school"
            .cases=${demoCases(20)}
          ></lt-offer-overview>
        </div>`,
      );
      const el = host.querySelector<LtOfferOverview>('lt-offer-overview')!;
      await waitUntil(() => $(el, 'table'), 'shown');
      expect($(el, '#h-grouped')).to.equal(null);
      expect(warned.join('\n')).to.contain('group-by');
    } finally {
      console.warn = original;
    }
  });

  it("the README's host snippet works as written", async () => {
    const readme = await (await fetch('/packages/offer-overview/README.md')).text();
    const snippet = /<!-- snippet:ask -->\s*```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(snippet, 'the snippet in the README').to.be.a('string');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    // The snippet listens on `document`; here on a wrapper, so it ends with the test.
    new Function('document', snippet!)(host);
    const el = document.createElement('lt-offer-overview');
    el.setAttribute('today', TODAY);
    el.setAttribute('from', PERIOD.from);
    el.setAttribute('to', PERIOD.to);
    const asked = oneEvent(host, 'lt-overview-request');
    host.append(el);
    await asked;
    await waitUntil(() => $(el, 'table'), 'the snippet answered');
    expect($(el, '#lt-overview-title')!.textContent).to.contain('Ledelsesoverblik');
  });
});
