import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { LtOfferFinder } from '../src/offer-finder.js';
import { feed } from './fixtures/feed.js';

const $ = (el: Element, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const input = (el: Element) => $(el, '#municipality-input') as HTMLInputElement;

async function finder(template = html`<lt-offer-finder .directory=${feed}></lt-offer-finder>`) {
  const el = await fixture<LtOfferFinder>(template);
  await waitUntil(() => $(el, '#age'), 'ready');
  return el;
}

async function typeKeys(el: LtOfferFinder, keys: string) {
  input(el).focus();
  await sendKeys({ type: keys });
  await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
}

describe('<lt-offer-finder> municipality combobox (WAI-ARIA APG)', () => {
  it('wires the combobox to its listbox', async () => {
    const el = await finder();
    const box = input(el);
    expect(box.getAttribute('role')).to.equal('combobox');
    expect(box.getAttribute('aria-controls')).to.equal('municipality-list');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(box.hasAttribute('aria-activedescendant')).to.equal(false);
    expect($(el, '#municipality-list')!.getAttribute('role')).to.equal('listbox');
  });

  it('ArrowDown/ArrowUp wrap, Home/End jump, the active option is aria-selected', async () => {
    const el = await finder();
    await typeKeys(el, 'borg');
    const codes = $$(el, '[role=option]').map((o) => o.id);
    expect(codes.length).to.be.greaterThan(1);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(codes[0]);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(codes.at(-1));
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(codes[0]);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(codes.at(-1));
    expect($(el, '[aria-selected=true]')!.id).to.equal(codes.at(-1));
    await expect(el).to.be.accessible();
  });

  it('Escape closes the popup, a second Escape clears the text', async () => {
    const el = await finder();
    await typeKeys(el, 'køb');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).value).to.equal('køb');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).value).to.equal('');
  });

  it('legal names and "aa" find the municipality; a click chooses it and focus moves to the results', async () => {
    const el = await finder();
    await typeKeys(el, 'Københavns Kommune');
    expect($$(el, '[role=option]')[0]!.textContent!.trim()).to.equal('Københavns Kommune');
    input(el).value = '';
    await typeKeys(el, 'aabenraa');
    const option = $$(el, '[role=option]')[0]!;
    expect(option.textContent!.trim()).to.equal('Aabenraa Kommune');
    const changed = oneEvent(el, 'lt-offer-finder-change');
    option.click();
    expect((await changed).detail.municipality).to.equal('580');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'results-heading', 'focus moved');
    expect(text(el)).to.contain('Vi har ikke oplysninger om tilbuddet i Aabenraa Kommune endnu');
    expect(el.selection.municipality).to.equal('580');
  });

  it('"Skift kommune" goes back to the search with focus in the field', async () => {
    const el = await finder(
      html`<lt-offer-finder
        .directory=${feed}
        .selection=${{ municipality: '751' }}
      ></lt-offer-finder>`,
    );
    ($(el, '.chosen button') as HTMLButtonElement).click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'municipality-input', 'focus');
    expect(el.selection.municipality).to.equal(null);
  });

  it('a postal code in one municipality chooses it at once', async () => {
    const el = await finder();
    await typeKeys(el, '8000');
    await waitUntil(() => text(el).includes('Fælles tilbud Aarhus og Odder'), 'chosen');
  });

  it("a host's own postal-code table replaces the shipped one", async () => {
    const el = await finder(
      html`<lt-offer-finder
        .directory=${feed}
        .postalCodes=${{ '1234': ['751', '727'] }}
      ></lt-offer-finder>`,
    );
    await typeKeys(el, '1234');
    await waitUntil(() => $$(el, '.choices button').length === 2, 'asked');
    input(el).value = '';
    await typeKeys(el, '2000');
    expect(text(el)).to.contain('Vi kender ikke postnummer 2000');
    expect(text(el)).not.to.contain('PostNord');
    await expect(el).to.be.accessible();
  });

  it('no match: said in the hint and announced', async () => {
    const el = await finder();
    await typeKeys(el, 'Atlantis');
    expect(text(el)).to.contain('Ingen kommune passer');
    await waitUntil(
      () => $(el, '[role=status][aria-live=polite]')!.textContent!.includes('Ingen kommune'),
      'announced',
    );
    await expect(el).to.be.accessible();
  });

  it('stays accessible in forced-colors mode', async function () {
    // Only Chromium's DevTools protocol can emulate forced colors; Firefox's BiDi cannot.
    if (!navigator.userAgent.includes('Chrome')) this.skip();
    await emulateMedia({ forcedColors: 'active' });
    try {
      const el = await finder();
      await typeKeys(el, 'aarh');
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });
});
