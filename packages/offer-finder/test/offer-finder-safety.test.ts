import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import type { LtOfferFinder } from '../src/offer-finder.js';
import { feed } from './fixtures/feed.js';

const $ = (el: Element, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ');
const tels = (el: Element) =>
  $$(el, '.lt-crisis a[href^="tel:"]').map((a) => a.getAttribute('href'));

/** A host's list: one contact for Region Hovedstaden (1084) only, one for everyone. */
const hostCrisis = [
  { name: 'Ring 112 ved livsfare', phone: '112' },
  {
    name: 'Akut psykiatri, Region Hovedstaden (eksempel)',
    phone: '00 00 00 03',
    regions: [1084],
  },
];

async function finder(template: TemplateResult): Promise<LtOfferFinder> {
  const el = await fixture<LtOfferFinder>(template);
  await waitUntil(() => $(el, '#age') && !text(el.shadowRoot!).includes('Henter'), 'loaded');
  return el;
}

describe('<lt-offer-finder> safety: the right region, words families read', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it("a host's crisis contact tagged for Region Hovedstaden shows for København, never for Aarhus or Ærø", async () => {
    for (const [code, shown] of [
      ['101', true],
      ['751', false],
      ['492', false],
    ] as const) {
      const el = await finder(
        html`<lt-offer-finder
          municipality=${code}
          .directory=${feed}
          .crisisContacts=${hostCrisis}
        ></lt-offer-finder>`,
      );
      expect(tels(el), code).to.deep.equal(shown ? ['tel:112', 'tel:00000003'] : ['tel:112']);
      expect(text($(el, '.lt-crisis')!).includes('Region Hovedstaden'), code).to.equal(shown);
      if (shown) await expect(el).to.be.accessible();
    }
  });

  it('before a municipality is chosen no regional contact shows; choosing one brings its own', async () => {
    const el = await finder(
      html`<lt-offer-finder .directory=${feed} .crisisContacts=${hostCrisis}></lt-offer-finder>`,
    );
    expect(tels(el)).to.deep.equal(['tel:112']);
    el.selection = { municipality: '101' };
    await el.updateComplete;
    expect(tels(el)).to.deep.equal(['tel:112', 'tel:00000003']);
    el.selection = { municipality: '492' };
    await el.updateComplete;
    expect(tels(el)).to.deep.equal(['tel:112']);
    await expect(el).to.be.accessible();
  });

  it('the default crisis contacts hold no regional number (no 1813) for any region', async () => {
    for (const code of [null, '101', '751', '492', '851']) {
      const el = await finder(
        html`<lt-offer-finder municipality=${code ?? ''} .directory=${feed}></lt-offer-finder>`,
      );
      expect(text(el.shadowRoot!), String(code)).not.to.contain('1813');
      expect(tels(el), String(code)).to.deep.equal(['tel:112', 'tel:70201201', 'tel:116111']);
      expect(text($(el, '.lt-crisis')!)).to.contain('lægevagten');
    }
  });

  it('Om data: sources and licences sit in a collapsed disclosure at the end, out of the way', async () => {
    const el = await finder(html`<lt-offer-finder .directory=${feed}></lt-offer-finder>`);
    const about = $(el, 'details.about-data') as HTMLDetailsElement;
    expect(about.open).to.equal(false);
    expect(about.querySelector('summary')!.textContent!.trim()).to.equal('Om data');
    // Nothing after it but the live region: it comes after the crisis box.
    const after = [...el.shadowRoot!.children].slice([...el.shadowRoot!.children].indexOf(about));
    expect(after.slice(1).every((n) => n.matches('[role=status], .lt-visually-hidden'))).to.equal(
      true,
    );
    const outside = [...el.shadowRoot!.children]
      .filter((n) => n !== about)
      .map(text)
      .join(' ');
    for (const word of ['PostNord', 'DAGI', 'CC BY', 'licens', 'Klimadatastyrelsen'])
      expect(outside, word).not.to.contain(word);
    await expect(el).to.be.accessible();
    about.querySelector('summary')!.click();
    await waitUntil(() => about.open, 'opened');
    expect(text(about)).to.contain('Lettilbud (eksempeldata)');
    expect(text(about)).to.contain('DAGI');
    expect(text(about)).to.contain('PostNord');
    await expect(el).to.be.accessible();
  });

  it('Om data names the embedded sources when no feed is given, and drops PostNord with a host table', async () => {
    const el = await fixture<LtOfferFinder>(
      html`<lt-offer-finder .postalCodes=${{ '8000': ['751'] }}></lt-offer-finder>`,
    );
    await waitUntil(() => text($(el, '.about-data')!).includes('Sundhedsstyrelsen'), 'default');
    expect(text($(el, '.about-data')!)).not.to.contain('PostNord');
  });

  it('the waiting-time targets are said as targets, with help now beside them', async () => {
    const el = await finder(
      html`<lt-offer-finder municipality="751" .directory=${feed}></lt-offer-finder>`,
    );
    const note = text($(el, '.targets')!);
    expect(note).to.contain('forsøger at').and.to.contain('inden for 14 dage');
    expect(note).to.contain('det er det rigtige').and.to.contain('en behandler');
    expect(note).not.to.match(/senest|psykolog|garant|lover/i);
    const link = $(el, '.targets a') as HTMLAnchorElement;
    expect(link.textContent).to.contain('Kan det ikke vente?');
    link.click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'lt-crisis-heading', 'moved');
    await expect(el).to.be.accessible();
  });

  it('an offer whose status is unknown tells the family what to do, kindly', async () => {
    const unknown = JSON.parse(JSON.stringify(feed));
    unknown.offers[0].status = 'unknown';
    const el = await finder(
      html`<lt-offer-finder municipality="751" .directory=${unknown}></lt-offer-finder>`,
    );
    expect(text($(el, '.status')!)).to.equal(
      'Kontakt kommunen for at høre, hvordan I kommer i gang',
    );
    expect(text(el.shadowRoot!)).not.to.contain('Vi ved ikke');
    await expect(el).to.be.accessible();
  });

  it('an offer with no phone, e-mail or link says where to find them', async () => {
    const el = await fixture<LtOfferFinder>(
      html`<lt-offer-finder municipality="101"></lt-offer-finder>`,
    );
    await waitUntil(() => $(el, '.no-contact'), 'default loaded');
    expect(text($(el, '.no-contact')!)).to.contain('kommunens hjemmeside');
    await expect(el).to.be.accessible();
  });

  it('ticking "Gør skade på sig selv" brings the crisis help forward at once', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await finder(html`<lt-offer-finder .directory=${feed}></lt-offer-finder>`);
    expect($(el, '.crisis-nudge')).to.equal(null);
    const box = $$(el, '.checks label')
      .find((l) => l.textContent!.includes('Gør skade på sig selv'))!
      .querySelector('input')!;
    box.click();
    await el.updateComplete;
    const nudge = $(el, '.crisis-nudge')!;
    expect(text(nudge)).to.contain('Så vent ikke på et forløb');
    expect(el.scrollWidth, 'fits 320 px').to.be.at.most(320);
    await waitUntil(
      () => $(el, '[role=alert]')!.textContent!.includes('vent ikke'),
      'announced at once',
    );
    await expect(el).to.be.accessible();
    nudge.querySelector('a')!.click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'lt-crisis-heading', 'moved');
    box.click();
    await el.updateComplete;
    expect($(el, '.crisis-nudge')).to.equal(null);
  });

  it('the words in English: targets, unknown status, Om data, at 320 px', async () => {
    await setViewport({ width: 320, height: 800 });
    const unknown = JSON.parse(JSON.stringify(feed));
    unknown.offers[0].status = 'unknown';
    const el = await finder(
      html`<lt-offer-finder
        lang="en"
        municipality="751"
        .directory=${unknown}
        .crisisContacts=${hostCrisis}
      ></lt-offer-finder>`,
    );
    await waitUntil(() => text(el.shadowRoot!).includes('Find help'), 'English');
    expect(text($(el, '.targets')!))
      .to.contain('tries to')
      .and.not.to.contain('psychologist');
    expect(text($(el, '.status')!)).to.equal('Contact the municipality to hear how to get started');
    expect(text($(el, '.about-data summary')!)).to.equal('About the data');
    expect(tels(el)).to.deep.equal(['tel:112']);
    ($(el, '.about-data') as HTMLDetailsElement).open = true;
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
