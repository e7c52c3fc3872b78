import { expect } from '@open-wc/testing';
import { contractSchemas, sdqQuestions } from '@lettilbud/contract';
import { buildSdqResult } from '../../src/logic/result.js';
import { followUpIssues, visibleQuestions } from '../../src/logic/form.js';
import { placeholderQuestionnaire } from '../../src/demo/placeholder-questionnaire.js';

const questionnaire = placeholderQuestionnaire({ followUp: true });
const { questions } = sdqQuestions(questionnaire);
const schemas = await contractSchemas.load();
const authored = '2026-11-23T09:30:00.000Z';

describe('sdq-form result', () => {
  it('builds a valid result: response, observations, scores, bands, unanswered items', () => {
    const answers = new Map<number, number>();
    for (let item = 1; item <= 24; item++) answers.set(item, 1);
    answers.set(26, 0).set(28, 3).set(34, 4).set(35, 0);
    const visible = visibleQuestions(questions, answers, { followUp: true, informant: 'self' });
    const result = buildSdqResult(
      {
        questionnaire,
        questions,
        visible,
        answers,
        informant: 'self',
        followUp: true,
        authored,
        subject: 'Patient/1',
      },
      schemas,
    );
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const r = result.value;
    expect(r.missingItems).to.deep.equal([25]);
    expect(r.followUp).to.equal(true);
    expect(r.scores.hyperactivity).to.equal(5); // 4 items, 1+1+1+(2-1) = 4 → 5
    expect(r.scores.impact).to.equal(0);
    const items = (r.questionnaireResponse.item as { linkId: string }[]).map((i) => i.linkId);
    expect(items).to.include.members(['fu1Progress', 'fu2Helped', '26difficulties']);
    // Item 28 was hidden once the overall answer was "no": its answer is not sent.
    expect(items).not.to.include('28difficultiesUnhappy');
    // KL Gateway's profile: subject required, no author, who answered in FindingInformer.
    expect(r.questionnaireResponse.subject).to.deep.equal({ reference: 'Patient/1' });
    expect(r.questionnaireResponse).not.to.have.property('author');
    expect(r.questionnaireResponse.extension).to.deep.equal([
      {
        url: 'http://fhir.kl.dk/children/StructureDefinition/FindingInformer',
        valueCodeableConcept: {
          coding: [
            {
              system: 'http://fhir.kl.dk/term/CodeSystem/CareSocialCodes',
              code: '25b4e705-2e9a-47a2-b11a-c829316b9d3a',
              display: 'Borger',
            },
          ],
        },
      },
    ]);
    // Every item "somewhat": 5 per problem scale, total 20, the self-report's top band.
    expect(r.scores.totalDifficulties).to.equal(20);
    expect(r.bands?.totalDifficulties).to.deep.equal({ three: 'abnormal', four: 'very-high' });
    expect(r.observations.every((o) => (o as { subject?: unknown }).subject)).to.equal(true);
  });

  it('uses the host band table when given', () => {
    const cut = { direction: 'up' as const, cuts: [0, 1] };
    const table = Object.fromEntries(
      [
        'totalDifficulties',
        'emotional',
        'conduct',
        'hyperactivity',
        'peer',
        'prosocial',
        'impact',
      ].map((m) => [m, cut]),
    ) as never;
    const tables = {
      three: { parent: table, teacher: table, self: table },
      four: { parent: table, teacher: table, self: table },
    };
    const answers = new Map(Array.from({ length: 25 }, (_, i) => [i + 1, 0] as [number, number]));
    const visible = visibleQuestions(questions, answers, { followUp: false, informant: 'parent' });
    const result = buildSdqResult(
      {
        questionnaire,
        questions,
        visible,
        answers,
        informant: 'parent',
        followUp: false,
        authored,
        subject: 'Patient/1',
        bandTables: tables,
      },
      schemas,
    );
    expect(result.ok && result.value.bands?.emotional?.three).to.equal('borderline');
  });

  it('a follow-up needs both follow-up questions', () => {
    const baseline = sdqQuestions(placeholderQuestionnaire()).questions;
    expect(followUpIssues(baseline, false)).to.deep.equal([]);
    expect(followUpIssues(questions, true)).to.deep.equal([]);
    expect(followUpIssues(baseline, true)[0]).to.contain('"fu1…", "fu2…"');
  });
});
