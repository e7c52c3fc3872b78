import { expect } from '@open-wc/testing';
import {
  JournalCase,
  sdqQuestions,
  buildQuestionnaireResponse,
  validate,
  birthDateFromCpr,
  fhirToCase,
  resourcesOf,
  caseToLttBundle,
} from '../../src/index.js';
import { klQuestionnaire, loadJosefine as load } from './helpers.js';

describe('FHIR adapter: KL Gateway LTT delivery reports', () => {
  it('builds a valid case from the Josefine bundle: stages, themes, sessions, referral, closure', async () => {
    const { record, issues } = fhirToCase(await load());
    expect(issues).to.deep.equal([]);
    const c = validate(JournalCase, record);
    expect(c.ok, JSON.stringify(c)).to.equal(true);
    expect(record).to.deep.include({ id: '857ea1d6-c212-4c89-a2f4-9e2bfa8c288d' });
    expect(record.child).to.deep.equal({ birthDate: '2014-05-05' });
    expect(record.contact).to.deep.equal({
      date: '2025-05-14',
      concerns: ['body-and-food', 'worry'],
    });
    expect(record.preTalk).to.deep.equal({ date: '2025-06-02' });
    expect((record.screening as { date: string }).date).to.equal('2025-06-23');
    expect((record.sessions as unknown[]).length).to.equal(3);
    expect(record.coordination).to.deep.equal([
      { partner: 'civil-society', date: '2025-07-07', note: 'Henvisning: Civilsamfund' },
    ]);
    expect(record.closure).to.deep.equal({ date: '2025-11-08' });
  });

  it('unwraps incremental deliveries, keeps the newest copy and drops entered-in-error', async () => {
    const bundle = await load();
    const older = JSON.parse(JSON.stringify(bundle));
    older.timestamp = '2025-01-01T00:00:00Z';
    const newer = JSON.parse(JSON.stringify(bundle));
    const encounter = newer.entry.find(
      (e: { resource: { resourceType: string; type?: { coding: { code: string }[] }[] } }) =>
        e.resource.type?.[0]?.coding[0]?.code === 'e2eee938-a58c-42d0-a514-dc91779b1243',
    );
    encounter.resource.status = 'entered-in-error';
    const incremental = {
      resourceType: 'Bundle',
      type: 'collection',
      timestamp: '2025-12-01T00:00:00Z',
      entry: [{ resource: newer }, { resource: older }],
    };
    expect(resourcesOf(incremental).length).to.equal(bundle.entry.length - 1);
    expect(fhirToCase(incremental).record.preTalk).to.equal(undefined);
  });

  it('derives the birth date from a CPR number with the century digit', () => {
    expect(birthDateFromCpr('0505149996')).to.equal('2014-05-05');
    expect(birthDateFromCpr('010190-1234')).to.equal('1990-01-01');
    expect(birthDateFromCpr('0101204000')).to.equal('2020-01-01');
    expect(birthDateFromCpr('nope')).to.equal(undefined);
  });

  it("reads <lt-sdq-form>'s QuestionnaireResponse with its Questionnaire and scores it once", async () => {
    const q = klQuestionnaire('https://kommune.example.dk/fhir/Questionnaire/sdq-teacher');
    const answers = new Map(Array.from({ length: 25 }, (_, i) => [i + 1, 2] as [number, number]));
    const response = buildQuestionnaireResponse(q, sdqQuestions(q).questions, answers, {
      informant: 'parent',
      authored: '2026-03-01T10:00:00+01:00',
    });
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          resource: {
            resourceType: 'Patient',
            id: 'p1',
            birthDate: '2015-01-01',
            name: [{ text: 'Test Barn' }],
          },
        },
        { resource: q },
        { resource: { ...response, id: 'qr1' } },
      ],
    };
    const { record, issues } = fhirToCase(bundle);
    expect(issues).to.deep.equal([]);
    const [first] = record.questionnaires as {
      informant: string;
      date: string;
      scores: { totalDifficulties: number };
    }[];
    expect(first).to.deep.include({ informant: 'parent', date: '2026-03-01' });
    // items 1-25 at position 2: problem items score 2, reversed 0 → emotional 10, conduct 8, hyper 6, peer 6
    expect(first!.scores.totalDifficulties).to.equal(30);
    expect(validate(JournalCase, record).ok).to.equal(true);
  });

  it('a response that does not say who answered is "unknown" with an issue, never the parent', () => {
    const q = klQuestionnaire('https://kommune.example.dk/fhir/Questionnaire/sdq');
    const answers = new Map(Array.from({ length: 25 }, (_, i) => [i + 1, 1] as [number, number]));
    const { extension: _none, ...response } = buildQuestionnaireResponse(
      q,
      sdqQuestions(q).questions,
      answers,
      { informant: 'parent', authored: '2026-03-01T10:00:00+01:00' },
    );
    const { record, issues } = fhirToCase({
      resourceType: 'Bundle',
      entry: [
        { resource: { resourceType: 'Patient', id: 'p1', birthDate: '2015-01-01' } },
        { resource: q },
        { resource: { ...response, id: 'qr2' } },
      ],
    });
    expect((record.questionnaires as { informant: string }[])[0]!.informant).to.equal('unknown');
    expect(issues.join(' ')).to.match(/unknown|who answered/i);
    expect(validate(JournalCase, record).ok).to.equal(true);
  });

  it('reads the sex (FHIR gender) and consents still to be obtained or refused', () => {
    const consent = (status: string, party: string) => ({
      resource: {
        resourceType: 'Consent',
        status,
        dateTime: '2026-03-01T10:00:00+01:00',
        category: [
          {
            coding: [{ system: 'https://lettilbud.dk/fhir/CodeSystem/consent-party', code: party }],
          },
        ],
        performer: [{ reference: 'RelatedPerson/mor' }],
      },
    });
    const { record } = fhirToCase({
      resourceType: 'Bundle',
      entry: [
        {
          resource: {
            resourceType: 'Patient',
            id: 'p1',
            birthDate: '2015-01-01',
            gender: 'female',
          },
        },
        consent('active', 'ppr'),
        consent('proposed', 'school'),
        consent('rejected', 'health-visitor'),
      ],
    });
    expect((record.child as { sex: string }).sex).to.equal('female');
    expect(
      (record.consents as { party: string; status?: string }[]).map((c) => [c.party, c.status]),
    ).to.deep.equal([
      ['ppr', undefined],
      ['school', 'to-be-obtained'],
      ['health-visitor', 'refused'],
    ]);
    expect(validate(JournalCase, record).ok).to.equal(true);
  });

  it('says what is missing from a bare bundle', () => {
    expect(fhirToCase({ resourceType: 'Bundle', entry: [] }).issues).to.include(
      'The Bundle has no Patient (Citizen)',
    );
    expect(fhirToCase({ resourceType: 'Patient' }).issues).to.deep.equal(['Not a FHIR Bundle']);
  });
});

