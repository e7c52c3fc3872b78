import { expect, html, waitUntil } from '@open-wc/testing';
import { contractSchemas, type CrisisContact, type Referral } from '@lettilbud/contract';
import type { OfferPhone } from '../src/logic/reply.js';
import {
  $,
  $maybe,
  accessible,
  heading,
  mount,
  press,
  select,
  shortPath,
  tick,
  type,
  type El,
} from './harness.js';

/** Issue 13: what the widget says when a child may be in danger, and who consents. */

const PHONE: OfferPhone = {
  number: '33 17 33 17',
  hours: [
    {
      dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
      opens: '09:00',
      closes: '15:00',
    },
  ],
};
const MONDAY_23 = new Date('2026-11-23T22:00:00Z'); // 23:00 in Copenhagen
const MONDAY_10 = new Date('2026-11-23T09:00:00Z');

/** Sets the widget's clock (its protected `now()`), as a test may. */
function at(el: El, now: Date): void {
  (el as unknown as { now: () => Date }).now = () => now;
  el.requestUpdate();
}

const text = (el: Element | ShadowRoot) => el.textContent!.replace(/\s+/g, ' ').trim();
/** The promise the old texts made, and that nobody can keep at 23:00. */
const AT_ONCE =
  /Vi ser på det[^.]*med det samme|ser vi på det hurtigt|look at (it|what you send) (at once|quickly)/;

function answer(el: El): { referral?: Referral } {
  const seen: { referral?: Referral } = {};
  el.addEventListener('lt-referral-submit', (e) => {
    seen.referral = e.detail.referral;
    e.detail.respondWith({ reference: 'LT-13' });
  });
  return seen;
}

async function send(el: El): Promise<void> {
  await press(el, 'send');
  await waitUntil(() => $maybe(el, '#reference'), 'receipt shown');
}

describe('urgent and routine receipts say only what is true', () => {
  beforeEach(() => sessionStorage.clear());

  it('urgent at 23:00 with the phone hours: marked urgent, the phone opens tomorrow at 9.00, 112 now', async () => {
    const el = await mount(html`<lt-referral-widget .offerPhone=${PHONE}></lt-referral-widget>`);
    at(el, MONDAY_23);
    const seen = answer(el);
    await shortPath(el, { role: 'parent', safety: 'yes' });
    const review = text(el.shadowRoot!);
    expect(review).not.to.match(AT_ONCE);
    expect(text($(el, '#urgent-phone'))).to.equal(
      'Vi har lukket lige nu, og det, du sender, bliver først læst, når vi har åbent. Vores telefon åbner i morgen kl. 9.00: 33 17 33 17.',
    );
    expect(text($(el, '#danger-now'))).to.contain('Ring 112');
    await accessible(el);
    await send(el);
    expect(seen.referral!.urgent).to.equal(true);
    expect(seen.referral!.safety).to.equal('yes');
    const receipt = text(el.shadowRoot!);
    expect(receipt).not.to.match(AT_ONCE);
    expect(text($(el, '#urgent-note'))).to.contain('markeret som hastende');
    expect(text($(el, '#urgent-phone'))).to.contain('åbner i morgen kl. 9.00: 33 17 33 17');
    expect(text($(el, '#danger-now'))).to.equal(
      'Er barnet i fare nu, så vent ikke på os. Ring 112 eller til en af linjerne herunder, nu.',
    );
    // The crisis box comes before the routine targets, under its own heading.
    expect(receipt.indexOf('Få hjælp med det samme')).to.be.lessThan(
      receipt.indexOf('Det sker nu'),
    );
    expect(receipt).not.to.contain('Hvis det bliver værre, før vi ringer');
    expect($maybe(el, '#routine-phone')).to.equal(null);
    await accessible(el);
  });

  it('urgent with no phone hours: says nobody may read it at once, never a promise', async () => {
    const el = await mount();
    at(el, MONDAY_23);
    answer(el);
    await shortPath(el, { role: 'parent', safety: 'unsure' });
    expect(text($(el, '#urgent-phone'))).to.contain(
      'Vi kan ikke love, at nogen læser det med det samme',
    );
    await send(el);
    expect(text(el.shadowRoot!)).not.to.match(AT_ONCE);
    expect(text($(el, '#urgent-phone'))).to.contain('Om aftenen, om natten og i weekenden');
    expect($(el, '.lt-crisis a[href="tel:112"]')).to.not.equal(null);
    await accessible(el);
  });

  it('urgent while the phone is open: call now, until 15.00', async () => {
    const el = await mount(html`<lt-referral-widget .offerPhone=${PHONE}></lt-referral-widget>`);
    at(el, MONDAY_10);
    await shortPath(el, { role: 'parent', safety: 'yes' });
    expect(text($(el, '#urgent-phone'))).to.equal(
      'Vores telefon er åben nu, til kl. 15.00. Ring på 33 17 33 17, så du ikke skal vente på, at vi læser det.',
    );
  });

  it('routine at 23:00 with the phone hours: targets, when the phone opens, the crisis box for later', async () => {
    const el = await mount(html`<lt-referral-widget .offerPhone=${PHONE}></lt-referral-widget>`);
    at(el, MONDAY_23);
    answer(el);
    await shortPath(el, { role: 'parent', safety: 'no' });
    expect($maybe(el, '#urgent-note')).to.equal(null);
    await send(el);
    expect($maybe(el, '#urgent-note')).to.equal(null);
    expect(text($(el, '#routine-phone'))).to.equal(
      'Vil I hellere tale med os? Ring på 33 17 33 17. Telefonen åbner i morgen kl. 9.00.',
    );
    expect(text(el.shadowRoot!)).to.contain('Hvis det bliver værre, før vi ringer');
    await accessible(el);
  });

  it('routine with no phone hours: no phone line, no urgency', async () => {
    const el = await mount();
    at(el, MONDAY_23);
    answer(el);
    await shortPath(el, { role: 'parent', safety: 'no' });
    await send(el);
    expect($maybe(el, '#routine-phone')).to.equal(null);
    expect($maybe(el, '#urgent-note')).to.equal(null);
    expect(text(el.shadowRoot!)).to.contain('Vi forsøger at ringe eller skrive til jer inden');
    await accessible(el);
  });

  it('ignores phone hours that break the contract, with a warning', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const broken = {
        number: '33 17 33 17',
        hours: [{ dayOfWeek: ['Monday'], opens: '15:00', closes: '09:00' }],
      };
      const el = await mount(html`<lt-referral-widget .offerPhone=${broken}></lt-referral-widget>`);
      at(el, MONDAY_23);
      await shortPath(el, { role: 'parent', safety: 'yes' });
      expect(text($(el, '#urgent-phone'))).to.contain('Vi kan ikke love');
    } finally {
      console.warn = original;
    }
    expect(warnings.some((w) => w.includes('offer-phone'))).to.equal(true);
  });
});

