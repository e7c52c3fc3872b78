import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import type { LtOfferFinder } from '../src/offer-finder.js';
import { feed } from './fixtures/feed.js';

const $ = (el: Element, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

async function finder(
  template = html`<lt-offer-finder .directory=${feed}></lt-offer-finder>`,
): Promise<LtOfferFinder> {
  const el = await fixture<LtOfferFinder>(template);
  await waitUntil(
    () => !$(el, '[role=status]:not(.lt-visually-hidden)') && !text(el).includes('Henter'),
    'loaded',
  );
  return el;
}

async function type(el: LtOfferFinder, value: string): Promise<void> {
  const input = $(el, '#municipality-input') as HTMLInputElement;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
}

describe('<lt-offer-finder>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('national search: the combobox by keyboard (type, arrow, Enter) chooses the municipality', async () => {
    const el = await finder();
    await expect(el).to.be.accessible();
    ($(el, '#municipality-input') as HTMLInputElement).focus();
    await sendKeys({ type: 'aarh' });
    await waitUntil(() => $$(el, '[role=option]').length > 0, 'options');
    const input = $(el, '#municipality-input')!;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('municipality-751');
    await expect(el).to.be.accessible();
    const changed = oneEvent(el, 'lt-offer-finder-change');
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail.municipality).to.equal('751');
    await el.updateComplete;
    expect(text(el)).to.contain('Fælles tilbud Aarhus og Odder');
    await expect(el).to.be.accessible();
  });

  it('locked to one municipality shows its offer straight away', async () => {
    const el = await finder(
      html`<lt-offer-finder municipality="727" .directory=${feed}></lt-offer-finder>`,
    );
    expect($(el, '#municipality-input')).to.equal(null);
    expect(text(el)).to.contain('For børn og unge i Aarhus, Odder');
    expect(text(el)).to.contain('Oplysningerne er sidst tjekket 1. november 2026');
    expect(text(el)).to.contain('(en forsamtale) inden for 14 dage');
    expect(text(el)).to.contain('(en screening) inden for 30 dage');
    expect(text(el)).to.contain('I kan altid kontakte tilbuddet igen');
    await expect(el).to.be.accessible();
  });

  it('a postal code spanning two municipalities asks which', async () => {
    const el = await finder();
    await type(el, '2000');
    await waitUntil(() => text(el).includes('flere kommuner'), 'asked');
    const buttons = $$(el, '.choices button').map((b) => b.textContent!.trim());
    expect(buttons).to.have.members(['Københavns Kommune', 'Frederiksberg Kommune']);
    await expect(el).to.be.accessible();
  });

  it('no match is said kindly', async () => {
    const el = await finder();
    await type(el, 'Atlantis');
    expect(text(el)).to.contain('Ingen kommune passer');
  });

  it('a municipality without details: says so, invents nothing, points on', async () => {
    const el = await finder(
      html`<lt-offer-finder municipality="461" .directory=${feed}></lt-offer-finder>`,
    );
    expect(text(el)).to.contain('Vi har ikke oplysninger om tilbuddet i Odense Kommune');
    expect($$(el, 'a[href^="tel:"]').map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:112',
      'tel:70201201',
      'tel:116111',
    ]);
    await expect(el).to.be.accessible();
  });

  it('outside the age range: a kind guide, not an empty page', async () => {
    const el = await finder(
      html`<lt-offer-finder
        municipality="751"
        .directory=${feed}
        .selection=${{ age: 4 }}
      ></lt-offer-finder>`,
    );
    expect(text(el)).to.contain('Tilbuddet er for børn fra 5 år');
    el.selection = { age: 18 };
    await el.updateComplete;
    expect(text(el)).to.contain('gøre det færdigt efter du fylder 18');
    await expect(el).to.be.accessible();
  });

  it('filters courses by age, concern and format and announces the count', async () => {
    const el = await finder(
      html`<lt-offer-finder municipality="751" .directory=${feed}></lt-offer-finder>`,
    );
    expect($$(el, '.course').length).to.equal(2);
    el.selection = { age: 13, concerns: ['self-harm'], format: 'individual' };
    await el.updateComplete;
    expect($$(el, '.course h4').map((h) => h.textContent)).to.deep.equal(['STIME selvskade']);
    el.selection = { age: 8, concerns: ['self-harm'] };
    await el.updateComplete;
    expect(text(el)).to.contain('Ingen forløb passer præcist');
  });

  it('phone open now and closed, in Copenhagen time', async () => {
    const el = await finder(
      html`<lt-offer-finder
        municipality="751"
        .directory=${feed}
        .now=${new Date('2026-11-23T10:00:00Z')}
      ></lt-offer-finder>`,
    );
    expect($(el, '.open-status')!.textContent).to.equal('Åben nu, til kl. 15:00');
    expect($(el, 'a.phone')!.getAttribute('href')).to.equal('tel:00000001');
    el.now = new Date('2026-11-23T19:00:00Z');
    await el.updateComplete;
    expect($(el, '.open-status')!.textContent).to.contain('Lukket nu. Åbner tirsdag');
  });

  it('getting in touch fires lt-offer-select with municipality, offer, course and channel', async () => {
    const el = await finder(
      html`<lt-offer-finder municipality="727" .directory=${feed}></lt-offer-finder>`,
    );
    const fired = oneEvent(el, 'lt-offer-select');
    $$(el, '.course button')[0]!.click();
    expect((await fired).detail).to.deep.equal({
      municipality: '727',
      offerId: 'aarhus-odder',
      courseId: 'cool-kids',
      channel: 'self-referral',
    });
  });

  it('referral-url: with no host handling the choice, contact opens the referral page with it in the query', async () => {
    const el = await finder(
      html`<lt-offer-finder
        municipality="727"
        referral-url="/henvisning.html?sprog=da"
        .directory=${feed}
      ></lt-offer-finder>`,
    );
    const opened: string[] = [];
    (el as unknown as { openReferral: (url: string) => void }).openReferral = (url) =>
      opened.push(url);
    $$(el, '.course button')[0]!.click();
    await waitUntil(() => opened.length === 1, 'the referral page opened');
    const url = new URL(opened[0]!);
    expect(url.pathname).to.equal('/henvisning.html');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      sprog: 'da',
      municipality: '727',
      offer: 'aarhus-odder',
      course: 'cool-kids',
    });
    // A host that handles the choice (cancels the event) keeps the visitor on its page.
    const cancel = (e: Event) => e.preventDefault();
    el.addEventListener('lt-offer-select', cancel);
    $$(el, '.course button')[0]!.click();
    await new Promise((r) => setTimeout(r, 50));
    el.removeEventListener('lt-offer-select', cancel);
    expect(opened).to.have.length(1);
  });

  it('renders HTML and script in every string as text', async () => {
    const evil = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
    const hostile = JSON.parse(JSON.stringify(feed));
    Object.assign(hostile.offers[0], { name: evil, description: evil });
    hostile.offers[0].courses[0].name = evil;
    hostile.offers[0].addresses[0].note = evil;
    const el = await finder(
      html`<lt-offer-finder municipality="751" .directory=${hostile}></lt-offer-finder>`,
    );
    expect(text(el)).to.contain('<img src=x');
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('an invalid entry is skipped and reported by path; the rest renders', async () => {
    const partial = JSON.parse(JSON.stringify(feed));
    partial.offers.push({ ...partial.offers[0], id: 'broken', website: 'javascript:alert(1)' });
    const el = document.createElement('lt-offer-finder');
    const fired = oneEvent(el, 'lt-data-error');
    el.municipality = '751';
    el.directory = partial;
    document.body.append(el);
    const detail = (await fired).detail;
    expect(detail).to.include({ kind: 'schema', fallback: false });
    expect(detail.issues.map((i: { path: string }) => i.path)).to.deep.equal(['offers[1].website']);
    await el.updateComplete;
    expect(text(el)).to.contain('1 tilbud kan ikke vises');
    expect($$(el, '.offer').length).to.equal(1);
    el.remove();
  });

  it('deep link: the selection property restores municipality and filters', async () => {
    const el = await finder(
      html`<lt-offer-finder
        .directory=${feed}
        .selection=${{ municipality: '751', age: 9, concerns: ['worry'] }}
      ></lt-offer-finder>`,
    );
    expect(text(el)).to.contain('Aarhus Kommune');
    expect($$(el, '.course h4').map((h) => h.textContent)).to.deep.equal(['Cool Kids']);
  });

  it('fits 320 px and speaks English', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await finder(
      html`<lt-offer-finder lang="en" municipality="751" .directory=${feed}></lt-offer-finder>`,
    );
    await waitUntil(() => text(el).includes('Find help'), 'English');
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
