import { expect } from '@open-wc/testing';
import {
  CONTRACT_VERSION,
  Course,
  Offer,
  OfferDirectory,
  OpeningHours,
  SpecialHours,
  offerSelectSpec,
  offerFinderChangeSpec,
  validate,
} from '../src/index.js';

const course = {
  id: 'cool-kids',
  name: 'Cool Kids',
  manual: 'Cool Kids',
  concerns: ['worry'],
  ages: { min: 7, max: 12 },
  formats: ['group'],
  sessions: { min: 10, max: 10 },
  provider: 'PPR',
};

const offer = {
  id: 'aarhus-odder',
  name: 'Fælles tilbud',
  status: 'running',
  municipalities: ['751', '727'],
  phone: {
    number: '89 40 20 00',
    hours: [{ dayOfWeek: ['Monday', 'Friday'], opens: '09:00', closes: '15:00' }],
    exceptions: [
      { date: '2026-12-24', closed: true, note: 'Juleaften' },
      { date: '2026-12-23', opens: '10:00', closes: '12:00' },
    ],
  },
  email: 'tilbud@example.dk',
  contactUrl: 'https://example.dk/kontakt',
  website: 'https://example.dk',
  addresses: [{ streetAddress: 'Testvej 1', postalCode: '8000', locality: 'Aarhus C' }],
  ages: { min: 5, max: 17 },
  whoMayContact: ['young-person', 'parent', 'professional', 'gp'],
  waitingTime: { weeks: 3, text: 'Typisk 2-4 uger' },
  courses: [course],
  verifiedAt: '2026-11-01',
};

const paths = (schema: Parameters<typeof validate>[0], input: unknown) => {
  const result = validate(schema, input);
  return result.ok ? [] : result.issues.map((i) => i.path);
};

