import { expect } from '@open-wc/testing';
import {
  KL_CARE_SOCIAL_CODES,
  KL_FINDING_INFORMER,
  KL_INFORMER,
  SDQ_INFORMANT_EXTENSION,
  bandSdq,
  buildQuestionnaireResponse,
  findingInformer,
  readSdqResponse,
  responseInformant,
  scoreSdq,
  sdqInformantOf,
  sdqQuestions,
  type Questionnaire,
  type QuestionnaireResponse,
} from '../../src/index.js';

const load = async <T>(name: string): Promise<T> =>
  (await fetch(new URL(`./fixtures/${name}`, import.meta.url))).json() as Promise<T>;
const klSelf = await load<Questionnaire>('kl-sdq11-17-placeholder.json');
const lars = await load<QuestionnaireResponse>('kl-sdq4-10-answer-lars.json');
const rikke = await load<QuestionnaireResponse>('kl-sdq11-17-answer-rikke.json');

const informer = (code: string) => ({
  url: KL_FINDING_INFORMER,
  valueCodeableConcept: { coding: [{ system: KL_CARE_SOCIAL_CODES, code }] },
});
const bare = (extra: Partial<QuestionnaireResponse> = {}): QuestionnaireResponse => ({
  resourceType: 'QuestionnaireResponse',
  status: 'completed',
  ...extra,
});

