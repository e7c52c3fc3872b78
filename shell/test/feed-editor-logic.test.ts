import { expect } from '@open-wc/testing';
import { Offer, OfferDirectory, contractSchemas, validate } from '@lettilbud/contract';
import { readDirectory } from '../../packages/offer-finder/src/logic/directory.js';
import { draftToForm, feedToForm } from '../src/editor/load.js';
import {
  courseIds,
  emptyCourse,
  emptyForm,
  formToFeed,
  normalizeTime,
  type EditorForm,
} from '../src/editor/model.js';
import { checkFeed, fieldId, loadFeedChecks, problemsOf } from '../src/editor/problems.js';
import { demoDirectory } from '../src/mocks/demo-data.js';

/** A form that gives a valid feed: one offer, one course; placeholders, never real details. */
function validForm(): EditorForm {
  const form = emptyForm(new Date('2026-11-20T12:00:00Z'));
  form.municipality = '101';
  form.name = 'Lettilbud (eksempel)';
  form.phone = '00 00 00 01';
  form.hours.Monday = { opens: '09:00', closes: '15:00' };
  form.hours.Tuesday = { opens: '09:00', closes: '15:00' };
  form.courses = [
    {
      ...emptyCourse(),
      name: 'Eksempelforløb',
      agesMin: '7',
      agesMax: '12',
      formats: ['group'],
      concerns: ['worry'],
    },
  ];
  return form;
}

const byField = (form: EditorForm) =>
  Object.fromEntries(checkFeed(form).problems.map((p) => [p.fieldId, p.message]));

// The editor checks with the contract's compiled checks, loaded once as the shell does.
before(() => loadFeedChecks());

