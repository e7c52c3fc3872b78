import { expect } from '@open-wc/testing';
import {
  start,
  navigateToUrl,
  getAppStatus,
  unregisterApplication,
  type LifeCycles,
} from 'single-spa';
import {
  CONTRACT_VERSION,
  JournalCase,
  ReferralReceipt,
  caseFromReferral,
  fhirToCase,
  validate,
} from '@lettilbud/contract';
import { resetDemo } from '../src/mocks/handlers.js';
import { getCase, setBackendMode, type StoredCase } from '../src/mocks/store.js';
import { FagsystemHost } from '../src/hosts/fagsystem.js';
import { DEMO_APPS, registerDemoApps, type DemoApp } from '../src/apps.js';
import { startDemoBackend } from '../src/mocks/browser.js';

// In the browser the import map resolves the specifiers; here the packages load directly.
const packages: Record<string, () => Promise<LifeCycles>> = {
  '@lettilbud/offer-finder': () => import('@lettilbud/offer-finder'),
  '@lettilbud/referral-widget': () => import('@lettilbud/referral-widget'),
  '@lettilbud/sdq-form': () => import('@lettilbud/sdq-form'),
  '@lettilbud/journal-panel': () => import('@lettilbud/journal-panel'),
  '@lettilbud/offer-overview': () => import('@lettilbud/offer-overview'),
};

const TAGS: Record<string, string> = {
  'municipal-finder': 'lt-offer-finder',
  'municipal-referral': 'lt-referral-widget',
  'school-referral': 'lt-referral-widget',
  'portal-finder': 'lt-offer-finder',
  'sdq-form': 'lt-sdq-form',
  'journal-panel': 'lt-journal-panel',
  'offer-overview': 'lt-offer-overview',
  'feed-editor': 'lt-offer-finder',
};

/** The route a test navigates to: the journal panel mounts only with a case open. */
const urlOf = (app: DemoApp) =>
  app.name === 'journal-panel' ? `${app.route}?sag=demo-1` : app.route;

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
    it(`mounts ${app.name} on ${urlOf(app)} and unmounts it on leaving`, async () => {
      await go(urlOf(app), app.name, 'MOUNTED');
      const el = outlets.get(app.name)!.querySelector(TAGS[app.name]!);
      expect(el, `${TAGS[app.name]} in its outlet`).to.exist;
      for (const [name, value] of Object.entries(
        app.attributes(new URLSearchParams(urlOf(app).split('?')[1] ?? '')),
      ))
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
    handOver('municipal-referral', { prefill: { municipality: '101' } });
    await go('#/kontakt', 'municipal-referral', 'MOUNTED');
    const el = outlets
      .get('municipal-referral')!
      .querySelector('lt-referral-widget') as HTMLElement & { prefill?: unknown };
    expect(el.prefill).to.deep.equal({ municipality: '101' });
    await go('#/', 'municipal-referral', 'NOT_MOUNTED');
  });
});

const referral = (safety: 'no' | 'yes') => ({
  contractVersion: CONTRACT_VERSION,
  consentTextVersion: '2026-11',
  writer: { role: 'parent', name: 'Demo Forælder' },
  child: { name: `Demo ${safety}`, birthDate: '2015-03-09', municipality: '101' },
  custodyHolders: [{ name: 'Demo Forælder' }],
  contact: { phone: '+999 00 00 00 02' },
  concerns: ['worry'],
  safety,
  urgent: safety === 'yes',
  consents: {
    consenter: 'custody-holders',
    status: 'given',
    parties: { ppr: false, 'health-visitor': false, school: true, 'family-department': false },
  },
  submittedAt: new Date().toISOString(),
});

const post = (path: string, body: unknown, key?: string) =>
  fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}) },
    body: JSON.stringify(body),
  });

