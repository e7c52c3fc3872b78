import { expect } from '@open-wc/testing';
import { CONCERNS } from '@lettilbud/contract';
import { da } from '../../src/i18n/da.js';
import { en } from '../../src/i18n/en.js';
import { DEFAULT_DIRECTORY } from '../../src/data/default-directory.js';

type Catalog = Record<string, string | ((...args: never[]) => string)>;

/** Every string of a catalog as a family reads it (functions called with sample values). */
function read(catalog: Catalog): Map<string, string> {
  const samples: Record<string, unknown[]> = {
    postalUnknown: ['9999'],
    postalSeveral: ['2000'],
    noDetails: ['Odense Kommune'],
    serves: ['Aarhus, Odder'],
    openNow: ['15:00'],
    opensAt: ['mandag kl. 9:00'],
    verified: ['1. november 2026'],
    aboutOffers: ['Aarhus Kommune'],
    courseAges: [7, 12],
    courseSessions: [8, 10],
  };
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === 'string') out.set(key, value);
    else
      for (const n of samples[key] ? [samples[key]] : [[0], [1], [3]])
        out.set(`${key}(${n.join()})`, (value as (...a: unknown[]) => string)(...n));
  }
  return out;
}

/** Licence and data-source notes: only in the "Om data" disclosure. */
const ABOUT = /^about/;

describe('what families read (da and en catalogs)', () => {
  for (const [lang, catalog] of [
    ['da', da],
    ['en', en],
  ] as const) {
    it(`${lang}: no promise, no diagnosis, no licence note outside Om data, no cold "we do not know"`, () => {
      for (const [key, s] of read(catalog as unknown as Catalog)) {
        expect(s, key).not.to.match(/\bsenest\b|\bat the latest\b|garant|we promise|vi lover/i);
        expect(s, key).not.to.match(/psykolog|psychologist/i);
        expect(s, key).not.to.match(
          /angst|anxiety|depressi|\bOCD\b|ADHD|diagnos|lidelse|disorder/i,
        );
        expect(s, key).not.to.match(/fejlbehæft|indbyggede oplysninger|built-in details/i);
        expect(s, key).not.to.match(/Vi ved ikke, om tilbuddet|do not know if the offer/i);
        if (!ABOUT.test(key)) expect(s, key).not.to.match(/PostNord|DAGI|CC BY|licen[cs]/i);
      }
    });
  }

  it('the targets are targets, the screening is conditional and with a behandler', () => {
    expect(da.targets).to.match(/forsøger at .* inden for 14 dage/);
    expect(da.targets).to.contain('Hvis I sammen finder ud af, at det er det rigtige');
    expect(da.targets).to.contain('en behandler');
    expect(da.targets).to.contain('Det er mål, ikke løfter');
    expect(en.targets).to.match(/tries to .* within 14 days/);
    expect(en.targets).to.contain('If you find together that it is right for you');
  });

  it('concern labels are the framework’s everyday words: "Bekymringer", not "angst"', () => {
    const worry = CONCERNS.find((c) => c.id === 'worry')!;
    expect([worry.da, worry.en]).to.deep.equal(['Bekymringer', 'Worries']);
  });
});

describe('the embedded default directory', () => {
  it('keeps the STIME courses under the framework’s own titles (box 4), word for word', () => {
    const titles = DEFAULT_DIRECTORY.catalogue
      .map((c) => (c as { name: string }).name)
      .filter((n) => n.startsWith('STIME'));
    // From Sundhedsstyrelsen's framework, box 4 ("Eksempler på eksisterende dokumenterede
    // manualer"), in the seeds: the titles under "STIME".
    expect(titles).to.have.members([
      'STIME: Når bekymring eller tristhed fylder for meget',
      'STIME: Når svære følelser fører til selvskade',
      'STIME: Når tanker om krop og mad fylder for meget',
      'STIME: Når uro, opmærksomhed eller impulsivitet er en udfordring',
      'STIME: Når gentagne tanker og handlinger tager styringen',
    ]);
    const offered = (DEFAULT_DIRECTORY.offers as { courses: { name: string }[] }[]).flatMap((o) =>
      o.courses.map((c) => c.name),
    );
    for (const name of offered.filter((n) => n.startsWith('STIME')))
      expect(titles, name).to.include(name);
  });

  it('names courses in everyday words, never by diagnosis', () => {
    const all = [
      ...DEFAULT_DIRECTORY.catalogue,
      ...(DEFAULT_DIRECTORY.offers as { courses: unknown[] }[]).flatMap((o) => o.courses),
    ].map((c) => (c as { name: string }).name);
    for (const name of all) expect(name).not.to.match(/angst|depression|OCD|lidelse/i);
  });
});
