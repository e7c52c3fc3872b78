import { expect } from '@open-wc/testing';
import { CrisisContactList, municipalityByCode, type CrisisContact } from '@lettilbud/contract';
import { crisisContactsFor, defaultCrisisContacts } from '../src/index.js';

const capital: CrisisContact = {
  name: 'Regionens akutlinje (test)',
  phone: '11 11 11 11',
  regions: [1084],
};
const east: CrisisContact = {
  name: 'Østdanmark (test)',
  phone: '22 22 22 22',
  regions: [1084, 1085],
};
const guidance: CrisisContact = { name: 'Din egen læge', description: 'Ring til din egen læge.' };
const hostList = [capital, east, guidance];
const regionOf = (code: string) => municipalityByCode(code)?.regionCode;

describe('crisis contacts for the family’s region', () => {
  it('the defaults name no regional number at all (the product holds no sourced one)', () => {
    for (const locale of ['da', 'en'] as const) {
      const text = JSON.stringify(defaultCrisisContacts(locale));
      expect(text).not.to.contain('1813');
      const phones = defaultCrisisContacts(locale).flatMap((c) => (c.phone ? [c.phone] : []));
      expect(phones).to.deep.equal(['112', '70 201 201', '116 111']);
    }
  });

  it('shows a regional contact only in its own region', () => {
    expect(crisisContactsFor(hostList, regionOf('101')).map((c) => c.name)).to.deep.equal([
      capital.name,
      east.name,
      guidance.name,
    ]);
    // Roskilde (Sjælland) gets the merged region's line, not the Capital Region's.
    expect(crisisContactsFor(hostList, regionOf('265')).map((c) => c.name)).to.deep.equal([
      east.name,
      guidance.name,
    ]);
    // Aarhus (Midtjylland) and Ærø (Syddanmark): neither number, only the guidance.
    for (const code of ['751', '492']) {
      expect(crisisContactsFor(hostList, regionOf(code))).to.deep.equal([guidance]);
    }
  });

  it('with no region known, leaves every regional contact out', () => {
    expect(crisisContactsFor(hostList)).to.deep.equal([guidance]);
    expect(crisisContactsFor(hostList, null)).to.deep.equal([guidance]);
    expect(crisisContactsFor(hostList, regionOf('999'))).to.deep.equal([guidance]);
  });

  it('a host list may tag contacts with region codes; a bad code is refused', () => {
    expect(CrisisContactList.safeParse(hostList).success).to.equal(true);
    expect(CrisisContactList.safeParse([{ name: 'X', regions: ['Hovedstaden'] }]).success).to.equal(
      false,
    );
    expect(CrisisContactList.safeParse([{ name: 'X', regions: [] }]).success).to.equal(false);
  });
});