describe('offer-directory schema', () => {
  it('accepts a full joint offer shaped after Open Referral and schema.org hours', () => {
    expect(validate(Offer, offer).ok).to.equal(true);
    expect(validate(Course, course).ok).to.equal(true);
    expect(
      validate(OfferDirectory, {
        contractVersion: CONTRACT_VERSION,
        publisher: 'Aarhus Kommune',
        generatedAt: '2026-11-23T09:00:00+01:00',
        offers: [offer],
        catalogue: [course],
      }).ok,
    ).to.equal(true);
  });

  it('accepts the minimal offer: status unknown, no contact details, no courses', () => {
    const minimal = {
      id: 'x',
      name: 'Tilbuddet',
      status: 'unknown',
      municipalities: ['101'],
      courses: [],
      verifiedAt: '2026-11-23',
    };
    expect(validate(Offer, minimal).ok).to.equal(true);
    expect(validate(Offer, { ...minimal, status: 'not-yet-running' }).ok).to.equal(true);
  });

  it('reports the path of each problem', () => {
    expect(paths(Offer, { ...offer, phone: { ...offer.phone, number: 'ring os' } })).to.deep.equal([
      'phone.number',
    ]);
    expect(paths(Offer, { ...offer, municipalities: ['1010'] })).to.deep.equal([
      'municipalities[0]',
    ]);
    expect(
      paths(Offer, { ...offer, courses: [{ ...course, concerns: ['anxiety'] }] }),
    ).to.deep.equal(['courses[0].concerns[0]']);
    expect(paths(Offer, { ...offer, verifiedAt: undefined })).to.deep.equal(['verifiedAt']);
    expect(paths(Offer, { ...offer, status: 'open' })).to.deep.equal(['status']);
  });

  it('allows only http(s) links and sane e-mail', () => {
    expect(paths(Offer, { ...offer, website: 'javascript:alert(1)' })).to.deep.equal(['website']);
    expect(paths(Offer, { ...offer, contactUrl: 'data:text/html,x' })).to.deep.equal([
      'contactUrl',
    ]);
    expect(paths(Offer, { ...offer, email: 'not an address' })).to.deep.equal(['email']);
  });

  it('bounds feed text so a hostile feed cannot flood the page', () => {
    expect(paths(Offer, { ...offer, name: 'x'.repeat(201) })).to.deep.equal(['name']);
    expect(paths(Offer, { ...offer, name: '   ' })).to.deep.equal(['name']);
  });

  it('checks ages: integers, min at most max', () => {
    expect(paths(Course, { ...course, ages: { min: 12, max: 7 } })).to.deep.equal(['ages']);
    expect(paths(Course, { ...course, ages: { min: 7.5, max: 12 } })).to.deep.equal(['ages.min']);
    expect(paths(Course, { ...course, formats: [] })).to.deep.equal(['formats']);
  });

  it('opening hours: HH:MM, 24:00 for midnight, opens before closes', () => {
    const ok = { dayOfWeek: ['Friday'], opens: '20:00', closes: '24:00' };
    expect(validate(OpeningHours, ok).ok).to.equal(true);
    expect(validate(OpeningHours, { ...ok, opens: '9:00' }).ok).to.equal(false);
    expect(validate(OpeningHours, { ...ok, opens: '25:00' }).ok).to.equal(false);
    expect(validate(OpeningHours, { ...ok, closes: '19:00' }).ok).to.equal(false);
    expect(validate(OpeningHours, { ...ok, dayOfWeek: ['Fredag'] }).ok).to.equal(false);
    expect(validate(OpeningHours, { ...ok, dayOfWeek: [] }).ok).to.equal(false);
  });

  it('a dated exception is either closed all day or has its own hours', () => {
    expect(validate(SpecialHours, { date: '2026-12-24', closed: true }).ok).to.equal(true);
    expect(
      validate(SpecialHours, { date: '2026-12-23', opens: '10:00', closes: '12:00' }).ok,
    ).to.equal(true);
    expect(validate(SpecialHours, { date: '2026-12-24' }).ok).to.equal(false);
    expect(
      validate(SpecialHours, { date: '2026-12-24', closed: true, opens: '10:00', closes: '12:00' })
        .ok,
    ).to.equal(false);
    expect(
      validate(SpecialHours, { date: '2026-12-23', opens: '12:00', closes: '10:00' }).ok,
    ).to.equal(false);
    expect(validate(SpecialHours, { date: '24-12-2026', closed: true }).ok).to.equal(false);
  });

  it('the envelope keeps offers unchecked so one bad entry is skipped, not fatal', () => {
    const result = validate(OfferDirectory, {
      contractVersion: CONTRACT_VERSION,
      publisher: 'Test',
      offers: [offer, { broken: true }, 42],
    });
    expect(result.ok).to.equal(true);
    expect(
      paths(OfferDirectory, { contractVersion: '3.0.0', publisher: 'X', offers: [] }),
    ).to.deep.equal(['contractVersion']);
    expect(
      paths(OfferDirectory, { contractVersion: CONTRACT_VERSION, publisher: 'X', offers: {} }),
    ).to.deep.equal(['offers']);
  });
});

describe('offer-finder events', () => {
  it('lt-offer-select carries municipality, offer, optional course and the channel', () => {
    const detail = { municipality: '751', offerId: 'aarhus-odder', channel: 'phone' };
    expect(validate(offerSelectSpec.detail, detail).ok).to.equal(true);
    expect(validate(offerSelectSpec.detail, { ...detail, courseId: 'cool-kids' }).ok).to.equal(
      true,
    );
    expect(validate(offerSelectSpec.detail, { ...detail, channel: 'fax' }).ok).to.equal(false);
    expect(validate(offerSelectSpec.detail, { ...detail, municipality: 'Aarhus' }).ok).to.equal(
      false,
    );
  });

  it('lt-offer-finder-change carries the whole selection, nulls when unset', () => {
    expect(
      validate(offerFinderChangeSpec.detail, {
        municipality: null,
        age: null,
        concerns: [],
        format: null,
      }).ok,
    ).to.equal(true);
    expect(
      validate(offerFinderChangeSpec.detail, {
        municipality: '101',
        age: 9,
        concerns: ['worry', 'self-harm'],
        format: 'group',
      }).ok,
    ).to.equal(true);
  });
});