describe('shell: the stateful msw demo backend', () => {
  before(async () => {
    setBackendMode({ down: false, slow: false });
    await resetDemo();
  });
  after(() => setBackendMode({ down: false, slow: false }));

  it('turns a referral into one case (caseFromReferral), the same key twice giving one case', async () => {
    const a = await (await post('/api/referrals', { referral: referral('no') }, 'k-1')).json();
    const b = await (await post('/api/referrals', { referral: referral('no') }, 'k-1')).json();
    expect(validate(ReferralReceipt, a).ok).to.equal(true);
    expect(b.reference).to.equal(a.reference);
    const list = (await (await fetch('/api/cases')).json()) as { id: string }[];
    expect(list.filter((c) => c.id === a.reference)).to.have.length(1);
    const c = await (await fetch(`/api/cases/${a.reference}`)).json();
    expect(validate(JournalCase, c).ok).to.equal(true);
    expect(c).to.deep.equal(caseFromReferral(referral('no'), a));
  });

  it('keeps the cases in IndexedDB: a new read after the reset still has them until the next reset', async () => {
    const { reference } = await (
      await post('/api/referrals', { referral: referral('no') }, 'k-2')
    ).json();
    expect((await getCase(reference))?.case.id).to.equal(reference);
    await resetDemo();
    expect(await getCase(reference)).to.equal(undefined);
    expect((await getCase('demo-1'))?.case.id).to.equal('demo-1');
  });

  it('applies journal actions to the stored case', async () => {
    const act = async (action: string, note?: string) =>
      (await post('/api/cases/demo-1/actions', { action, note })).json();
    const before = (await (await fetch('/api/cases/demo-1')).json()) as JournalCase;
    const afterSession = (await act('record-session')) as JournalCase;
    expect(afterSession.sessions).to.have.length((before.sessions ?? []).length + 1);
    expect(((await act('schedule-booster')) as JournalCase).closure?.boosterDate).to.be.a('string');
    expect(((await act('notify-gp')) as JournalCase).closure?.gpInformedOfOffer).to.equal(true);
    await act('add-note', 'Ringede til familien (demo).');
    const notes = await (await fetch('/api/cases/demo-1/notes')).json();
    expect(notes.map((n: { text: string }) => n.text)).to.deep.equal([
      'Ringede til familien (demo).',
    ]);
    expect((await post('/api/cases/demo-1/actions', { action: 'delete-all' })).status).to.equal(
      400,
    );
  });

  it('fails every call with 503 while "backend nede" is on, and nothing is stored', async () => {
    setBackendMode({ down: true, slow: false });
    expect((await post('/api/referrals', { referral: referral('yes') }, 'k-3')).status).to.equal(
      503,
    );
    expect((await fetch('/api/cases')).status).to.equal(503);
    setBackendMode({ down: false, slow: false });
    const list = (await (await fetch('/api/cases')).json()) as StoredCase[];
    expect(list.some((c) => c.case.child.name === 'Demo yes')).to.equal(false);
  });

  it('exports a case as a KL LTT Bundle that reads back (caseToLttBundle, fhirToCase)', async () => {
    const bundle = await (await fetch('/api/cases/demo-1/kl-report')).json();
    expect(bundle.resourceType).to.equal('Bundle');
    const stored = (await (await fetch('/api/cases/demo-1')).json()) as JournalCase;
    // Without a CPR number LTT carries no birth date, so the record read back is partial:
    // the contact and the stages that took place come back.
    const record = fhirToCase(bundle).record as Partial<JournalCase>;
    expect(record.contact?.date).to.equal(stored.contact?.date);
    expect(record.preTalk?.date).to.equal(stored.preTalk?.date);
  });

  it('404 for a case that does not exist', async () => {
    expect((await fetch('/api/cases/nope')).status).to.equal(404);
  });
});

describe('shell: the fagsystem host', () => {
  it('lists urgent contacts first, with their clocks, and is accessible', async () => {
    setBackendMode({ down: false, slow: false });
    await resetDemo();
    await post('/api/referrals', { referral: referral('yes') }, 'k-urgent');
    const root = document.createElement('div');
    const side = document.createElement('div');
    document.body.append(root, side);
    const host = new FagsystemHost(root, side);
    await host.show(null);
    const rows = [...root.querySelectorAll('.cases > li')];
    expect(rows).to.have.length(2);
    expect(rows[0]!.textContent).to.contain('Demo yes');
    expect(rows[0]!.textContent).to.contain('Akut');
    expect(rows[1]!.textContent).to.contain('Forsamtale (14 dage)');
    await expect(root).to.be.accessible();
    root.remove();
    side.remove();
  });

  it('says the backend is down, with a way to try again', async () => {
    setBackendMode({ down: true, slow: false });
    const root = document.createElement('div');
    document.body.append(root);
    const host = new FagsystemHost(root, document.createElement('div'));
    await host.show(null);
    expect(root.querySelector('[role=alert]')!.textContent).to.contain('Backend svarer ikke');
    await expect(root).to.be.accessible();
    setBackendMode({ down: false, slow: false });
    root.querySelector<HTMLButtonElement>('[role=alert] button')!.click();
    await until(() => root.querySelectorAll('.cases > li').length > 0, 'the list');
    root.remove();
  });
});