describe('SDQ: who answered', () => {
  it("reads KL's parent example (SDQ4-10AnswerLars) as the parent's, with its scores", () => {
    const read = readSdqResponse(klSelf, lars);
    expect(read.informant).to.equal('parent');
    expect(responseInformant(lars)).to.equal('parent');
    // KL's example points at the sdq11-17 (self-report) URL: kept as the parent's, flagged.
    expect(read.issues).to.have.length(1);
    expect(read.issues[0]).to.contain('SDQ4-10AnswerLars').and.contain('check who answered');
    // Hand-scored from KL's answers (reversed items 7, 11, 14, 21, 25 turned round):
    // emotional 1+1+1+0+0, conduct 0+1+0+0+0, hyperactivity 1+1+0+0+0, peer 0, prosocial 2×5.
    expect(scoreSdq(read.answers, read.informant)).to.deep.equal({
      emotional: 3,
      conduct: 1,
      hyperactivity: 2,
      peer: 0,
      prosocial: 10,
      totalDifficulties: 6,
      externalising: 3,
      internalising: 3,
      impact: 0,
    });
  });

  it("reads KL's young person's example (SDQ11-17AnswerRikke) as her own report, never the parent's", () => {
    const read = readSdqResponse(klSelf, rikke);
    expect(read.informant).to.equal('self');
    expect(read.issues).to.deep.equal([]);
    // emotional 0+2+1+2+2, conduct 0+1+0+0+0, hyperactivity 2+0+0+0+0, peer 0+0+1+0+2,
    // prosocial 1+1+2+2+2; impact (self): distress 0, home 0, friendships 1, learning 0, leisure 0.
    expect(scoreSdq(read.answers, read.informant)).to.deep.equal({
      emotional: 7,
      conduct: 1,
      hyperactivity: 2,
      peer: 3,
      prosocial: 8,
      totalDifficulties: 13,
      externalising: 3,
      internalising: 10,
      impact: 1,
    });
  });

  it("maps each of KL's FindingInformer codes", () => {
    const cases: [string, string][] = [
      [KL_INFORMER.citizen.code, 'self'],
      [KL_INFORMER.citizenWithRelative.code, 'self'],
      [KL_INFORMER.citizenWithStaff.code, 'self'],
      [KL_INFORMER.relative.code, 'parent'],
      [KL_INFORMER.staff.code, 'teacher'],
      [KL_INFORMER.staffAndRelative.code, 'unknown'],
      ['not-a-kl-code', 'unknown'],
    ];
    for (const [code, informant] of cases) {
      const found = sdqInformantOf(bare({ extension: [informer(code)] }));
      expect(found.informant, code).to.equal(informant);
      expect(found.issues.length, code).to.equal(informant === 'unknown' ? 1 : 0);
    }
  });

  it("with no informer: the self-report questionnaire says self, the parents' says parent; else unknown with an issue", () => {
    const self = sdqInformantOf(bare({ questionnaire: `${klSelf.url}|2.1.0` }));
    expect(self).to.deep.equal({ informant: 'self', issues: [] });
    const byCode = sdqInformantOf(bare(), { ...klSelf, url: 'https://example.org/sdq-s' });
    expect(byCode.informant).to.equal('self');
    const parent = sdqInformantOf(
      bare({
        questionnaire: 'http://fhir.kl.dk/children/Questionnaire/klgateway-children-sdq4-10',
      }),
    );
    expect(parent.informant).to.equal('parent');
    const pt = sdqInformantOf(bare(), {
      resourceType: 'Questionnaire',
      code: [{ system: 'http://snomed.info/sct', code: '718133008' }],
    });
    expect(pt.informant).to.equal('unknown');
    expect(pt.issues[0]).to.contain('does not say who answered');
    const nothingKnown = sdqInformantOf(bare({ id: 'qr-1' }));
    expect(nothingKnown.informant).to.equal('unknown');
    expect(nothingKnown.issues[0]).to.contain('qr-1');
    expect(responseInformant(bare())).to.equal('unknown');
  });

  it('a self-report answered with a parent informer, or a parent informer on the self-report, is flagged', () => {
    const onSelfForm = sdqInformantOf(
      bare({ questionnaire: klSelf.url, extension: [informer(KL_INFORMER.relative.code)] }),
    );
    expect(onSelfForm.informant).to.equal('parent');
    expect(onSelfForm.issues[0]).to.contain("young person's own version");
    const selfOnParentForm = sdqInformantOf(
      bare({
        questionnaire: 'http://fhir.kl.dk/children/Questionnaire/klgateway-children-sdq4-10',
        extension: [informer(KL_INFORMER.citizen.code)],
      }),
    );
    expect(selfOnParentForm.informant).to.equal('self');
    expect(selfOnParentForm.issues[0]).to.contain('young person').and.contain("parents' version");
  });

  it("still reads the informant <lt-sdq-form> wrote before it used KL's extension", () => {
    for (const code of ['parent', 'teacher', 'self'] as const)
      expect(
        responseInformant(bare({ extension: [{ url: SDQ_INFORMANT_EXTENSION, valueCode: code }] })),
      ).to.equal(code);
    expect(
      responseInformant(bare({ extension: [{ url: SDQ_INFORMANT_EXTENSION, valueCode: 'x' }] })),
    ).to.equal('unknown');
  });

  it('writes each informant in KL codes and reads it back the same', () => {
    const { questions } = sdqQuestions(klSelf);
    for (const informant of ['parent', 'teacher', 'self'] as const) {
      const response = buildQuestionnaireResponse(
        { ...klSelf, url: 'https://example.org/sdq' },
        questions,
        new Map([[1, 0]]),
        { informant, authored: '2026-11-23T10:00:00+01:00', subject: 'Patient/1' },
      );
      expect(response.extension).to.deep.equal([findingInformer(informant)]);
      expect(response).not.to.have.property('author');
      expect(response.subject).to.deep.equal({ reference: 'Patient/1' });
      expect(responseInformant(response)).to.equal(informant);
    }
  });

  it('an unknown informant gets scales but no bands, and impact only when the items show the version', () => {
    const answers = new Map<number, number>([
      [26, 2],
      [28, 3],
      [30, 2],
      [31, 3],
    ]);
    expect(scoreSdq(answers, 'unknown').impact).to.equal(null);
    answers.set(29, 0).set(32, 0);
    expect(scoreSdq(answers, 'unknown').impact).to.equal(2 + 1 + 2);
    expect(scoreSdq(new Map([[26, 0]]), 'unknown').impact).to.equal(0);
    const read = readSdqResponse(klSelf, rikke);
    expect(bandSdq(scoreSdq(read.answers, 'unknown'), 'unknown')).to.deep.equal({});
  });
});