describe('"Brug for hjælp nu?" on every step', () => {
  beforeEach(() => sessionStorage.clear());

  it('opens the crisis box on each step and focuses it; jumps to the box a step already shows', async () => {
    const el = await mount();
    const seenSteps: string[] = [];
    await shortPath(el, {
      role: 'parent',
      safety: 'yes',
      each: async (e) => {
        seenSteps.push(heading(e));
        const link = $(e, '#help-now');
        expect(text(link)).to.equal('Brug for hjælp nu?');
        link.click();
        await e.updateComplete;
        const boxes = e.shadowRoot!.querySelectorAll('.lt-crisis');
        expect(boxes.length, heading(e)).to.equal(1);
        expect(e.shadowRoot!.activeElement).to.equal($(e, '#lt-crisis-heading'));
        expect(boxes[0]!.querySelector('a[href="tel:112"]')).to.not.equal(null);
        await accessible(e);
        if (link.hasAttribute('aria-expanded')) {
          expect(link.getAttribute('aria-expanded')).to.equal('true');
          link.click(); // closes again: a disclosure, not a trap
          await e.updateComplete;
          expect(link.getAttribute('aria-expanded')).to.equal('false');
          expect($maybe(e, '.lt-crisis')).to.equal(null);
        }
      },
    });
    expect(seenSteps.length).to.equal(8);
  });

  it('ticking "Gør skade på sig selv" brings the crisis box forward at once, announced politely, focus kept', async () => {
    const el = await mount();
    await tick(el, 'role', 'parent');
    await press(el, 'next');
    await type(el, 'childName', 'Alma');
    await type(el, 'birthDate', '01-01-2013');
    await select(el, 'municipality', '101');
    await press(el, 'next');
    expect($maybe(el, '.lt-crisis')).to.equal(null);
    const box = $(el, 'input[name="hard"][value="self-harm"]');
    box.focus();
    await tick(el, 'hard', 'self-harm');
    const crisis = $(el, '#hard .lt-crisis');
    expect(crisis.querySelector('a[href="tel:70201201"]')).to.not.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(box);
    await waitUntil(
      () => text($(el, '[aria-live="polite"]')).includes('telefonnumre til hjælp'),
      'announced',
    );
    await accessible(el);
    // The link now jumps to this box instead of opening a second one.
    $(el, '#help-now').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.lt-crisis').length).to.equal(1);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#lt-crisis-heading'));
  });
});

