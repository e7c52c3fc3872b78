import { expect, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { startMockServer } from '@lettilbud/foundations/testing';
import type { CrisisContact, ReferralUrgentDetail } from '@lettilbud/contract';
import { $, $maybe, accessible, heading, mount, press, shortPath, type El } from './harness.js';

const DRAFT = 'lettilbud:draft:referral';

function storedKey(): string | undefined {
  const raw = sessionStorage.getItem(DRAFT);
  return raw
    ? (JSON.parse(raw) as { data: { idempotencyKey?: string } }).data.idempotencyKey
    : undefined;
}

describe('<lt-referral-widget> safety', () => {
  beforeEach(() => sessionStorage.clear());

  for (const answer of ['yes', 'unsure'] as const) {
    it(`"${answer}": crisis box at once, assertive announcement, lt-referral-urgent without personal data`, async () => {
      const el = await mount(
        html`<lt-referral-widget
          .prefill=${{ municipality: '101', offerId: 'kbh-entre' }}
        ></lt-referral-widget>`,
      );
      const urgent: ReferralUrgentDetail[] = [];
      el.addEventListener('lt-referral-urgent', (e) => urgent.push(e.detail));
      await shortPath(el, {
        role: 'parent',
        safety: answer,
        each: async (e) => {
          if (!heading(e).includes('Er barnet i fare?')) return;
          await waitUntil(() => urgent.length > 0, 'lt-referral-urgent sent');
          expect(urgent).to.deep.equal([
            { safety: answer, municipality: '101', offerId: 'kbh-entre' },
          ]);
          const box = $(e, '.lt-crisis');
          expect(box.querySelector('a[href="tel:70201201"]')).to.not.equal(null);
          expect(box.querySelector('a[href="tel:116111"]')).to.not.equal(null);
          await waitUntil(
            () =>
              $(e, '[role="alert"][aria-live="assertive"]').textContent!.includes(
                'Få hjælp med det samme',
              ),
            'crisis announced',
          );
          expect($(e, '[role="alert"][aria-live="assertive"]').textContent).to.contain(
            'Få hjælp med det samme',
          );
          await accessible(e);
        },
      });
      expect(urgent.length).to.equal(1);
      let urgentFlag: boolean | undefined;
      el.addEventListener('lt-referral-submit', (e) => {
        urgentFlag = e.detail.referral.urgent;
        e.detail.respondWith({ reference: 'LT-9' });
      });
      expect($maybe(el, '.lt-crisis')).to.not.equal(null);
      await accessible(el);
      await press(el, 'send');
      expect(urgentFlag).to.equal(true);
      expect($maybe(el, '.lt-crisis')).to.not.equal(null);
    });
  }

  it('"no" shows no crisis box and fires nothing', async () => {
    const el = await mount();
    let fired = 0;
    el.addEventListener('lt-referral-urgent', () => fired++);
    await shortPath(el, { role: 'parent', safety: 'no' });
    expect(fired).to.equal(0);
    expect($maybe(el, '.lt-crisis')).to.equal(null);
  });

  it('host crisis contacts replace the defaults', async () => {
    const contacts: CrisisContact[] = [
      { name: 'Psykiatrisk Akutmodtagelse', phone: '38 64 05 00' },
    ];
    const el = await mount(
      html`<lt-referral-widget .crisisContacts=${contacts}></lt-referral-widget>`,
    );
    await shortPath(el, { role: 'parent', safety: 'yes' });
    const links = [...el.shadowRoot!.querySelectorAll('.lt-crisis a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(links).to.deep.equal(['tel:38640500']);
  });
});

describe('<lt-referral-widget> submission', () => {
  beforeEach(() => sessionStorage.clear());

  it('failure keeps everything and Retry sends the SAME idempotency key', async () => {
    const el = await mount();
    const keys: string[] = [];
    let fail = true;
    el.addEventListener('lt-referral-submit', (e) => {
      keys.push(e.detail.idempotencyKey);
      e.detail.respondWith(fail ? Promise.reject(new Error('down')) : { reference: 'LT-7' });
    });
    await shortPath(el, { role: 'parent' });
    await press(el, 'send');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect($(el, '.failure').textContent).to.contain('Det blev ikke sendt');
    expect($(el, '.failure').textContent).to.contain('Alt, hvad du har skrevet, er gemt her.');
    expect(storedKey()).to.equal(keys[0]);
    await accessible(el);
    fail = false;
    await press(el, 'retry');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(keys.length).to.equal(2);
    expect(keys[1]).to.equal(keys[0]);
    expect($(el, '#reference').textContent).to.equal('LT-7');
    expect(sessionStorage.getItem(DRAFT)).to.equal(null);
  });

  it('a reload after a failed send still retries with the same key', async () => {
    const first = await mount();
    first.addEventListener('lt-referral-submit', (e) =>
      e.detail.respondWith(Promise.reject(new Error('x'))),
    );
    await shortPath(first, { role: 'parent' });
    await press(first, 'send');
    await new Promise((r) => setTimeout(r, 0));
    const key = storedKey();
    expect(key).to.be.a('string');
    first.remove();
    const second = await mount();
    await waitUntil(() => heading(second).includes('Se det hele igen'), 'draft restored');
    let sent: string | undefined;
    second.addEventListener('lt-referral-submit', (e) => {
      sent = e.detail.idempotencyKey;
      e.detail.respondWith({ reference: 'LT-8' });
    });
    await press(second, 'send');
    expect(sent).to.equal(key);
  });

  it('a double click sends once', async () => {
    const el = await mount();
    let calls = 0;
    let resolve: (v: unknown) => void = () => {};
    el.addEventListener('lt-referral-submit', (e) => {
      calls++;
      e.detail.respondWith(new Promise((r) => (resolve = r)));
    });
    await shortPath(el, { role: 'parent' });
    $(el, '#send').click();
    $(el, '#send').click();
    await el.updateComplete;
    expect($(el, '#send').getAttribute('aria-disabled')).to.equal('true');
    expect($(el, '#send').textContent!.trim()).to.equal('Sender …');
    await accessible(el);
    $(el, '#send').click();
    resolve({ reference: 'LT-1' });
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).to.equal(1);
  });

  it('a host veto is explained, not retried, and nothing is lost', async () => {
    const el = await mount();
    el.addEventListener('lt-referral-submit', (e) => e.preventDefault());
    await shortPath(el, { role: 'parent' });
    await press(el, 'send');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect($(el, '.failure').textContent).to.contain('Ring til kommunen');
    expect($maybe(el, '#retry')).to.equal(null);
    expect(sessionStorage.getItem(DRAFT)).to.not.equal(null);
  });

  it('a timeout says so in plain words', async () => {
    const el = await mount(html`<lt-referral-widget timeout="30"></lt-referral-widget>`);
    el.addEventListener('lt-referral-submit', (e) => e.detail.respondWith(new Promise(() => {})));
    await shortPath(el, { role: 'parent' });
    await press(el, 'send');
    await waitUntil(() => el.shadowRoot!.querySelector('.failure'), 'timeout shown');
    expect($(el, '.failure').textContent).to.contain('Det tog for lang tid');
    expect($maybe(el, '#retry')).to.not.equal(null);
  });

  it('without a listener POSTs to endpoint; an HTTP 503 then a retry reuse the Idempotency-Key', async () => {
    const keys: (string | null)[] = [];
    let bodies = 0;
    const worker = await startMockServer();
    let status = 503;
    worker.use(
      http.post('/api/referrals', async ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        const body = (await request.json()) as { referral: { child: { name: string } } };
        if (body.referral.child.name === 'Alma') bodies++;
        return status === 503
          ? new HttpResponse(null, { status: 503 })
          : HttpResponse.json({ reference: 'KBH-2026-0042' });
      }),
    );
    const el: El = await mount(
      html`<lt-referral-widget endpoint="/api/referrals"></lt-referral-widget>`,
    );
    await shortPath(el, { role: 'parent' });
    await press(el, 'send');
    await waitUntil(() => el.shadowRoot!.querySelector('.failure'), 'failure shown');
    expect($(el, '.failure').textContent).to.contain('Der skete en fejl hos os');
    status = 200;
    await press(el, 'retry');
    await waitUntil(() => el.shadowRoot!.querySelector('#reference'), 'receipt shown');
    expect(keys.length).to.equal(2);
    expect(keys[0]).to.be.a('string').and.equal(keys[1]);
    expect(bodies).to.equal(2);
    expect($(el, '#reference').textContent).to.equal('KBH-2026-0042');
  });

  it('the receipt says what happens next and what we try to reach by when, with the open door and crisis contacts', async () => {
    const el = await mount();
    el.addEventListener('lt-referral-submit', (e) => e.detail.respondWith({ reference: 'LT-3' }));
    await shortPath(el, { role: 'parent' });
    await press(el, 'send');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    // Targets are targets, never a promise; the screening only if the first talk finds it right.
    expect(text).to.contain('Vi forsøger at ringe eller skrive til jer inden');
    expect(text).to.contain('Hvis den første samtale viser, at det er det rigtige');
    expect(text).to.contain('en behandler, fx en psykolog');
    expect(text).not.to.contain('senest');
    expect(text).to.contain('Du er altid velkommen til at kontakte os igen');
    expect($maybe(el, '.lt-crisis a[href="tel:112"]')).to.not.equal(null);
    expect($maybe(el, '#delete-draft')).to.equal(null);
    await accessible(el);
  });
});
