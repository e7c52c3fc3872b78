import { expect } from '@open-wc/testing';
import {
  start,
  navigateToUrl,
  getAppStatus,
  unregisterApplication,
  type LifeCycles,
} from 'single-spa';
import { JournalCase, ReferralReceipt, validate } from '@lettilbud/contract';
import { DEMO_APPS, registerDemoApps } from '../src/apps.js';
import { startDemoBackend } from '../src/mocks/browser.js';

// In the browser the import map resolves the specifiers; here the packages load directly.
const packages: Record<string, () => Promise<LifeCycles>> = {
  '@lettilbud/offer-finder': () => import('@lettilbud/offer-finder'),
  '@lettilbud/referral-widget': () => import('@lettilbud/referral-widget'),
  '@lettilbud/sdq-form': () => import('@lettilbud/sdq-form'),
  '@lettilbud/journal-panel': () => import('@lettilbud/journal-panel'),
};

const TAGS: Record<string, string> = {
  'offer-finder': 'lt-offer-finder',
  'referral-widget': 'lt-referral-widget',
  'sdq-form': 'lt-sdq-form',
  'journal-panel': 'lt-journal-panel',
};

function routed(): Promise<void> {
  return new Promise((resolve) =>
    window.addEventListener('single-spa:routing-event', () => resolve(), { once: true }),
  );
}

// One navigation may fire several routing events (hashchange and popstate), so wait for the
// state rather than for an event.
async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function go(url: string, app: string, status: 'MOUNTED' | 'NOT_MOUNTED'): Promise<void> {
  navigateToUrl(url);
  await until(() => getAppStatus(app) === status, `${app} ${status}`);
}

describe('shell: single-spa root config', () => {
  const outlets = new Map<string, HTMLElement>();

  before(async () => {
    await startDemoBackend();
    for (const app of DEMO_APPS) {
      const div = document.createElement('div');
      div.id = `app-${app.name}`;
      document.body.append(div);
      outlets.set(app.name, div);
    }
    registerDemoApps(
      (s) => packages[s]!(),
      (app) => outlets.get(app.name)!,
    );
    const first = routed();
    start({ urlRerouteOnly: true });
    await first;
  });

  after(async () => {
    await Promise.all(DEMO_APPS.map((a) => unregisterApplication(a.name)));
  });

  for (const app of DEMO_APPS) {
    it(`mounts ${app.name} on ${app.route} and unmounts it on leaving`, async () => {
      await go(app.route, app.name, 'MOUNTED');
      const el = outlets.get(app.name)!.querySelector(TAGS[app.name]!);
      expect(el, `${TAGS[app.name]} in its outlet`).to.exist;
      for (const [name, value] of Object.entries(app.attributes))
        expect(el!.getAttribute(name)).to.equal(value);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(el!.shadowRoot!.childElementCount).to.be.greaterThan(0);
      for (const other of DEMO_APPS.filter((a) => a !== app))
        expect(getAppStatus(other.name)).to.not.equal('MOUNTED');

      await go('#/', app.name, 'NOT_MOUNTED');
      expect(outlets.get(app.name)!.querySelector(TAGS[app.name]!)).to.equal(null);
    });
  }

  it("hands the finder's self-referral choice to the referral form as prefill", async () => {
    const { handOver } = await import('../src/apps.js');
    handOver('referral-widget', { prefill: { municipality: '101' } });
    await go('#/referral', 'referral-widget', 'MOUNTED');
    const el = outlets
      .get('referral-widget')!
      .querySelector('lt-referral-widget') as HTMLElement & { prefill?: unknown };
    expect(el.prefill).to.deep.equal({ municipality: '101' });
    await go('#/', 'referral-widget', 'NOT_MOUNTED');
  });
});

describe('shell: the msw demo backend', () => {
  it('answers a referral with a receipt, the same one for the same idempotency key', async () => {
    const post = () =>
      fetch('/api/referrals', {
        method: 'POST',
        headers: { 'Idempotency-Key': 'demo-key-1' },
        body: '{}',
      }).then((r) => r.json());
    const [a, b] = [await post(), await post()];
    expect(validate(ReferralReceipt, a).ok).to.equal(true);
    expect(b.reference).to.equal(a.reference);
  });

  it('serves the seeded case, valid against the contract, and 404 for others', async () => {
    const ok = await fetch('/api/cases/demo-1');
    expect(validate(JournalCase, await ok.json()).ok).to.equal(true);
    expect((await fetch('/api/cases/nope')).status).to.equal(404);
  });
});