describe('the crisis box shows the family’s own region only', () => {
  beforeEach(() => sessionStorage.clear());

  const contacts: CrisisContact[] = [
    { name: 'Ring 112', phone: '112' },
    { name: 'Region Hovedstaden akut (test)', phone: '11 11 11 11', regions: [1084] },
    { name: 'Region Midtjylland akut (test)', phone: '22 22 22 22', regions: [1082] },
  ];

  it("a prefilled municipality brings its region's number to the first step's crisis box once the 98 municipalities arrive, never another region's", async () => {
    const el = await mount(
      html`<lt-referral-widget
        .crisisContacts=${contacts}
        .prefill=${{ municipality: '751', offerId: 'aarhus-ltt' }}
      ></lt-referral-widget>`,
    );
    answer(el);
    $(el, '#help-now').click();
    await el.updateComplete;
    // The national help is there at once; the region's line follows with the later chunk,
    // which a known municipality fetches without waiting for the family to touch the form.
    expect($maybe(el, '.lt-crisis a[href="tel:112"]')).to.not.equal(null);
    await waitUntil(
      () => text($(el, '.lt-crisis')).includes('22 22 22 22'),
      "Region Midtjylland's line shows for Aarhus",
      { timeout: 5000 },
    );
    expect(text($(el, '.lt-crisis'))).not.to.contain('11 11 11 11');
    expect(heading(el)).to.contain('Hvem skriver?');
  });

  it('Aarhus (751) never sees a Region Hovedstaden number; before a municipality, no regional one', async () => {
    const el = await mount(
      html`<lt-referral-widget .crisisContacts=${contacts}></lt-referral-widget>`,
    );
    answer(el);
    await contractSchemas.load(); // the host's list is checked against the contract
    await el.updateComplete;
    $(el, '#help-now').click();
    await el.updateComplete;
    expect($maybe(el, '.lt-crisis a[href="tel:112"]')).to.not.equal(null);
    let box = text($(el, '.lt-crisis'));
    expect(box).not.to.contain('11 11 11 11');
    expect(box).not.to.contain('22 22 22 22');
    const boxes: string[] = [];
    await tick(el, 'role', 'parent');
    await press(el, 'next');
    await type(el, 'childName', 'Alma');
    await type(el, 'birthDate', '01-01-2013');
    await select(el, 'municipality', '751');
    boxes.push(text($(el, '.lt-crisis')));
    await press(el, 'next');
    await tick(el, 'hard', 'self-harm');
    boxes.push(text($(el, '.lt-crisis')));
    await press(el, 'next');
    await tick(el, 'safety', 'yes');
    boxes.push(text($(el, '.lt-crisis')));
    await press(el, 'next');
    await type(el, 'phone', '87 65 43 21');
    await press(el, 'next');
    await press(el, 'skip');
    await press(el, 'next');
    boxes.push(text($(el, '.lt-crisis')));
    await send(el);
    boxes.push(text($(el, '.lt-crisis')));
    expect(boxes.length).to.equal(5);
    for (box of boxes) {
      expect(box).to.contain('22 22 22 22');
      expect(box).not.to.contain('11 11 11 11');
    }
  });
});