describe('FHIR reader: the open door (a child who comes back)', () => {
  /** Josefine's closed 2025 course, and a new 2026 course reported later with new themes. */
  async function twoCourses(options: { dropLinks?: boolean } = {}) {
    const josefine = await load();
    const back = caseToLttBundle(
      {
        contractVersion: '1.0.0',
        id: 'LT-2026-0107',
        child: { birthDate: '2014-05-05' },
        contact: { date: '2026-02-02', concerns: ['self-harm', 'sadness'] },
        preTalk: { date: '2026-02-10' },
      },
      {
        timestamp: '2026-02-10T16:00:00+01:00',
        cpr: '0505149996',
        sor: '451000016003',
        base: 'https://test.fhir.dk',
      },
    ) as unknown as { entry: { resource: Record<string, unknown> }[] };
    if (options.dropLinks)
      for (const e of back.entry)
        if (e.resource.resourceType === 'Encounter') delete e.resource.extension;
    return {
      resourceType: 'Bundle',
      type: 'collection',
      timestamp: '2026-02-10T16:00:01+01:00',
      entry: [{ resource: josefine }, { resource: back }],
    };
  }

  it('shows the newest course, its contact and its themes, with the earlier course listed', async () => {
    const { record, issues } = fhirToCase(await twoCourses());
    expect(issues).to.deep.equal([]);
    expect(validate(JournalCase, record).ok).to.equal(true);
    expect(record.id).to.equal('LT-2026-0107');
    expect(record.contact).to.deep.equal({
      date: '2026-02-02',
      concerns: ['self-harm', 'sadness'],
    });
    expect(record.preTalk).to.deep.equal({ date: '2026-02-10' });
    for (const key of ['screening', 'sessions', 'plan', 'closure', 'coordination'])
      expect(record, `the earlier course's ${key} is not the new course's`).not.to.have.property(
        key,
      );
    expect(record.earlierCourses).to.deep.equal([
      {
        contactDate: '2025-05-14',
        closureDate: '2025-11-08',
        concerns: ['body-and-food', 'worry'],
      },
    ]);
  });

  it('puts an Encounter that names no course into the course running on its date', async () => {
    const { record } = fhirToCase(await twoCourses({ dropLinks: true }));
    expect(record.contact).to.deep.equal({
      date: '2026-02-02',
      concerns: ['self-harm', 'sadness'],
    });
    expect((record.earlierCourses as { contactDate: string }[])[0]!.contactDate).to.equal(
      '2025-05-14',
    );
  });

  it('one course has no earlier courses', async () => {
    expect(fhirToCase(await load()).record).not.to.have.property('earlierCourses');
  });
});
