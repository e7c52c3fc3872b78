import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { startMockServer } from '@lettilbud/foundations/testing';
import '../src/define.js';
import type { LtOfferFinder } from '../src/offer-finder.js';
import { feed } from './fixtures/feed.js';

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

let releaseSlowFeed = (): void => undefined;
const slowFeed = new Promise<void>((r) => (releaseSlowFeed = r));

describe('<lt-offer-finder> feeds', () => {
  before(async () => {
    (await startMockServer()).use(
      http.get('/feed-slow.json', async () => {
        await slowFeed;
        return HttpResponse.json(feed);
      }),
      http.get('/feed.json', () => HttpResponse.json(feed)),
      http.get('/feed-500.json', () => new HttpResponse(null, { status: 500 })),
      http.get(
        '/feed-html.json',
        () => new HttpResponse('<html>', { headers: { 'Content-Type': 'text/html' } }),
      ),
      http.get('/feed-wrong.json', () => HttpResponse.json({ offers: 'all of them' })),
    );
  });

  it('a slow feed: the search works at once; the offer, with focus on it, once the feed is there', async () => {
    const el = await fixture<LtOfferFinder>(
      html`<lt-offer-finder src="/feed-slow.json"></lt-offer-finder>`,
    );
    const input = () => el.shadowRoot!.querySelector<HTMLInputElement>('#municipality-input');
    await waitUntil(input, 'the search field, while the feed loads');
    expect(text(el)).to.contain('Henter oplysninger');
    await expect(el).to.be.accessible();
    input()!.focus();
    await sendKeys({ type: 'Aarhus' });
    await waitUntil(() => el.shadowRoot!.querySelector('[role=option]'), 'options');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(el).includes('Kommune: Aarhus'), 'chosen');
    expect(text(el)).to.contain('Henter oplysninger');
    expect(text(el)).not.to.contain('Fælles tilbud');
    releaseSlowFeed();
    await waitUntil(() => text(el).includes('Fælles tilbud'), 'the offer');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'results-heading', 'focus moved');
    await expect(el).to.be.accessible();
  });

  it('reads a src feed', async () => {
    const el = await fixture<LtOfferFinder>(
      html`<lt-offer-finder municipality="751" src="/feed.json"></lt-offer-finder>`,
    );
    await waitUntil(() => text(el).includes('Fælles tilbud'), 'loaded');
  });

  for (const [url, kind] of [
    ['/feed-500.json', 'http'],
    ['/feed-html.json', 'invalid-json'],
    ['/feed-wrong.json', 'schema'],
  ] as const) {
    it(`${kind}: says so, fires lt-data-error and falls back to the embedded default`, async () => {
      const el = document.createElement('lt-offer-finder');
      const fired = oneEvent(el, 'lt-data-error');
      el.setAttribute('municipality', '101');
      el.setAttribute('src', url);
      document.body.append(el);
      expect((await fired).detail).to.include({ source: 'directory', kind, fallback: true });
      await waitUntil(() => text(el).includes('Entréen'), 'fallback shown');
      expect(text(el)).to.contain('de oplysninger, vi selv har');
      await expect(el).to.be.accessible();
      el.remove();
    });
  }

  it('the embedded default: Copenhagen with its range, 98 municipalities searchable', async () => {
    const el = await fixture<LtOfferFinder>(
      html`<lt-offer-finder municipality="101"></lt-offer-finder>`,
    );
    await waitUntil(() => text(el).includes('Entréen'), 'default loaded');
    expect(el.shadowRoot!.querySelectorAll('.course').length).to.equal(7);
    expect(text(el)).to.contain('Kontakt kommunen for at høre, hvordan I kommer i gang');
    expect(text(el)).not.to.contain('Vi ved ikke');
  });
});