describe('who consents, and who is writing', () => {
  beforeEach(() => sessionStorage.clear());

  it('a parent writing for a 16-year-old: the review says the young person must still consent', async () => {
    const el = await mount();
    const seen = answer(el);
    await shortPath(el, {
      role: 'parent',
      age: 16,
      each: async (e) => {
        if (!heading(e).includes('Må vi tale med andre?')) return;
        expect(text($(e, '#consent-ask'))).to.contain('før den unge selv har sagt ja');
        await tick(e, 'consents', 'school');
      },
    });
    expect(text($(el, '#consent-status'))).to.contain(
      'Den unge har ikke selv givet samtykke endnu',
    );
    await accessible(el);
    await send(el);
    expect(seen.referral!.consents).to.deep.equal({
      consenter: 'young-person',
      status: 'to-be-obtained',
      parties: { ppr: false, 'health-visitor': false, school: true, 'family-department': false },
    });
  });

  it('a foster carer for a child of 10: custody holders must still consent', async () => {
    const el = await mount(html`<lt-referral-widget mode="foster-carer"></lt-referral-widget>`);
    const seen = answer(el);
    await shortPath(el, { role: 'foster-carer', age: 10 });
    expect(text($(el, '#consent-status'))).to.contain(
      'Forældremyndigheden har ikke givet samtykke endnu',
    );
    expect(text($(el, '.review-section'))).to.contain('Jeg er plejeforælder');
    await accessible(el);
    await send(el);
    expect(seen.referral!.writer.role).to.equal('foster-carer');
    expect(seen.referral!.consents).to.deep.include({
      consenter: 'custody-holders',
      status: 'to-be-obtained',
    });
  });

  it('a foster carer for a 15-year-old: the young person consents, still to be obtained', async () => {
    const el = await mount(html`<lt-referral-widget mode="foster-carer"></lt-referral-widget>`);
    const seen = answer(el);
    await shortPath(el, { role: 'foster-carer', age: 15 });
    expect(text($(el, '#consent-status'))).to.contain('Den unge har ikke selv givet samtykke');
    await send(el);
    expect(seen.referral!.consents).to.deep.include({
      consenter: 'young-person',
      status: 'to-be-obtained',
    });
  });

  it('a child of 13 writing alone: told kindly a grown-up must join, offered anonymous routes, can still send', async () => {
    const counselling: CrisisContact[] = [
      { name: 'Ung Rådgivning (test)', phone: '44 44 44 44', description: 'Anonym rådgivning.' },
    ];
    const el = await mount(
      html`<lt-referral-widget
        mode="young-person"
        .anonymousCounselling=${counselling}
      ></lt-referral-widget>`,
    );
    const seen = answer(el);
    await shortPath(el, {
      role: 'young-person',
      age: 13,
      each: async (e) => {
        if (!heading(e).includes('Om dig')) return;
        await waitUntil(() => $maybe(e, '#under15-guide a[href="tel:44444444"]'), 'host route');
        const guide = text($(e, '#under15-guide'));
        expect(guide).to.contain('skal en voksen, der har forældremyndigheden over dig, være med');
        expect(guide).to.contain('BørneTelefonen');
        expect($(e, '#under15-guide a[href="tel:116111"]')).to.not.equal(null);
        expect($maybe(e, '#next')).to.not.equal(null);
        await accessible(e);
      },
    });
    expect(text($(el, '#consent-status'))).to.contain('forældremyndigheden over dig');
    expect($maybe(el, '#under15-guide')).to.not.equal(null);
    await accessible(el);
    await send(el);
    expect(seen.referral!.consents).to.deep.include({
      consenter: 'custody-holders',
      status: 'to-be-obtained',
    });
  });
});

describe('a young person writing about herself is addressed as "du"', () => {
  beforeEach(() => sessionStorage.clear());

  // What would speak about her, or to a group, instead of to her. Role choices on step 1
  // describe other writers, and the crisis box's national guidance is the contract's text.
  const THIRD_PERSON = {
    da: /\b(barnet|barnets|jer|jeres)\b|\bI (får|har|gerne|kan|vil|taler|skal)\b/i,
    en: /\bthe child('s)?\b/i,
  };
  const visible = (e: El) => {
    const root = document.createElement('div');
    for (const node of e.shadowRoot!.childNodes) root.append(node.cloneNode(true));
    root.querySelectorAll('#role, .lt-crisis, .progress').forEach((n) => n.remove());
    return text(root);
  };

  for (const lang of ['da', 'en'] as const) {
    for (const age of [13, 15, 17]) {
      it(`${lang}, age ${age}: every step, the review and the progress list`, async () => {
        const el = await mount(
          html`<lt-referral-widget mode="young-person" lang=${lang}></lt-referral-widget>`,
        );
        if (lang === 'en') await waitUntil(() => heading(el).startsWith('Step'), 'English');
        answer(el);
        const seen: string[] = [];
        await shortPath(el, {
          role: 'young-person',
          age,
          each: async (e) => {
            if (lang === 'en') await waitUntil(() => !text(e.shadowRoot!).includes('Trin '));
            seen.push(heading(e));
            expect(visible(e), heading(e)).not.to.match(THIRD_PERSON[lang]);
            expect(text($(e, '.progress'))).not.to.match(THIRD_PERSON[lang]);
          },
          reviewHeading: lang === 'en' ? 'Check it all' : undefined,
        });
        expect(seen.join(' | ')).to.contain(lang === 'da' ? 'Om dig' : 'About you');
        expect(seen.join(' | ')).to.contain(lang === 'da' ? 'Er du i fare?' : 'Are you in danger?');
        expect(text(el.shadowRoot!)).to.contain(
          lang === 'da'
            ? 'Har du tanker om at gøre skade på dig selv'
            : 'Do you have thoughts of hurting yourself',
        );
        await send(el);
        expect(visible(el)).not.to.match(THIRD_PERSON[lang]);
      });
    }
  }
});