describe('feed editor: the form as a feed, judged by the contract', () => {
  it('a filled-in form is a feed the contract and the finder read with no issue', async () => {
    const { feed, issues, problems } = checkFeed(validForm());
    expect(issues).to.deep.equal([]);
    expect(problems).to.deep.equal([]);
    expect(validate(OfferDirectory, feed).ok).to.equal(true);
    expect(validate(Offer, feed!.offers[0]).ok).to.equal(true);
    const read = readDirectory(feed, await contractSchemas.load());
    expect(read.issues).to.deep.equal([]);
    expect(read.offers[0]!.courses[0]!.name).to.equal('Eksempelforløb');
    // Days with the same hours share one period; the publisher is the municipality.
    expect(read.offers[0]!.phone!.hours).to.deep.equal([
      { dayOfWeek: ['Monday', 'Tuesday'], opens: '09:00', closes: '15:00' },
    ]);
    expect(feed!.publisher).to.equal('Københavns Kommune');
  });

  it('an empty form asks for the municipality and the name only, and gives no feed', () => {
    const check = checkFeed(emptyForm());
    expect(check.feed).to.equal(null);
    expect(byField(emptyForm())).to.deep.equal({
      [fieldId.offer('municipality')]: 'Vælg den kommune, tilbuddet hører til',
      [fieldId.offer('name')]: 'Skriv tilbuddets navn',
    });
  });

  it('hours that close before they open: the problem is on each day of that period, in Danish', () => {
    const form = validForm();
    form.hours.Monday = { opens: '15:00', closes: '09:00' };
    form.hours.Wednesday = { opens: '15:00', closes: '09:00' };
    const check = checkFeed(form);
    expect(check.feed).to.equal(null);
    const closes = check.problems.filter((p) => p.path === 'offers[0].phone.hours[0]');
    expect(closes.map((p) => p.fieldId)).to.deep.equal([
      fieldId.day('Monday', 'closes'),
      fieldId.day('Wednesday', 'closes'),
    ]);
    expect(closes[0]!.summary).to.equal('Mandag: Telefonen skal lukke senere, end den åbner');
    expect(closes[1]!.summary).to.equal('Onsdag: Telefonen skal lukke senere, end den åbner');
  });

  it('a time not as tt:mm, and one half of a day missing, are named at their field', () => {
    const form = validForm();
    form.hours.Thursday = { opens: '9-ish', closes: '15:00' };
    form.hours.Friday = { opens: '09:00', closes: '' };
    expect(byField(form)).to.deep.equal({
      [fieldId.day('Thursday', 'opens')]: 'Skriv åbningstiden som tt:mm, fx 09:00',
      [fieldId.day('Friday', 'closes')]:
        'Skriv, hvornår telefonen lukker, eller slet åbningstiden, hvis der er lukket',
    });
  });

  it('Danish ways of writing a time are read as the contract writes them', () => {
    expect(normalizeTime('9')).to.equal('09:00');
    expect(normalizeTime('9.30')).to.equal('09:30');
    expect(normalizeTime(' 09:00 ')).to.equal('09:00');
    expect(normalizeTime('24:00')).to.equal('24:00');
    expect(normalizeTime('9-ish')).to.equal('9-ish');
  });

  it('a bad phone number, and hours without a number, are named at the phone field', () => {
    const form = validForm();
    form.phone = 'ring til os';
    expect(byField(form)).to.deep.equal({
      [fieldId.offer('phone')]: 'Telefonnummeret må kun have tal, mellemrum, + og - (mindst 3 tal)',
    });
    form.phone = '';
    expect(byField(form)).to.deep.equal({
      [fieldId.offer('phone')]: 'Skriv telefonnummeret, eller slet telefontiderne',
    });
  });

  it('e-mail, links, address and waiting time: each problem at its field', () => {
    const form = validForm();
    form.email = 'tilbud.example.org';
    form.website = 'javascript:alert(1)';
    form.contactUrl = 'example.org/kontakt';
    form.postalCode = '100';
    form.waitingWeeks = 'to';
    expect(byField(form)).to.deep.equal({
      [fieldId.offer('email')]: 'Skriv en hel e-mailadresse med @, fx navn@example.org',
      [fieldId.offer('contact-url')]: 'Skriv en hel webadresse, der begynder med https://',
      [fieldId.offer('website')]: 'Skriv en hel webadresse, der begynder med https://',
      [fieldId.offer('street')]: 'Skriv vejnavn og husnummer, eller slet hele adressen',
      [fieldId.offer('postal-code')]: 'Postnummeret skal være 4 tal, fx 1000',
      [fieldId.offer('locality')]: 'Skriv bynavnet',
      [fieldId.offer('waiting')]: 'Skriv ventetiden som et helt antal uger fra 0 til 52',
    });
  });

  it("a course's problems are named at its fields, with its number in the summary", () => {
    const form = validForm();
    const c = form.courses[0]!;
    Object.assign(c, { name: ' ', agesMin: '', agesMax: '12', formats: [], sessionsMin: '4' });
    const check = checkFeed(form);
    expect(Object.fromEntries(check.problems.map((p) => [p.fieldId, p.summary]))).to.deep.equal({
      [fieldId.course(c, 'name')]: 'Forløb 1: Skriv forløbets navn',
      [fieldId.course(c, 'ages-min')]:
        'Forløb 1: Skriv den laveste alder som et helt tal fra 0 til 25',
      [fieldId.course(c, 'formats')]: 'Forløb 1: Vælg mindst én måde, forløbet foregår på',
      [fieldId.course(c, 'sessions-max')]:
        'Forløb 1: Skriv både det laveste og det højeste antal gange, eller lad begge stå tomme',
    });
    Object.assign(c, { name: 'Eksempelforløb', agesMin: '14', agesMax: '12', formats: ['group'] });
    Object.assign(c, { sessionsMin: '', sessionsMax: '' });
    expect(byField(form)).to.deep.equal({
      [fieldId.course(c, 'ages-max')]: 'Den højeste alder må ikke være lavere end den laveste',
    });
    c.agesMax = '26';
    expect(byField(form)).to.deep.equal({
      [fieldId.course(c, 'ages-max')]: 'Skriv den højeste alder som et helt tal fra 0 til 25',
    });
  });

  it('too long texts say the limit; no English message ever reaches the editor', () => {
    const form = validForm();
    form.name = 'x'.repeat(201);
    form.courses[0]!.description = 'y'.repeat(1001);
    const { problems } = checkFeed(form);
    expect(problems.map((p) => p.message)).to.deep.equal([
      'Navnet må højst have 200 tegn',
      'Beskrivelsen må højst have 1000 tegn',
    ]);
    for (const p of problems) expect(p.message).to.not.match(/Expected|Invalid/);
  });

  it('lists problems in the order of the form, not the order of the schema', () => {
    const form = validForm();
    form.courses[0]!.name = '';
    form.verifiedAt = '';
    form.name = '';
    form.municipality = '';
    expect(checkFeed(form).problems.map((p) => p.fieldId)).to.deep.equal([
      fieldId.offer('municipality'),
      fieldId.offer('name'),
      fieldId.offer('verified'),
      fieldId.course(form.courses[0]!, 'name'),
    ]);
  });

  it('an issue no field can fix is still said, in Danish, without a link', () => {
    const [p] = problemsOf([{ path: 'contractVersion', message: 'Expected …' }], validForm());
    expect(p!.fieldId).to.equal(null);
    expect(p!.message).to.contain('Feedet har en fejl');
  });

  it('course ids: from the name, kept from a loaded feed, unique in the feed', () => {
    const a = { ...emptyCourse(), name: 'Tryg nok' };
    const b = { ...emptyCourse(), name: 'Tryg nok' };
    const loaded = { ...emptyCourse(), id: 'cool-kids', name: 'Cool Kids (ny titel)' };
    const blank = emptyCourse();
    expect(courseIds([a, b, loaded, blank])).to.deep.equal([
      'tryg-nok',
      'tryg-nok-2',
      'cool-kids',
      'forloeb-4',
    ]);
    expect(
      courseIds([{ ...emptyCourse(), name: 'Glad i skolen, også om vinteren!' }]),
    ).to.deep.equal(['glad-i-skolen-ogsaa-om-vinteren']);
  });
});

