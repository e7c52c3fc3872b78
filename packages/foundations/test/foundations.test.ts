import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { oneOf, dataError } from '@lettilbud/contract';
import {
  LtElement,
  LiveAnnouncer,
  baseStyles,
  defaultCrisisContacts,
  plural,
  renderCrisisBox,
  strings,
  LazyCatalogs,
  toLocale,
  tokens,
  crisisStyles,
} from '../src/index.js';

const catalogs = {
  da: {
    hello: 'Hej',
    count: (n: number) => `${n} ${plural('da', n, { one: 'forløb', other: 'forløb' })}`,
  },
  en: {
    hello: 'Hello',
    count: (n: number) => `${n} ${plural('en', n, { one: 'course', other: 'courses' })}`,
  },
};

@customElement('lt-test-element')
class LtTestElement extends LtElement {
  static override styles = [tokens, baseStyles, crisisStyles];
  readonly live = new LiveAnnouncer(this);
  storage: unknown = undefined;
  get storageMode() {
    return this.checked(
      'storage',
      this.storage,
      oneOf(['session', 'local', 'none']),
      'session',
      'session, local or none',
    );
  }
  override render() {
    const t = strings(catalogs, this.localeController.locale);
    return html`<p>${t.hello}</p>
      ${renderCrisisBox({ contacts: defaultCrisisContacts(this.localeController.locale), heading: 'Brug for hjælp nu?' })}
      ${this.live.render()}`;
  }
  fire(detail: unknown) {
    return this.emit(dataError, detail as never);
  }
}

describe('LtElement', () => {
  it('define() tolerates a second registration of the same tag', () => {
    expect(() => LtTestElement.define('lt-test-element')).not.to.throw();
  });

  it('speaks Danish by default, follows its own lang and the page lang live', async () => {
    const el = await fixture<LtTestElement>(html`<lt-test-element></lt-test-element>`);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Hej');
    el.setAttribute('lang', 'en-GB');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Hello');
    el.removeAttribute('lang');
    document.documentElement.lang = 'en';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Hello');
    document.documentElement.lang = '';
  });

  it('is accessible with the crisis box and live regions', async () => {
    const el = await fixture<LtTestElement>(html`<lt-test-element></lt-test-element>`);
    await expect(el).to.be.accessible();
    const tel = [...el.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((a) =>
      a.getAttribute('href'),
    );
    expect(tel).to.deep.equal(['tel:112', 'tel:70201201', 'tel:116111']);
  });

  it('warns once about a wrong attribute value, without the value, and falls back', async () => {
    const el = await fixture<LtTestElement>(html`<lt-test-element></lt-test-element>`);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (msg: string) => warnings.push(msg);
    try {
      el.storage = 'cloud-secret-value';
      expect(el.storageMode).to.equal('session');
      expect(el.storageMode).to.equal('session');
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0])
      .to.contain('<lt-test-element>')
      .and.contain('storage')
      .and.contain('session, local or none');
    expect(warnings[0]).not.to.contain('cloud-secret-value');
  });

  it('emit() dispatches a valid detail bubbling and composed', async () => {
    const el = await fixture<LtTestElement>(html`<lt-test-element></lt-test-element>`);
    const detail = { source: 'directory', kind: 'http', status: 500, fallback: true, issues: [] };
    setTimeout(() => el.fire(detail));
    const event = await oneEvent(document, 'lt-data-error');
    expect(event.detail).to.deep.equal(detail);
    expect(event.composed).to.equal(true);
  });

  it('emit() refuses a detail that breaks the contract and reports the path', async () => {
    const el = await fixture<LtTestElement>(html`<lt-test-element></lt-test-element>`);
    let fired = false;
    el.addEventListener('lt-data-error', () => (fired = true));
    const errors: string[] = [];
    const original = console.error;
    console.error = (msg: string) => errors.push(msg);
    try {
      expect(
        await el.fire({ source: 'directory', kind: 'bogus', fallback: true, issues: [] }),
      ).to.equal(false);
    } finally {
      console.error = original;
    }
    expect(fired).to.equal(false);
    expect(errors[0]).to.contain('kind');
  });

  it('LiveAnnouncer puts the message in the polite region', async () => {
    const el = await fixture<LtTestElement>(html`<lt-test-element></lt-test-element>`);
    el.live.announce('3 forløb passer');
    await waitUntil(
      () => el.shadowRoot!.querySelector('[role=status]')!.textContent!.includes('forløb'),
      'announced',
    );
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim()).to.equal(
      '3 forløb passer',
    );
  });
});

describe('i18n helpers', () => {
  it('maps tags to locales, Danish first', () => {
    expect([
      toLocale('en'),
      toLocale('en-US'),
      toLocale('da-DK'),
      toLocale('de'),
      toLocale(null),
    ]).to.deep.equal(['en', 'en', 'da', 'da', 'da']);
  });
  it('plural() uses Intl.PluralRules and overrides replace defaults of the same type only', () => {
    expect(catalogs.en.count(1)).to.equal('1 course');
    expect(catalogs.en.count(2)).to.equal('2 courses');
    const t = strings(catalogs, 'da', { hello: 'Goddag', count: 'not a function' });
    expect(t.hello).to.equal('Goddag');
    expect(t.count(2)).to.equal('2 forløb');
  });
});

describe('LazyCatalogs', () => {
  it('gives Danish at once, loads English on first use and re-renders', async () => {
    let updates = 0;
    let loads = 0;
    const lazy = new LazyCatalogs({ requestUpdate: () => updates++ }, catalogs.da, async () => {
      loads++;
      return catalogs.en;
    });
    expect(lazy.strings('da').hello).to.equal('Hej');
    expect(lazy.strings('en').hello).to.equal('Hej');
    await lazy.load();
    expect(loads).to.equal(1);
    expect(updates).to.equal(1);
    expect(lazy.strings('en', { hello: 'Hi' }).hello).to.equal('Hi');
    expect(lazy.strings('en').count(2)).to.equal('2 courses');
  });

  it('keeps Danish when English fails to load, and can try again', async () => {
    let fail = true;
    const lazy = new LazyCatalogs({ requestUpdate: () => {} }, catalogs.da, async () => {
      if (fail) throw new Error('offline');
      return catalogs.en;
    });
    await lazy.load();
    expect(lazy.strings('en').hello).to.equal('Hej'); // and tries again, which fails too
    await lazy.load();
    fail = false;
    await lazy.load();
    expect(lazy.strings('en').hello).to.equal('Hello');
  });
});
