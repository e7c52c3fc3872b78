import { expect, waitUntil, html } from '@open-wc/testing';
import type { Referral } from '@lettilbud/contract';
import {
  $,
  $maybe,
  accessible,
  birthDateForAge,
  heading,
  mount,
  press,
  select,
  shortPath,
  tick,
  type,
} from './harness.js';

const DRAFT = 'lettilbud:draft:referral';

describe('<lt-referral-widget> drafts', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('restores what was typed, and where, after a reload', async () => {
    const first = await mount();
    await tick(first, 'role', 'parent');
    await press(first, 'next');
    await type(first, 'childName', 'Alma');
    await type(first, 'birthDate', birthDateForAge(9));
    first.remove();
    const second = await mount();
    await waitUntil(() => heading(second).includes('Om barnet'), 'draft restored');
    expect(($(second, '#childName') as HTMLInputElement).value).to.equal('Alma');
    expect($(second, '#notice').textContent).to.contain('Vi har gemt det, du skrev sidst');
    await accessible(second);
  });

  it('"Slet det, jeg har skrevet" asks first, then deletes the draft and the answers', async () => {
    const el = await mount();
    await tick(el, 'role', 'parent');
    await press(el, 'next');
    await type(el, 'childName', 'Alma');
    expect(sessionStorage.getItem(DRAFT)).to.not.equal(null);
    $(el, '#delete-draft').click();
    await el.updateComplete;
    expect($(el, '#delete-question').textContent).to.contain('Vil du slette alt');
    await accessible(el);
    $(el, '#delete-no').click();
    await el.updateComplete;
    expect(sessionStorage.getItem(DRAFT)).to.not.equal(null);
    $(el, '#delete-draft').click();
    await el.updateComplete;
    $(el, '#delete-yes').click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    expect(sessionStorage.getItem(DRAFT)).to.equal(null);
    expect(heading(el)).to.contain('Hvem skriver?');
    expect(el.shadowRoot!.querySelector('input[name="role"]:checked')).to.equal(null);
  });

  it('storage="local" keeps the draft in localStorage; storage="none" writes nothing', async () => {
    const local = await mount(html`<lt-referral-widget storage="local"></lt-referral-widget>`);
    await tick(local, 'role', 'parent');
    expect(localStorage.getItem(DRAFT)).to.not.equal(null);
    expect(sessionStorage.getItem(DRAFT)).to.equal(null);
    local.remove();
    localStorage.clear();
    const none = await mount(html`<lt-referral-widget storage="none"></lt-referral-widget>`);
    await tick(none, 'role', 'parent');
    expect(localStorage.length + sessionStorage.length).to.equal(0);
  });

  it('an expired draft (draft-ttl in hours) is not restored', async () => {
    sessionStorage.setItem(
      DRAFT,
      JSON.stringify({ v: 1, savedAt: 0, expiresAt: Date.now() - 1, data: {} }),
    );
    const el = await mount(html`<lt-referral-widget draft-ttl="1"></lt-referral-widget>`);
    expect(heading(el)).to.contain('Hvem skriver?');
    expect($maybe(el, '#notice')).to.equal(null);
    expect(sessionStorage.getItem(DRAFT)).to.equal(null);
  });
});

describe('<lt-referral-widget> CPR', () => {
  beforeEach(() => sessionStorage.clear());

  it('is asked only with the cpr attribute, checked, kept out of the draft, sent in the payload', async () => {
    const plain = await mount();
    await tick(plain, 'role', 'parent');
    await press(plain, 'next');
    expect($maybe(plain, '#cpr')).to.equal(null);
    plain.remove();
    sessionStorage.clear();

    const el = await mount(html`<lt-referral-widget cpr></lt-referral-widget>`);
    let referral: Referral | undefined;
    el.addEventListener('lt-referral-submit', (e) => {
      referral = e.detail.referral;
      e.detail.respondWith({ reference: 'LT-5' });
    });
    await tick(el, 'role', 'parent');
    await press(el, 'next');
    await type(el, 'childName', 'Alma');
    await type(el, 'birthDate', '24-12-2014');
    await select(el, 'municipality', '101');
    await type(el, 'cpr', '2412144321');
    expect(sessionStorage.getItem(DRAFT))
      .to.not.contain('2412144321')
      .and.not.contain('241214-4321');
    await type(el, 'cpr', '311314-1234');
    await press(el, 'next');
    expect($(el, '#cpr-error').textContent).to.contain('ikke en rigtig dato');
    await accessible(el);
    el.remove();
    sessionStorage.clear();

    const ok = await mount(html`<lt-referral-widget cpr></lt-referral-widget>`);
    ok.addEventListener('lt-referral-submit', (e) => {
      referral = e.detail.referral;
      e.detail.respondWith({ reference: 'LT-5' });
    });
    await shortPath(ok, { role: 'parent', birthDate: '24-12-2014', cpr: '2412144321' });
    expect(sessionStorage.getItem(DRAFT))
      .to.not.contain('2412144321')
      .and.not.contain('241214-4321');
    await press(ok, 'send');
    expect(referral!.child.cpr).to.equal('241214-4321');
    expect(referral!.child.birthDate).to.equal('2014-12-24');
  });
});

describe('<lt-referral-widget> hostile input', () => {
  beforeEach(() => sessionStorage.clear());

  it('10,000 characters, HTML and script, emoji and right-to-left text stay text', async () => {
    const el = await mount();
    let referral: Referral | undefined;
    el.addEventListener('lt-referral-submit', (e) => {
      referral = e.detail.referral;
      e.detail.respondWith({ reference: '<img src=x onerror=alert(1)>' });
    });
    const hostile = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=1">';
    const words = `${hostile} 😢🧠 مرحبا بالعالم שלום `.padEnd(10_000, 'x');
    await tick(el, 'role', 'parent');
    await type(el, 'writerName', hostile);
    await press(el, 'next');
    await type(el, 'childName', 'Zoë 🌈 عائشة');
    await type(el, 'birthDate', birthDateForAge(12));
    await select(el, 'municipality', '101');
    await press(el, 'next');
    await type(el, 'ownWords', words);
    await press(el, 'next');
    expect(heading(el)).to.contain('Er barnet i fare?');
    await tick(el, 'safety', 'no');
    await press(el, 'next');
    await type(el, 'phone', '+45 12 34 56 78');
    await press(el, 'next');
    await press(el, 'skip');
    await press(el, 'next');
    expect(heading(el)).to.contain('Se det hele igen');
    expect(el.shadowRoot!.querySelector('script, img')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('<script>window.__pwned = 1</script>');
    expect(el.shadowRoot!.textContent).to.contain('مرحبا بالعالم');
    await accessible(el);
    await press(el, 'send');
    expect(referral!.ownWords!.length).to.equal(10_000);
    expect(referral!.child.name).to.equal('Zoë 🌈 عائشة');
    expect($(el, '#reference').textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('more than 10,000 characters is an error, not a silent cut', async () => {
    const el = await mount();
    await tick(el, 'role', 'parent');
    await press(el, 'next');
    await type(el, 'childName', 'Alma');
    await type(el, 'birthDate', birthDateForAge(12));
    await select(el, 'municipality', '101');
    await press(el, 'next');
    const area = $(el, '#ownWords') as HTMLTextAreaElement;
    area.removeAttribute('maxlength');
    await type(el, 'ownWords', 'a'.repeat(10_001));
    await press(el, 'next');
    expect($(el, '#ownWords-error').textContent).to.contain('højst 10000 tegn');
  });
});
