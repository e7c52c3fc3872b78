import { expect } from '@open-wc/testing';
import {
  JournalCase,
  buildQuestionnaireResponse,
  caseFromReferral,
  caseToLttBundle,
  caseWithSdq,
  fhirToCase,
  scoreSdq,
  sdqQuestions,
  validate,
  type SdqResult,
} from '../../src/index.js';
import { klQuestionnaire, resourcesIn, type Bundle } from './helpers.js';

/**
 * docs/contract.md's "From contact to KL report" section, run as written: every code block
 * in it is taken from the generated page itself, its import line dropped (the functions are
 * passed in under the same names), and run; its results are then checked against what the
 * comments in it say.
 */
async function sectionSnippets(): Promise<string[]> {
  const page = await (await fetch('/docs/contract.md')).text();
  const start = page.indexOf('## From contact to KL report');
  expect(start, 'the section is in docs/contract.md').to.be.above(-1);
  const rest = page.slice(start + 3);
  const end = rest.search(/^## /m);
  const section = end === -1 ? rest : rest.slice(0, end);
  return [...section.matchAll(/^```js\n([\s\S]*?)^```/gm)].map((m) => m[1]!);
}

function sdqResult(): SdqResult {
  const q = klQuestionnaire();
  const answers = new Map(Array.from({ length: 33 }, (_, i) => [i + 1, 1] as [number, number]));
  const authored = '2026-11-25T19:00:00+01:00';
  return {
    contractVersion: '1.0.0',
    informant: 'parent',
    followUp: false,
    authored,
    scores: scoreSdq(answers, 'parent'),
    questionnaireResponse: buildQuestionnaireResponse(q, sdqQuestions(q).questions, answers, {
      informant: 'parent',
      authored,
    }) as unknown as SdqResult['questionnaireResponse'],
    observations: [],
  };
}

type Run = (...args: unknown[]) => Promise<Record<string, unknown>>;
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
  ...args: string[]
) => Run;

describe('docs/contract.md: From contact to KL report', () => {
  it('has one worked example, and it runs as written with the results its comments give', async () => {
    const snippets = await sectionSnippets();
    expect(snippets).to.have.length(1);
    const [code] = snippets as [string];
    expect(code).to.match(/^import \{[^}]+\} from '@lettilbud\/contract';\n/);
    const body = code.replace(/^import [^;]+;\n/m, '');
    const run = new AsyncFunction(
      'caseFromReferral',
      'caseWithSdq',
      'caseToLttBundle',
      'fhirToCase',
      'sdqResult',
      `${body}\nreturn { journalCase, bundle, record };`,
    );
    const { journalCase, bundle, record } = await run(
      caseFromReferral,
      caseWithSdq,
      caseToLttBundle,
      fhirToCase,
      sdqResult(),
    );
    const c = journalCase as JournalCase;
    expect(validate(JournalCase, c).ok).to.equal(true);
    expect(c.contact).to.deep.equal({
      date: '2026-11-22',
      channel: 'digital',
      by: 'parent',
      concerns: ['worry', 'school-absence'],
      safety: 'unsure',
      urgent: true,
    });
    expect(
      c.consents!.map((x) => [x.party, x.givenBy, (x as { status?: string }).status]),
    ).to.deep.equal([
      ['ppr', 'custody-holders', 'given'],
      ['school', 'custody-holders', 'given'],
    ]);
    expect(c.questionnaires).to.have.length(1);
    expect(c.questionnaires![0]).to.deep.include({
      instrument: 'SDQ',
      informant: 'parent',
      phase: 'baseline',
    });
    const entries = resourcesIn(bundle as Bundle);
    expect(entries[0]!.identifier[0].value).to.equal('0903154321');
    expect(entries[1]!.status).to.equal('completed');
    expect(
      entries[1]!.activity[0].detail.reasonCode.map(
        (r: { coding: { display: string }[] }) => r.coding[0]!.display,
      ),
    ).to.deep.equal(['Bekymring', 'Andet']);
    expect(
      entries.filter((r) => r.resourceType === 'Encounter').map((r) => r.type[0].coding[0].display),
    ).to.deep.equal([
      'Henvendelse',
      'Forsamtale',
      'Screening',
      'Behandling',
      'Behandling',
      'Afslutning',
    ]);
    expect((record as { contact: unknown }).contact).to.deep.equal({
      date: '2026-11-22',
      concerns: ['worry', 'other'],
    });
  });
});
