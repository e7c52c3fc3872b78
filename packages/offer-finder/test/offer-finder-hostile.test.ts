import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse, delay } from 'msw';
import { startMockServer } from '@lettilbud/foundations/testing';
import { CONTRACT_VERSION, Offer } from '@lettilbud/contract';
import '../src/define.js';
import type { LtOfferFinder } from '../src/offer-finder.js';
import { feed } from './fixtures/feed.js';

const $ = (el: Element, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const EVIL = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';

/** Puts EVIL into every string of the offer that the schema lets carry free text. */
function poisonEveryString(offer: Record<string, unknown>): number {
  let count = 0;
  const walk = (node: Record<string, unknown> | unknown[]) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') {
        (node as Record<string, unknown>)[key] = EVIL;
        if (Offer.safeParse(offer).success) count++;
        else (node as Record<string, unknown>)[key] = value;
      } else if (value && typeof value === 'object') walk(value as Record<string, unknown>);
    }
  };
  walk(offer);
  return count;
}

/** A feed of about 5 MB: 2,800 offers with long texts and full course ranges. */
function bigFeed() {
  const offers = Array.from({ length: 2800 }, (_, i) => ({
    ...clone(feed.offers[0]!),
    id: `o${i}`,
    municipalities: [i === 2799 ? '101' : '461'],
    description: 'Lang tekst. '.repeat(80),
  }));
  return { contractVersion: CONTRACT_VERSION, publisher: 'Big', offers };
}

describe('<lt-offer-finder> hostile and malformed input', () => {
  before(async () => {
    (await startMockServer()).use(
      http.get('/big-feed.json', () => HttpResponse.json(bigFeed())),
      http.get('/offline-feed.json', () => HttpResponse.error()),
      http.get('/slow-feed.json', async () => {
        await delay(400);
        return HttpResponse.json(feed);
      }),
    );
  });

  it('renders HTML and script in every free-text string as text', async () => {
    const hostile = clone(feed);
    const offer = hostile.offers[0] as unknown as Record<string, unknown>;
    Object.assign(offer, { description: 'x', waitingTime: { weeks: 3, text: 'x' } });
    Object.assign(hostile.offers[0]!.addresses[0]!, { note: 'x' });
    for (const c of hostile.offers[0]!.courses)
      Object.assign(c, { description: 'x', manual: 'x', provider: 'x' });
    expect(poisonEveryString(offer)).to.be.at.least(14);
    hostile.publisher = EVIL; // shown in the "Om data" disclosure
    const el = await fixture<LtOfferFinder>(
      html`<lt-offer-finder
        municipality="751"
        .directory=${hostile}
        .crisisContacts=${[{ name: EVIL, phone: '112', description: EVIL }]}
        .strings=${{ intro: EVIL }}
      ></lt-offer-finder>`,
    );
    await waitUntil(() => $(el, '.offer'), 'rendered');
    expect(text(el).split('<img src=x').length - 1).to.be.greaterThan(10);
    expect($(el, '.about-data')!.textContent).to.contain('<img src=x');
    expect(el.shadowRoot!.querySelector('img, script, [onerror]')).to.equal(null);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('reads a 5 MB feed from src and shows the right offer', async () => {
    expect(JSON.stringify(bigFeed()).length).to.be.greaterThan(5_000_000);
    const el = await fixture<LtOfferFinder>(
      html`<lt-offer-finder municipality="101" src="/big-feed.json"></lt-offer-finder>`,
    );
    await waitUntil(() => $(el, '.offer'), 'rendered', { timeout: 10_000 });
    expect($$(el, '.offer').length).to.equal(1);
    expect(text(el)).to.contain('Fælles tilbud Aarhus og Odder');
  });

  it('loading: says so in a status, accessible; then shows the feed', async () => {
    const el = await fixture<LtOfferFinder>(
      html`<lt-offer-finder municipality="751" src="/slow-feed.json"></lt-offer-finder>`,
    );
    expect($(el, '.loading')!.textContent).to.contain('Henter');
    await expect(el).to.be.accessible();
    await waitUntil(() => $(el, '.offer'), 'loaded');
  });

  it('network failure: lt-data-error kind network, falls back to the default', async () => {
    const el = document.createElement('lt-offer-finder');
    const fired = oneEvent(el, 'lt-data-error');
    el.setAttribute('municipality', '101');
    el.setAttribute('src', '/offline-feed.json');
    document.body.append(el);
    expect((await fired).detail).to.include({ kind: 'network', fallback: true });
    await waitUntil(() => text(el).includes('Entréen'), 'fallback');
    el.remove();
  });

  it('a later directory wins over an earlier src still loading', async () => {
    const el = await fixture<LtOfferFinder>(
      html`<lt-offer-finder municipality="101" src="/slow-feed.json"></lt-offer-finder>`,
    );
    const own = clone(feed);
    own.offers[0]!.municipalities = ['101'];
    own.offers[0]!.name = 'Værtens eget tilbud';
    el.directory = own;
    await waitUntil(() => text(el).includes('Værtens eget tilbud'), 'host directory shown');
    await new Promise((r) => setTimeout(r, 600));
    expect(text(el), 'the slow feed does not overwrite it').to.contain('Værtens eget tilbud');
  });

  it('ignores invalid properties with a warning, never throws', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<LtOfferFinder>(
        html`<lt-offer-finder
          municipality="999"
          age="old"
          format="yoga"
          .concerns=${['anxiety']}
          .crisisContacts=${'call someone'}
          .postalCodes=${{ '2000': 'København' }}
          .directory=${feed}
        ></lt-offer-finder>`,
      );
      await waitUntil(() => $(el, '#age'), 'ready');
      expect($(el, '#municipality-input')).not.to.equal(null); // not locked
      expect(el.selection).to.deep.equal({
        municipality: null,
        age: null,
        concerns: [],
        format: null,
      });
      expect($$(el, '.lt-crisis a[href^="tel:"]').length).to.equal(3);
      expect(warnings.join(' ')).to.contain('municipality').and.to.contain('format');
      expect(warnings.join(' ')).not.to.contain('yoga'); // no values in warnings
    } finally {
      console.warn = warn;
    }
  });

  it('a not-yet-running offer says so and offers no self-referral', async () => {
    const later = clone(feed);
    later.offers[0]!.status = 'not-yet-running';
    const el = await fixture<LtOfferFinder>(
      html`<lt-offer-finder municipality="751" .directory=${later}></lt-offer-finder>`,
    );
    await waitUntil(() => $(el, '.offer'), 'rendered');
    expect(text(el)).to.contain('Tilbuddet er ikke startet endnu');
    expect($$(el, '.course button').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('a host cancels lt-offer-select to keep the link from opening', async () => {
    const el = await fixture<LtOfferFinder>(
      html`<lt-offer-finder municipality="751" .directory=${feed}></lt-offer-finder>`,
    );
    await waitUntil(() => $(el, '.offer'), 'rendered');
    el.addEventListener('lt-offer-select', (e) => e.preventDefault(), { once: true });
    const link = $(el, 'a[href^="mailto:"]') as HTMLAnchorElement;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).to.equal(true);
  });

  it("the crisis box lists the host's contacts instead of the defaults", async () => {
    const el = await fixture<LtOfferFinder>(
      html`<lt-offer-finder
        .directory=${feed}
        .crisisContacts=${[
          { name: 'Akut hjælp (eksempel)', phone: '00 00 00 02', description: 'Altid åben' },
        ]}
      ></lt-offer-finder>`,
    );
    expect($$(el, '.lt-crisis a[href^="tel:"]').map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:00000002',
    ]);
  });
});
