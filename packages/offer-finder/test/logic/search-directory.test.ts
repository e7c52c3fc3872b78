import { expect } from '@open-wc/testing';
import { lookup, searchByName, unpackPostalCodes } from '../../src/logic/search.js';
import { contractSchemas } from '@lettilbud/contract';
import { readDirectory as read, trustedDirectory } from '../../src/logic/directory.js';
import { matchingCourses } from '../../src/logic/match.js';
import { POSTAL_CODES_PACKED } from '../../src/data/postal-codes.data.js';
import { DEFAULT_DIRECTORY } from '../../src/data/default-directory.js';

const table = unpackPostalCodes(POSTAL_CODES_PACKED);
const schemas = await contractSchemas.load();
const readDirectory = (input: unknown) => read(input, schemas);
const names = (q: string) => searchByName(q).map((m) => m.name);

describe('municipality search', () => {
  it('is tolerant of case, accents, æ/ø/å and "aa"', () => {
    expect(names('aarhus')[0]).to.equal('Aarhus');
    expect(names('Århus')[0]).to.equal('Aarhus');
    expect(names('KØGE')[0]).to.equal('Køge');
    expect(names('koege')[0]).to.equal('Køge');
    expect(names('hoje-taastrup')).to.include('Høje-Taastrup');
    expect(names('Høje Taastrup')).to.include('Høje-Taastrup');
    expect(names('arhus')[0]).to.equal('Aarhus');
  });

  it('accepts legal names', () => {
    expect(names('Københavns Kommune')[0]).to.equal('København');
    expect(names('Bornholms Regionskommune')[0]).to.equal('Bornholm');
  });

  it('resolves postal codes, asking when one spans several municipalities', () => {
    const one = lookup('6000', table);
    expect(one.kind === 'postal' && one.matches.map((m) => m.code)).to.deep.equal(['621']);
    const two = lookup('2000', table);
    expect(two.kind === 'postal' && two.matches.map((m) => m.code).sort()).to.deep.equal([
      '101',
      '147',
    ]);
    expect(lookup('9999', table).kind).to.equal('postal-unknown');
  });

  it('degrades gracefully without a postal-code table', () => {
    expect(lookup('2000', null).kind).to.equal('postal-unavailable');
    expect(lookup('Odense', null).kind).to.equal('names');
  });
});

describe('directory feed', () => {
  it('the embedded default is valid, reads unchanged, and invents no contact details', () => {
    const read = readDirectory(DEFAULT_DIRECTORY);
    expect(read.issues).to.deep.equal([]);
    // The finder takes the default as it is (no schemas loaded): checking it must change nothing.
    const trusted = trustedDirectory(DEFAULT_DIRECTORY);
    expect(trusted.offers).to.deep.equal(read.offers);
    expect(trusted.catalogue).to.deep.equal(read.catalogue);
    for (const offer of read.offers) {
      expect(offer.phone, offer.id).to.equal(undefined);
      expect(offer.addresses, offer.id).to.equal(undefined);
    }
  });

  it('skips invalid offers and reports them by path; keeps the valid ones', () => {
    const good = DEFAULT_DIRECTORY.offers[0] as { id: string };
    const read = readDirectory({
      contractVersion: '1.0.0',
      publisher: 'Test',
      offers: [
        good,
        { ...good, id: 'bad', phone: { number: 'ring os', hours: [] } },
        { ...good, id: 'bad2', municipalities: 'all' },
        42,
      ],
    });
    expect(read.offers.map((o) => o.id)).to.deep.equal(['kbh-entre']);
    expect(read.issues.map((i) => i.path)).to.include.members([
      'offers[1].phone.number',
      'offers[2].municipalities',
      'offers[3]',
    ]);
  });

  it('rejects an envelope that is not a feed (fatal, fall back)', () => {
    expect(readDirectory({ offers: 'nope' }).fatal).to.equal(true);
    expect(readDirectory('<html>').fatal).to.equal(true);
  });

  it('reads a 5 MB feed', () => {
    const offer = DEFAULT_DIRECTORY.offers[0] as Record<string, unknown>;
    const offers = Array.from({ length: 1800 }, (_, i) => ({
      ...offer,
      id: `o${i}`,
      description: 'x'.repeat(999),
    }));
    const json = JSON.stringify({ contractVersion: '1.0.0', publisher: 'Big', offers });
    expect(json.length).to.be.greaterThan(5_000_000);
    const read = readDirectory(JSON.parse(json));
    expect(read.offers.length).to.equal(1800);
  });

  it('matches courses by age, concern and format', () => {
    const courses = readDirectory(DEFAULT_DIRECTORY).offers[0]!.courses;
    expect(
      matchingCourses(courses, { age: 8, concerns: ['worry'], format: null }).map((c) => c.id),
    ).to.deep.equal(['kbh-mind-my-mind', 'kbh-cool-kids']);
    expect(
      matchingCourses(courses, { age: 13, concerns: ['self-harm'], format: 'individual' }).map(
        (c) => c.id,
      ),
    ).to.deep.equal(['kbh-stime-selvskade']);
    expect(
      matchingCourses(courses, { age: 5, concerns: [], format: 'parents' }).map((c) => c.id),
    ).to.deep.equal(['kbh-pmto']);
  });
});
