import { expect } from '@open-wc/testing';
import {
  JournalCase,
  LTT_REFERRAL,
  LTT_STAGE,
  LTT_THEME,
  LtJourneyError,
  caseToLttBundle,
  fhirToCase,
  lttView,
  validate,
} from '../../src/index.js';
import {
  IDA_CPR,
  SOR,
  fullCase,
  loadJosefine,
  resourcesIn,
  type Bundle,
  type CC,
  type LttResource,
} from './helpers.js';
import { checkLttReport, lttCodeSystem } from './ltt-check.js';

const options = { timestamp: '2027-03-21T08:00:00+01:00', cpr: IDA_CPR, sor: SOR };
const write = (c: unknown, o: Partial<typeof options> & { base?: string } = {}) =>
  caseToLttBundle(c, { ...options, ...o }) as unknown as Bundle;
const read = (b: unknown) => {
  const { record, issues } = fhirToCase(b);
  const checked = validate(JournalCase, record);
  expect(checked.ok, JSON.stringify(checked)).to.equal(true);
  return { c: record as unknown as JournalCase, issues };
};
const resources = resourcesIn;
/** Each Encounter as (LTT stage code, period.start), in the report's order. */
const stagesOf = (b: Bundle) =>
  resources(b)
    .filter((r) => r.resourceType === 'Encounter')
    .map((r) => [r.type[0].coding[0].code, r.period.start] as [string, string]);

function thrown(call: () => unknown): LtJourneyError {
  try {
    call();
  } catch (error) {
    expect(error).to.be.instanceOf(LtJourneyError);
    return error as LtJourneyError;
  }
  throw new Error('expected an LtJourneyError');
}

