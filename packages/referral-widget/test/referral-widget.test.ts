import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Referral } from '@lettilbud/contract';
import { expectNarrowAndForcedColors } from '@lettilbud/foundations/testing/layout';
import {
  $,
  $maybe,
  accessible,
  birthDateForAge,
  heading,
  mount,
  press,
  shortPath,
  tick,
  type,
  select,
  type El,
} from './harness.js';

/** Answers the submit request and returns the referral the host received. */
function answerWith(el: El, reference = 'LT-42'): { referral?: Referral; key?: string } {
  const seen: { referral?: Referral; key?: string } = {};
  el.addEventListener('lt-referral-submit', (e) => {
    seen.referral = e.detail.referral;
    seen.key = e.detail.idempotencyKey;
    e.detail.respondWith({ reference });
  });
  return seen;
}

describe('<lt-referral-widget> steps and roles', () => {
  beforeEach(() => sessionStorage.clear());

  it('starts on step 1 of 8 with aria-current on the step list', async () => {
    const el = await mount();
    expect(heading(el)).to.equal('Trin 1 af 8 Hvem skriver?');
    const current = el.shadowRoot!.querySelectorAll('.progress li[aria-current="step"]');
    expect(current.length).to.equal(1);
    expect(current[0]!.textContent!.trim()).to.equal('Hvem skriver?');
    await accessible(el);
  });

  it('shows a focused error summary and inline errors prefixed "Fejl:"', async () => {
    const el = await mount();
    await press(el, 'next');
    const summary = $(el, '#error-summary');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(summary.textContent).to.contain('Vælg, hvem du er.');
    expect($(el, '#role-error').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Fejl: Vælg, hvem du er.',
    );
    await accessible(el);
    $(el, '#error-summary a').click();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#role-0'));
  });

  it('moves focus to the step heading on every step change', async () => {
    const el = await mount();
    await tick(el, 'role', 'parent');
    await press(el, 'next');
    expect(heading(el)).to.contain('Trin 2 af 8');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#step-heading'));
  });

  it('parent path: short answers only, axe-clean on every step, consents from custody holders', async () => {
    const el = await mount();
    const seen = answerWith(el);
    await shortPath(el, { role: 'parent', age: 10, each: accessible });
    const submitted = oneEvent(el, 'lt-referral-submitted');
    await press(el, 'send');
    const { detail } = await submitted;
    expect(detail).to.deep.equal({ receipt: { reference: 'LT-42' }, urgent: false });
    expect(seen.referral!.writer.role).to.equal('parent');
    expect(seen.referral!.consents).to.deep.include({
      consenter: 'custody-holders',
      status: 'given',
    });
    expect(seen.referral!.child.municipality).to.equal('101');
    expect(seen.referral!.urgent).to.equal(false);
    expect(seen.referral!.consentTextVersion).to.equal('1.0');
    await el.updateComplete;
    expect($(el, '#reference').textContent).to.equal('LT-42');
    expect(heading(el)).to.contain('Tak');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#step-heading'));
    await accessible(el);
  });

  it('professional path requires role, workplace and the family\u2019s agreement', async () => {
    const el = await mount(html`<lt-referral-widget mode="professional"></lt-referral-widget>`);
    expect(($(el, '#role-3') as HTMLInputElement).checked).to.equal(true);
    await press(el, 'next');
    const fields = [...el.shadowRoot!.querySelectorAll('#error-summary a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(fields).to.deep.equal(['#proRole', '#proWorkplace', '#familyAgrees']);
    await accessible(el);
    const seen = answerWith(el);
    await shortPath(el, { role: 'professional', age: 9 });
    await press(el, 'send');
    expect(seen.referral!.writer.professional).to.deep.equal({
      role: 'AKT-lærer',
      workplace: 'Valby Skole',
      familyKnowsAndAgrees: true,
    });
  });

  it('ignores an unknown mode with one warning that does not echo the value', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await mount(html`<lt-referral-widget mode="teacher-secret"></lt-referral-widget>`);
      expect(el.shadowRoot!.querySelector('input[name="role"]:checked')).to.equal(null);
    } finally {
      console.warn = original;
    }
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain('mode').and.not.contain('teacher-secret');
  });

  it('young person of 15: asks about parents; consent is theirs', async () => {
    const el = await mount(html`<lt-referral-widget mode="young-person"></lt-referral-widget>`);
    const seen = answerWith(el);
    await shortPath(el, {
      role: 'young-person',
      age: 15,
      each: async (e) => {
        if (heading(e).includes('Hvordan kan vi nå dig?')) {
          expect($maybe(e, '#parentsKnow')).to.not.equal(null);
          expect($maybe(e, '#under15-note')).to.equal(null);
          await tick(e, 'parentsKnow', 'yes');
          await tick(e, 'parentsMayBeContacted', 'no');
        }
        if (heading(e).includes('Må vi tale med andre?')) {
          expect($(e, '#consent-note').textContent).to.contain('det er dig, der giver samtykke');
          await tick(e, 'consents', 'school');
          await accessible(e);
        }
      },
    });
    await press(el, 'send');
    expect(seen.referral!.consents).to.deep.equal({
      consenter: 'young-person',
      status: 'given',
      parties: { ppr: false, 'health-visitor': false, school: true, 'family-department': false },
    });
    expect(seen.referral!.contact.parentsKnow).to.equal(true);
    expect(seen.referral!.contact.parentsMayBeContacted).to.equal(false);
  });

  it('young person of 14 alone: a parent will be involved; nothing is shared yet', async () => {
    const el = await mount(html`<lt-referral-widget mode="young-person"></lt-referral-widget>`);
    const seen = answerWith(el);
    await shortPath(el, {
      role: 'young-person',
      age: 14,
      each: async (e) => {
        if (heading(e).includes('Hvordan kan vi nå dig?')) {
          expect($(e, '#under15-note').textContent).to.contain('skal en forælder være med');
          expect($maybe(e, '#parentsKnow')).to.equal(null);
          await accessible(e);
        }
        if (heading(e).includes('Må vi tale med andre?')) {
          expect($maybe(e, '#consents')).to.equal(null);
          expect($(e, '#consent-note').textContent).to.contain('spørger vi din forælder');
        }
      },
    });
    await press(el, 'send');
    expect(seen.referral!.consents).to.deep.include({
      consenter: 'custody-holders',
      status: 'to-be-obtained',
    });
    expect(Object.values(seen.referral!.consents.parties)).to.deep.equal([
      false,
      false,
      false,
      false,
    ]);
  });

  it('a 17-year-old is told a started course can be finished after 18', async () => {
    const el = await mount();
    await tick(el, 'role', 'parent');
    await press(el, 'next');
    await type(el, 'birthDate', birthDateForAge(17));
    expect($(el, '#age-note').textContent).to.contain('efter barnets 18-års fødselsdag');
    await accessible(el);
  });

  for (const [age, text] of [
    [4, 'fra 5 år'],
    [18, 'til og med 17 år'],
  ] as const) {
    it(`age ${age}: a kind guide instead of the form, with crisis contacts and no Next`, async () => {
      const el = await mount();
      await tick(el, 'role', 'parent');
      await press(el, 'next');
      await type(el, 'birthDate', birthDateForAge(age));
      expect($(el, '#guide-heading').textContent).to.contain(text);
      expect($maybe(el, '#next')).to.equal(null);
      expect($maybe(el, '#municipality')).to.equal(null);
      expect(el.shadowRoot!.querySelector('.lt-crisis a[href="tel:112"]')).to.not.equal(null);
      await accessible(el);
      await type(el, 'birthDate', birthDateForAge(5));
      expect($maybe(el, '#next')).to.not.equal(null);
    });
  }

  it('back and forward lose nothing', async () => {
    const el = await mount();
    await tick(el, 'role', 'parent');
    await press(el, 'next');
    await type(el, 'childName', 'Alma');
    await type(el, 'birthDate', birthDateForAge(8));
    await select(el, 'municipality', '751');
    await press(el, 'back');
    expect(($(el, '#role-1') as HTMLInputElement).checked).to.equal(true);
    await press(el, 'next');
    expect(($(el, '#childName') as HTMLInputElement).value).to.equal('Alma');
    expect(($(el, '#municipality') as HTMLSelectElement).value).to.equal('751');
  });

  it('the optional step is marked optional and skippable in one press', async () => {
    const el = await mount();
    await shortPath(el, {
      role: 'parent',
      each: async (e) => {
        if (heading(e).includes('Fortæl mere')) {
          expect($(e, '#skip').textContent!.trim()).to.equal('Spring over');
          expect(e.shadowRoot!.querySelectorAll('.optional').length).to.be.greaterThan(3);
          await tick(e, 'activeTreatment', 'yes');
          expect($(e, '#treatment-note').textContent).to.contain('Send gerne alligevel');
          $(e, '#add-holder').click();
          await e.updateComplete;
          await accessible(e);
        }
      },
    });
  });

  it('speaks English when lang="en"', async () => {
    const el = await mount(html`<lt-referral-widget lang="en"></lt-referral-widget>`);
    // English is its own chunk: Danish first, then English once it has loaded.
    await waitUntil(() => heading(el).startsWith('Step'), 'English loaded');
    expect(heading(el)).to.equal('Step 1 of 8 Who is writing?');
    await accessible(el);
  });

  it('prefills the municipality and offer from an lt-offer-select detail', async () => {
    const el = await mount(
      html`<lt-referral-widget
        .prefill=${{ municipality: '751', offerId: 'aarhus-ltt', channel: 'self-referral' }}
      ></lt-referral-widget>`,
    );
    const seen = answerWith(el);
    await tick(el, 'role', 'parent');
    await press(el, 'next');
    expect(($(el, '#municipality') as HTMLSelectElement).value).to.equal('751');
    await press(el, 'back');
    await shortPath(el, { role: 'parent' });
    await press(el, 'send');
    expect(seen.referral!.offer).to.deep.equal({ municipality: '751', offerId: 'aarhus-ltt' });
  });
});

