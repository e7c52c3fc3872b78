import { expect } from '@open-wc/testing';
import { Offer, OfferDirectory, validate } from '@lettilbud/contract';
import '@lettilbud/offer-finder';
import {
  DRAFT_KEY,
  FeedEditorHost,
  feedFileName,
  loadFeedChecks,
} from '../src/hosts/feed-editor.js';
import { demoDirectory } from '../src/mocks/demo-data.js';

/** An in-memory Storage, so the tests never touch the page's own localStorage. */
class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();
  get length() {
    return this.#items.size;
  }
  clear() {
    this.#items.clear();
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  key(i: number) {
    return [...this.#items.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  setItem(key: string, value: string) {
    this.#items.set(key, value);
  }
}

interface Page {
  host: FeedEditorHost;
  root: HTMLElement;
  outlet: HTMLElement;
  status: HTMLElement;
  finder: HTMLElement & { directory: unknown; updateComplete: Promise<unknown> };
  saved: { name: string; file: Blob }[];
  storage: MemoryStorage;
  remove(): void;
}

function page(storage = new MemoryStorage()): Page {
  const wrap = document.createElement('div');
  wrap.className = 'feed-editor';
  const root = document.createElement('div');
  const outlet = document.createElement('div');
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  const finder = document.createElement('lt-offer-finder') as Page['finder'];
  outlet.append(finder);
  wrap.append(root, status, outlet);
  document.body.append(wrap);
  const saved: Page['saved'] = [];
  const host = new FeedEditorHost(root, outlet, status, {
    storage,
    save: (name, file) => saved.push({ name, file }),
  });
  host.show();
  return { host, root, outlet, status, finder, saved, storage, remove: () => wrap.remove() };
}

/** The control a visible label names (within a scope), as a user finds it. */
function byLabel<T extends HTMLElement = HTMLInputElement>(scope: ParentNode, text: string): T {
  const label = [...scope.querySelectorAll('label')].find(
    (l) => l.textContent!.replace(/\s+/g, ' ').trim() === text,
  );
  if (!label) throw new Error(`no label "${text}"`);
  const control = label.htmlFor
    ? document.getElementById(label.htmlFor)
    : label.querySelector('input');
  return control as T;
}

/** The fieldset whose legend is this text. */
function group(scope: ParentNode, legend: string | RegExp): HTMLFieldSetElement {
  const found = [...scope.querySelectorAll('fieldset')].find((f) => {
    const text = (f.querySelector('legend')?.textContent ?? '').trim();
    return typeof legend === 'string' ? text === legend : legend.test(text);
  });
  if (!found) throw new Error(`no group "${legend}"`);
  return found;
}

/** Types a value and leaves the field, as a user does (input, then change). */
function type(control: HTMLInputElement | HTMLSelectElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

function tick(box: HTMLInputElement): void {
  box.click();
}

const button = (scope: ParentNode, name: string) =>
  [...scope.querySelectorAll('button')].find(
    (b) => b.textContent!.replace(/\s+/g, ' ').trim() === name,
  )!;

function fillOffer(root: HTMLElement): void {
  type(byLabel<HTMLSelectElement>(root, 'Kommune'), '101');
  type(byLabel(root, 'Tilbuddets navn'), 'Lettilbud (eksempel)');
  type(byLabel(root, 'Telefonnummer (valgfrit)'), '00 00 00 01');
  const monday = group(root, 'Mandag');
  type(byLabel(monday, 'Åbner'), '09:00');
  type(byLabel(monday, 'Lukker'), '15:00');
  button(root, 'Tilføj forløb').click();
  const course = group(root, /^Forløb 1/);
  type(byLabel(course, 'Forløbets navn'), 'Eksempelforløb');
  type(byLabel(group(course, 'Alder, forløbet er for (år)'), 'Fra'), '7');
  type(byLabel(group(course, 'Alder, forløbet er for (år)'), 'Til og med'), '12');
  tick(byLabel(course, 'I en gruppe'));
}

// The host checks with the contract's compiled checks, loaded before it is made (as main.ts).
before(() => loadFeedChecks());

describe('shell: the web team’s feed editor', () => {
  let p: Page;
  afterEach(() => p?.remove());

  it('starts empty, without a preview, and is accessible', async () => {
    p = page();
    expect(byLabel<HTMLSelectElement>(p.root, 'Kommune').value).to.equal('');
    expect(byLabel(p.root, 'Tilbuddets navn').value).to.equal('');
    expect(byLabel(p.root, 'Telefonnummer (valgfrit)').value).to.equal('');
    expect(byLabel<HTMLSelectElement>(p.root, 'Kommune').options).to.have.length(99);
    expect(p.outlet.hidden).to.equal(true);
    expect(p.status.textContent).to.contain('Forhåndsvisningen er skjult');
    await expect(p.root).to.be.accessible();
  });

  it('a problem shows beside its field once the field is left, in Danish, tied to it for screen readers', async () => {
    p = page();
    fillOffer(p.root);
    const monday = group(p.root, 'Mandag');
    const closes = byLabel(monday, 'Lukker');
    type(closes, '08:00');
    const error = document.getElementById(`${closes.id}-error`)!;
    expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Fejl: Telefonen skal lukke senere, end den åbner',
    );
    expect(closes.getAttribute('aria-invalid')).to.equal('true');
    expect(closes.getAttribute('aria-describedby')).to.contain(error.id);
    // Fields not yet visited say nothing yet, and there is no summary before "Hent feed".
    expect(p.root.querySelectorAll('.error-message')).to.have.length(1);
    expect(p.root.querySelector('.error-summary')).to.equal(null);
    expect(p.outlet.hidden).to.equal(true);
    await expect(p.root).to.be.accessible();
    type(closes, '15:00');
    expect(document.getElementById(`${closes.id}-error`)).to.equal(null);
    expect(closes.hasAttribute('aria-invalid')).to.equal(false);
  });

  it('"Hent feed" while invalid downloads nothing, shows the summary and moves focus to it; a link focuses its field', async () => {
    p = page();
    button(p.root, 'Tilføj forløb').click();
    button(p.root, 'Hent feed').click();
    expect(p.saved).to.have.length(0);
    const summary = p.root.querySelector<HTMLElement>('.error-summary')!;
    expect(document.activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll('a')].map((a) => a.textContent!.trim());
    expect(links).to.deep.equal([
      'Vælg den kommune, tilbuddet hører til',
      'Skriv tilbuddets navn',
      'Forløb 1: Skriv forløbets navn',
      'Forløb 1: Skriv den laveste alder som et helt tal fra 0 til 25',
      'Forløb 1: Skriv den højeste alder som et helt tal fra 0 til 25',
      'Forløb 1: Vælg mindst én måde, forløbet foregår på',
    ]);
    // Every problem is shown at its field too.
    expect(p.root.querySelectorAll('.error-message')).to.have.length(links.length);
    await expect(p.root).to.be.accessible();
    summary.querySelectorAll('a')[1]!.click();
    expect(document.activeElement).to.equal(byLabel(p.root, 'Tilbuddets navn'));
    summary.querySelectorAll('a')[5]!.click();
    expect(document.activeElement).to.equal(
      byLabel(group(p.root, /^Forløb 1/), 'Alene med en behandler'),
    );
  });

  it('valid: the preview finder gets the feed, locked to the municipality, and shows the course', async () => {
    p = page();
    fillOffer(p.root);
    p.host.recheck();
    expect(p.outlet.hidden).to.equal(false);
    expect(p.finder.getAttribute('municipality')).to.equal('101');
    expect(p.status.textContent).to.contain('Sådan ser familierne tilbuddet');
    const deadline = Date.now() + 5000;
    while (!p.finder.shadowRoot?.textContent?.includes('Eksempelforløb')) {
      if (Date.now() > deadline) throw new Error('the preview never showed the course');
      await new Promise((r) => setTimeout(r, 50));
    }
    // An invalid change hides it again rather than show what families would not see.
    type(byLabel(p.root, 'Tilbuddets navn'), '');
    expect(p.outlet.hidden).to.equal(true);
  });

  it('follows typing after a pause (debounced), not on every key', async () => {
    p = page();
    fillOffer(p.root);
    p.host.recheck();
    const name = byLabel(p.root, 'Tilbuddets navn');
    name.value = '';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    expect(p.outlet.hidden, 'not yet').to.equal(false);
    await new Promise((r) => setTimeout(r, 400));
    expect(p.outlet.hidden, 'after the pause').to.equal(true);
  });

  it('"Hent feed" when valid saves the feed as JSON named with the municipality code, which the contract reads', async () => {
    p = page();
    fillOffer(p.root);
    button(p.root, 'Hent feed').click();
    expect(p.saved).to.have.length(1);
    const { name, file } = p.saved[0]!;
    expect(name).to.equal(feedFileName('101'));
    expect(name).to.equal('lettilbud-feed-101.json');
    expect(file.type).to.equal('application/json');
    const feed = JSON.parse(await file.text());
    expect(validate(OfferDirectory, feed).ok).to.equal(true);
    const offer = validate(Offer, feed.offers[0]);
    expect(offer.ok && offer.value.courses[0]!.name).to.equal('Eksempelforløb');
    expect(feed.generatedAt).to.be.a('string');
    expect(p.root.querySelector('[role=status]')!.textContent).to.contain(
      'lettilbud-feed-101.json',
    );
  });

  it('courses: add focuses the new name, reorder keeps focus on the moved course, remove says so', () => {
    p = page();
    button(p.root, 'Tilføj forløb').click();
    type(byLabel(group(p.root, /^Forløb 1/), 'Forløbets navn'), 'Første (eksempel)');
    button(p.root, 'Tilføj forløb').click();
    expect(document.activeElement).to.equal(byLabel(group(p.root, /^Forløb 2/), 'Forløbets navn'));
    type(byLabel(group(p.root, /^Forløb 2/), 'Forløbets navn'), 'Andet (eksempel)');
    button(p.root, 'Flyt forløb 2 op').click();
    expect(p.host.form.courses.map((c) => c.name)).to.deep.equal([
      'Andet (eksempel)',
      'Første (eksempel)',
    ]);
    expect(group(p.root, /^Forløb 1/).querySelector('h3')!.textContent).to.equal(
      'Forløb 1: Andet (eksempel)',
    );
    // The moved course is first now: its "up" is gone, so focus is on its "down".
    expect(
      (document.activeElement as HTMLElement).textContent!.replace(/\s+/g, ' ').trim(),
    ).to.equal('Flyt forløb 1 ned');
    button(p.root, 'Fjern forløb 1').click();
    expect(p.host.form.courses.map((c) => c.name)).to.deep.equal(['Første (eksempel)']);
    expect(p.root.querySelector('[role=status]')!.textContent).to.equal('Forløb 1 er fjernet.');
    expect(document.activeElement).to.equal(button(p.root, 'Tilføj forløb'));
  });

  it('keeps a draft in storage and restores it; "Start forfra" empties the form and the draft', () => {
    const storage = new MemoryStorage();
    p = page(storage);
    fillOffer(p.root);
    p.host.recheck();
    expect(storage.getItem(DRAFT_KEY)).to.contain('Lettilbud (eksempel)');
    p.remove();
    p = page(storage);
    expect(byLabel(p.root, 'Tilbuddets navn').value).to.equal('Lettilbud (eksempel)');
    expect(p.host.check.feed).to.not.equal(null);
    button(p.root, 'Start forfra (sletter kladden)').click();
    expect(storage.getItem(DRAFT_KEY)).to.equal(null);
    expect(byLabel(p.root, 'Tilbuddets navn').value).to.equal('');
    expect(byLabel<HTMLSelectElement>(p.root, 'Kommune').value).to.equal('');
    expect(p.outlet.hidden).to.equal(true);
  });

  it('loads an existing feed from a file, and shows its problems with the summary focused', async () => {
    p = page();
    const offer = { ...structuredClone(demoDirectory.offers[0]!), website: 'ikke en adresse' };
    const input = byLabel(p.root, 'Indlæs et eksisterende feed (valgfrit)');
    const files = new DataTransfer();
    files.items.add(
      new File([JSON.stringify({ ...demoDirectory, offers: [offer] })], 'gammelt-feed.json', {
        type: 'application/json',
      }),
    );
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const deadline = Date.now() + 3000;
    while (!p.root.querySelector('.error-summary')) {
      if (Date.now() > deadline) throw new Error('no summary after loading');
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(byLabel(p.root, 'Tilbuddets navn').value).to.equal(offer.name);
    expect(group(p.root, /^Forløb 2/)).to.exist;
    expect(
      [...p.root.querySelectorAll('.error-summary a')].map((a) => a.textContent!.trim()),
    ).to.deep.equal(['Skriv en hel webadresse, der begynder med https://']);
    expect(document.activeElement).to.equal(p.root.querySelector('.error-summary'));
    expect(p.root.querySelector('[role=status]')!.textContent).to.contain('én ting');
  });

  it('a choice in the preview goes nowhere: the host cancels it and no other host sees it', async () => {
    p = page();
    fillOffer(p.root);
    p.host.recheck();
    let reached = false;
    const seen = () => (reached = true);
    document.addEventListener('lt-offer-select', seen);
    const event = new CustomEvent('lt-offer-select', {
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    p.finder.dispatchEvent(event);
    document.removeEventListener('lt-offer-select', seen);
    expect(event.defaultPrevented).to.equal(true);
    expect(reached).to.equal(false);
    expect(p.status.textContent).to.contain('Intet er sendt');
  });
});