describe('caseToLttBundle: the KL Gateway LTT delivery report', () => {
  it("KL's own Josefine example passes the profile check (the check itself is right)", async () => {
    const codes = await lttCodeSystem();
    expect(checkLttReport(await loadJosefine(), codes)).to.deep.equal([]);
    // …and it would see a broken one: a Behandling without its participant, a wrong display.
    const broken = await loadJosefine();
    delete (broken.entry[5]!.resource as unknown as LttResource).participant;
    (
      broken.entry[1]!.resource as unknown as LttResource
    ).activity[0].detail.reasonCode[0]!.coding[0].display = 'Mad';
    expect(checkLttReport(broken, codes)).to.have.length(2);
  });

  it('writes a report that meets every LTT profile: Citizen with CPR, course, one Encounter per stage, referral', async () => {
    const b = write(fullCase());
    expect(checkLttReport(b, await lttCodeSystem())).to.deep.equal([]);
    expect(b.timestamp).to.equal(options.timestamp);
    const [citizen, course] = resources(b);
    expect(citizen!.identifier).to.deep.equal([
      { use: 'official', system: 'urn:oid:1.2.208.176.1.2', value: IDA_CPR },
    ]);
    expect(course!.status).to.equal('completed');
    expect(course!.period).to.deep.equal({ start: '2026-11-23', end: '2027-03-20' });
    expect(
      course!.activity[0].detail.reasonCode.map((rc: CC) => rc.coding[0].code),
      'contact and screening themes, "Andet" once for school absence',
    ).to.deep.equal([LTT_THEME.worry, LTT_THEME.other, LTT_THEME.selfHarm, LTT_THEME.sadness]);
    expect(stagesOf(b)).to.deep.equal([
      [LTT_STAGE.contact, '2026-11-23'],
      [LTT_STAGE.preTalk, '2026-12-01'],
      [LTT_STAGE.screening, '2026-12-15'],
      [LTT_STAGE.treatment, '2027-01-07'],
      [LTT_STAGE.treatment, '2027-01-14'],
      [LTT_STAGE.treatment, '2027-01-28'],
      [LTT_STAGE.closingTalk, '2027-03-18'],
      [LTT_STAGE.closed, '2027-03-20'],
    ]);
    const treatment = resources(b).find(
      (r) => r.resourceType === 'Encounter' && r.type[0].coding[0].code === LTT_STAGE.treatment,
    )!;
    expect(treatment.extension[1]!.valueCodeableConcept!.coding[0].display).to.equal(
      'Gruppebaseret indsats',
    );
    expect(treatment.participant![0].type[0].coding[0].display).to.equal('Barn/ung deltager');
    const referrals = resources(b).filter((r) => r.resourceType === 'CarePlan' && r.basedOn);
    expect(
      referrals.map((r) => [r.activity[0].detail.code.coding[0].code, r.period.start]),
    ).to.deep.equal([[LTT_REFERRAL.civilSociety, '2027-01-10']]);
  });

  it('carries nothing LTT has no place for: no name, school, reason or free text', () => {
    const c = fullCase();
    const json = JSON.stringify(write(c));
    for (const text of [
      c.child.name!,
      c.child.school!,
      c.contact!.reason!,
      'Talte med klasselæreren',
      'Cool Kids',
    ])
      expect(json, text).not.to.contain(text);
  });

  it('reads back through fhirToCase to the same case, for every field LTT carries', () => {
    const c = fullCase();
    const { c: back, issues } = read(write(c));
    expect(issues).to.deep.equal([]);
    expect(lttView(back)).to.deep.equal(lttView(c));
    expect(back.id).to.equal(c.id);
    expect(back.child.birthDate).to.equal(c.child.birthDate);
    expect(back.closure!.date).to.equal('2027-03-20');
    expect(back.plan!.format).to.equal('group');
  });

  it('reads back each treatment format: individual, group, parents', () => {
    for (const format of ['individual', 'group', 'parents'] as const) {
      const c = { ...fullCase(), plan: { format } };
      expect(read(write(c)).c.plan!.format, format).to.equal(format);
    }
  });

  it('a pre-talk that refers to child psychiatry is reported as a Henvisning', () => {
    const c: JournalCase = {
      contractVersion: '1.0.0',
      id: 'c-bup',
      child: { birthDate: '2015-03-09' },
      contact: { date: '2026-11-23', concerns: ['self-harm'] },
      preTalk: { date: '2026-11-30', decision: 'referred-psychiatry' },
    };
    const b = write(c);
    const referral = resources(b).find((r) => r.basedOn)!;
    expect(referral.activity[0].detail.code.coding[0].code).to.equal(LTT_REFERRAL.childPsychiatry);
    expect(referral.period.start).to.equal('2026-11-30');
    expect(resources(b)[1]!.status, 'a referral does not end the course').to.equal('active');
    expect(lttView(read(b).c)).to.deep.equal(lttView(c));
  });

  it("KL's Josefine survives fhirToCase → caseToLttBundle → fhirToCase with the same encounters and codes", async () => {
    const josefine = await loadJosefine();
    const first = read(josefine).c;
    const cpr = '0505149996';
    const again = write(first, { cpr, timestamp: josefine.timestamp });
    expect(checkLttReport(again, await lttCodeSystem())).to.deep.equal([]);
    const day = (s: string) =>
      new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date(s));
    expect(stagesOf(again)).to.deep.equal(stagesOf(josefine).map(([code, at]) => [code, day(at)]));
    const codesOf = (b: Bundle) =>
      resources(b)
        .flatMap((r) => [
          ...(r.activity?.[0]?.detail?.reasonCode ?? []),
          r.activity?.[0]?.detail?.code,
          ...(r.type ?? []),
          ...(r.extension ?? [])
            .map((x: LttResource['extension'][number]) => x.valueCodeableConcept)
            .filter(Boolean),
          ...(r.participant ?? []).flatMap((p: { type: CC[] }) => p.type),
        ])
        .filter((cc): cc is CC => Boolean(cc))
        .map((cc) => `${cc.coding[0].system}|${cc.coding[0].code}|${cc.coding[0].display}`);
    expect(codesOf(again)).to.deep.equal(codesOf(josefine));
    const [citizen] = resources(again);
    expect(citizen!.identifier[0].value).to.equal(cpr);
    expect(citizen!.managingOrganization.identifier.value).to.equal(SOR);
    expect(lttView(read(again).c)).to.deep.equal(lttView(first));
  });

  it('gives the same ids every time, so a report sent again replaces the earlier copies', () => {
    const a = write(fullCase());
    const b = write(fullCase(), { timestamp: '2027-04-01T08:00:00+02:00' });
    expect(a.entry.map((e) => e.fullUrl)).to.deep.equal(b.entry.map((e) => e.fullUrl));
    expect(new Set(a.entry.map((e) => e.fullUrl)).size, 'no two resources share an id').to.equal(
      a.entry.length,
    );
    const other = write({ ...fullCase(), id: 'LT-2026-0043' });
    expect(other.entry[1]!.fullUrl).not.to.equal(a.entry[1]!.fullUrl);
    for (const e of a.entry)
      expect(e.resource.id).to.match(
        /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
  });

  it("urn:uuid fullUrls by default; the host base with relative references as in KL's examples", () => {
    const plain = write(fullCase());
    expect(plain.entry[0]!.fullUrl).to.match(/^urn:uuid:/);
    expect((plain.entry[1]!.resource as unknown as LttResource).subject.reference).to.equal(
      plain.entry[0]!.fullUrl,
    );
    const based = write(fullCase(), { base: 'https://fhir.example.dk/' });
    const citizen = based.entry[0]!;
    expect(citizen.fullUrl).to.equal(`https://fhir.example.dk/Patient/${citizen.resource.id}`);
    expect((based.entry[1]!.resource as unknown as LttResource).subject.reference).to.equal(
      `Patient/${citizen.resource.id}`,
    );
    expect(lttView(read(based).c)).to.deep.equal(lttView(fullCase()));
  });

  it('fails with a typed error naming the path: no contact date, no format, a wrong CPR, bad options', () => {
    const { contact: _contact, ...noContact } = fullCase();
    expect(thrown(() => write(noContact)).issues.map((i) => i.path)).to.deep.equal([
      'contact.date',
    ]);
    const { plan: _plan, ...noPlan } = fullCase();
    expect(thrown(() => write(noPlan)).issues.map((i) => i.path)).to.deep.equal(['plan.format']);
    expect(
      thrown(() => write(fullCase(), { cpr: '0505149996' })).issues.map((i) => i.path),
    ).to.deep.equal(['options.cpr']);
    const bad = thrown(() => write({ ...fullCase(), child: {} }, { timestamp: 'now', sor: '12' }));
    expect(bad.issues.map((i) => i.path)).to.include.members([
      'child.birthDate',
      'options.timestamp',
      'options.sor',
    ]);
    expect(bad.message, 'no value echoed').not.to.contain('now');
  });
});