describe('<lt-referral-widget> prefill from the page query', () => {
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  it("without a prefill property it reads the finder's choice from the page's query; a wrong value is ignored with a warning naming the parameter, never the value", async () => {
    const url = new URL(original);
    url.searchParams.set('municipality', '751');
    url.searchParams.set('offer', 'aarhus-ltt');
    url.searchParams.set('course', '<b>x</b>');
    history.replaceState(null, '', url.href);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    let el: El;
    try {
      el = await mount();
    } finally {
      console.warn = warn;
    }
    expect(warnings.some((w) => w.includes('"course"'))).to.equal(true);
    expect(warnings.join(' ')).to.not.contain('<b>x</b>');
    const seen = answerWith(el);
    await tick(el, 'role', 'parent');
    await press(el, 'next');
    expect(($(el, '#municipality') as HTMLSelectElement).value).to.equal('751');
    await press(el, 'back');
    await shortPath(el, { role: 'parent' });
    await press(el, 'send');
    expect(seen.referral!.offer).to.deep.equal({ municipality: '751', offerId: 'aarhus-ltt' });
  });
});

describe('<lt-referral-widget> layout', () => {
  it("the later views' styles arrive with their chunk: the review keeps a family's line breaks", async () => {
    sessionStorage.clear();
    const el = await mount();
    await shortPath(el, { role: 'parent' });
    const answer = $(el, 'dd.answer');
    expect(getComputedStyle(answer).whiteSpace).to.equal('pre-wrap');
    sessionStorage.clear(); // the next test starts without this draft
  });

  it('fits 320 px (200 % zoom) and stays accessible with forced colors: first step and review after "yes" to safety', async () => {
    await expectNarrowAndForcedColors(() => mount());
    await expectNarrowAndForcedColors(async () => {
      const el = await mount();
      await shortPath(el, { role: 'parent', safety: 'yes' });
      return el;
    });
  });
});