describe('feed editor: loading an existing feed', () => {
  it('the demo feed loads into the form and comes out unchanged', () => {
    const loaded = feedToForm(JSON.stringify(demoDirectory));
    expect(loaded.ok).to.equal(true);
    if (!loaded.ok) return;
    expect(loaded.notKept).to.deep.equal([]);
    const feed = formToFeed(loaded.form) as { offers: unknown[]; publisher: string };
    expect(feed.offers[0]).to.deep.equal(demoDirectory.offers[0]);
  });

  it('names what the form cannot hold, so nothing is dropped silently', () => {
    const offer = structuredClone(demoDirectory.offers[0]!) as Record<string, unknown>;
    offer.phone = {
      number: '00 00 00 01',
      hours: [
        { dayOfWeek: ['Monday'], opens: '09:00', closes: '12:00' },
        { dayOfWeek: ['Monday'], opens: '13:00', closes: '15:00' },
      ],
      exceptions: [{ date: '2026-12-24', closed: true }],
    };
    offer.municipalities = ['101', '147'];
    const loaded = feedToForm(JSON.stringify({ ...demoDirectory, offers: [offer, offer] }));
    expect(loaded.ok && loaded.notKept).to.deep.equal([
      '1 tilbud mere (kun det første er læst)',
      'flere kommuner end den første',
      'mere end én telefontid på samme dag',
      'lukkedage og særlige telefontider',
    ]);
  });

  it('a file that is not a feed says so', () => {
    expect(feedToForm('{ not json')).to.deep.equal({
      ok: false,
      message: 'Filen er ikke et feed: den er ikke gyldig JSON.',
    });
    expect(feedToForm('{"offers": []}')).to.deep.equal({
      ok: false,
      message: 'Filen er ikke et feed: den har ingen tilbud ("offers").',
    });
  });

  it("a broken feed loads, and its problems are the contract's, in Danish", () => {
    const offer = { ...structuredClone(demoDirectory.offers[0]!), email: 'ikke en adresse' };
    const loaded = feedToForm(JSON.stringify({ ...demoDirectory, offers: [offer] }));
    expect(loaded.ok).to.equal(true);
    if (!loaded.ok) return;
    expect(byField(loaded.form)).to.deep.equal({
      [fieldId.offer('email')]: 'Skriv en hel e-mailadresse med @, fx navn@example.org',
    });
  });

  it('a damaged or foreign draft gives a usable form, never a broken page', () => {
    expect(draftToForm(null)).to.equal(null);
    expect(draftToForm('not json')).to.equal(null);
    expect(draftToForm('{"something":"else"}')).to.equal(null);
    const form = draftToForm(
      JSON.stringify({
        form: {
          name: 'Lettilbud (eksempel)',
          phone: 12345678,
          status: 'closed-forever',
          whoMayContact: ['parent', 'everyone'],
          hours: { Monday: { opens: '09:00', closes: 15 }, Funday: {} },
          courses: [{ name: 'Eksempelforløb', formats: ['group', 'circus'], concerns: 'worry' }, 7],
        },
      }),
    )!;
    expect(form.name).to.equal('Lettilbud (eksempel)');
    expect(form.phone).to.equal('');
    expect(form.status).to.equal('running');
    expect(form.whoMayContact).to.deep.equal(['parent']);
    expect(form.hours.Monday).to.deep.equal({ opens: '09:00', closes: '' });
    expect(form.hours.Sunday).to.deep.equal({ opens: '', closes: '' });
    expect(form.courses.map((c) => [c.name, c.formats, c.concerns])).to.deep.equal([
      ['Eksempelforløb', ['group'], []],
      ['', [], []],
    ]);
    expect(checkFeed(form).problems.length).to.be.greaterThan(0);
  });
});
