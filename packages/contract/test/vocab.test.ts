import { expect } from '@open-wc/testing';
import {
  CONCERNS,
  LTT_THEME,
  MUNICIPALITIES,
  foldForSearch,
  concernById,
  lttThemesFor,
  municipalityByCode,
  municipalityDisplayName,
  normalizeMunicipalityCode,
} from '../src/index.js';

describe('municipalities', () => {
  it('holds the 98 municipalities with their regions', () => {
    expect(MUNICIPALITIES.length).to.equal(98);
    const perRegion = new Map<number, number>();
    for (const m of MUNICIPALITIES)
      perRegion.set(m.regionCode, (perRegion.get(m.regionCode) ?? 0) + 1);
    expect(Object.fromEntries(perRegion)).to.deep.equal({
      1084: 29,
      1085: 17,
      1083: 22,
      1082: 19,
      1081: 11,
    });
    expect(municipalityByCode('101')?.regionName).to.equal('Region Hovedstaden');
  });

  it('maps the 4-digit FHIR/DAWA form and rejects unknown codes', () => {
    expect(normalizeMunicipalityCode('0101')).to.equal('101');
    expect(normalizeMunicipalityCode('101')).to.equal('101');
    expect(normalizeMunicipalityCode('411')).to.equal(null);
    expect(normalizeMunicipalityCode('abc')).to.equal(null);
  });

  it('gives the legal names', () => {
    expect(municipalityDisplayName(municipalityByCode('101')!)).to.equal('Københavns Kommune');
    expect(municipalityDisplayName(municipalityByCode('400')!)).to.equal(
      'Bornholms Regionskommune',
    );
    expect(municipalityDisplayName(municipalityByCode('751')!)).to.equal('Aarhus Kommune');
  });

  it('folds names for tolerant search', () => {
    expect(foldForSearch('Århus')).to.equal(foldForSearch('aarhus'));
    expect(foldForSearch('Høje-Taastrup')).to.equal(
      foldForSearch('hoje taastrup'.replace('o', 'ø')),
    );
    expect(foldForSearch('KØGE')).to.equal('koege');
    expect(foldForSearch('Ærø')).to.equal('aeroe');
  });
});

describe('concerns', () => {
  it('codes every concern with an LTT Tema code; extras report as Andet', () => {
    const themes = new Set(Object.values(LTT_THEME));
    for (const c of CONCERNS) expect(themes.has(c.ltt as never)).to.equal(true);
    expect(lttThemesFor(['stress', 'school-absence', 'other'])).to.deep.equal([LTT_THEME.other]);
    expect(lttThemesFor(['worry', 'sadness'])).to.deep.equal([LTT_THEME.worry, LTT_THEME.sadness]);
  });

  it('labels every concern in everyday words, never a diagnosis (da and en)', () => {
    // The framework's non-diagnostic words: worry, not anxiety; sadness, not depression.
    const diagnoses =
      /angst|anxiety|depressi|ocd|adhd|add\b|autis|spiseforstyrr|eating disorder|psykos|psychos|ptsd|tvangs|compulsive|lidelse|disorder|diagnos/i;
    for (const c of CONCERNS) {
      expect(c.da, c.id).not.to.match(diagnoses);
      expect(c.en, c.id).not.to.match(diagnoses);
    }
    expect(concernById('worry')).to.include({ da: 'Bekymringer', en: 'Worries' });
  });
});
