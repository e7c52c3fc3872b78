import { expect, html, waitUntil } from '@open-wc/testing';
import { WIRING_GRACE_MS } from '@lettilbud/foundations';
import { $maybe, accessible, mount, type El } from './harness.js';

const PHONE = {
  number: '00 00 00 01',
  hours: [{ dayOfWeek: ['Monday'], opens: '09:00', closes: '15:00' }],
};

/** Records console.warn while the test runs. */
function warnings(): { lines: string[]; restore: () => void } {
  const lines: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => lines.push(args.join(' '));
  return { lines, restore: () => (console.warn = original) };
}

const settle = () => new Promise((r) => setTimeout(r, WIRING_GRACE_MS + 100));

describe('<lt-referral-widget> wiring', () => {
  beforeEach(() => sessionStorage.clear());

  it('with no listener and no endpoint, says at once that it cannot send and gives the offer’s phone; warns once', async () => {
    const log = warnings();
    try {
      const el = await mount(
        html`<lt-referral-widget .offerPhone=${PHONE} storage="none"></lt-referral-widget>`,
      );
      await settle();
      await waitUntil(() => $maybe(el, '[part="unwired"]'), 'the notice');
      const notice = $maybe(el, '[part="unwired"]')!;
      expect(notice.getAttribute('role')).to.equal('status');
      expect(notice.textContent).to.include('Formularen kan ikke sende endnu.');
      // No promise of a reply that nothing can keep.
      expect($maybe(el, '#intro')!.textContent).to.not.include('14 dage');
      expect($maybe(el, '#intro')!.textContent).to.include('Det tager omkring 5 minutter.');
      await waitUntil(() => notice.querySelector('a[href="tel:00000001"]'), 'the phone link');
      expect(
        log.lines.filter((l) => l.includes('nothing answers lt-referral-submit')),
      ).to.have.length(1);
      expect(log.lines.join(' ')).to.not.include('00 00 00 01');
      await accessible(el);
      el.requestUpdate();
      await el.updateComplete;
      expect(log.lines.filter((l) => l.includes('nothing answers'))).to.have.length(1);
    } finally {
      log.restore();
    }
  });

  it('without a phone, tells the family to contact the municipality or get help now', async () => {
    const log = warnings();
    try {
      const el = await mount(html`<lt-referral-widget storage="none"></lt-referral-widget>`);
      await settle();
      await waitUntil(() => $maybe(el, '[part="unwired"]'), 'the notice');
      expect($maybe(el, '[part="unwired"]')!.textContent).to.include('Kontakt kommunen direkte');
    } finally {
      log.restore();
    }
  });

  const wired: [string, (el: El) => void, string][] = [
    ['a listener on the element', (el) => el.addEventListener('lt-referral-submit', () => {}), ''],
    ['an endpoint', () => {}, 'endpoint'],
    ['host-listens (a listener further up)', () => {}, 'host-listens'],
  ];
  for (const [name, wire, attribute] of wired)
    it(`with ${name}, says nothing`, async () => {
      const log = warnings();
      try {
        const el = await mount(html`<lt-referral-widget storage="none"></lt-referral-widget>`);
        if (attribute) el.setAttribute(attribute, attribute === 'endpoint' ? '/api/referrals' : '');
        wire(el);
        await settle();
        await el.updateComplete;
        expect($maybe(el, '[part="unwired"]')).to.equal(null);
        // Wired, the intro says when the offer tries to reply.
        expect($maybe(el, '#intro')!.textContent).to.include('14 dage');
        expect(log.lines.join(' ')).to.not.include('nothing answers');
      } finally {
        log.restore();
      }
    });

  it('a listener attached late clears the notice', async () => {
    const log = warnings();
    try {
      const el = await mount(html`<lt-referral-widget storage="none"></lt-referral-widget>`);
      await settle();
      await waitUntil(() => $maybe(el, '[part="unwired"]'), 'the notice');
      el.addEventListener('lt-referral-submit', () => {});
      await waitUntil(() => !$maybe(el, '[part="unwired"]'), 'the notice gone');
    } finally {
      log.restore();
    }
  });

  it('in English', async () => {
    const log = warnings();
    try {
      const el = await mount(
        html`<lt-referral-widget lang="en" storage="none"></lt-referral-widget>`,
      );
      await settle();
      await waitUntil(() => $maybe(el, '[part="unwired"]'), 'the notice');
      expect($maybe(el, '[part="unwired"]')!.textContent).to.include('This form cannot send yet.');
    } finally {
      log.restore();
    }
  });
});
