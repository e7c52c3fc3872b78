import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  sdqQuestions,
  type DataErrorDetail,
  type Questionnaire,
  type SdqQuestion,
} from '@lettilbud/contract';
import { LtLoadError, loadJson } from '@lettilbud/foundations';
import { followUpIssues } from '../logic/form.js';

export type SourceState =
  | { kind: 'loading' }
  | { kind: 'load-failed'; error: DataErrorDetail }
  | { kind: 'invalid'; issues: string[]; error: DataErrorDetail }
  | { kind: 'ready'; questionnaire: Questionnaire; questions: SdqQuestion[] };

/**
 * The host's questionnaire, from the `questionnaire` property or fetched from `src`, checked
 * as an SDQ (items named when missing, unrecognised or malformed; a follow-up needs its
 * questions). A failed state carries the `lt-data-error` detail for the host to fire once it
 * shows the failure. A newer load aborts an older fetch, so a late answer never replaces a newer questionnaire.
 */
export class QuestionnaireSource implements ReactiveController {
  state: SourceState = { kind: 'loading' };
  #abort: AbortController | undefined;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  /** Fetches `src` and checks it; resolves with the new state, or null when superseded. */
  async load(src: string, followUp: boolean): Promise<SourceState | null> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.state = { kind: 'loading' };
    let source: unknown;
    try {
      source = await loadJson(src, { signal: abort.signal });
    } catch (failure) {
      if (abort.signal.aborted) return null;
      const known = failure instanceof LtLoadError ? failure : null;
      const error: DataErrorDetail = {
        source: 'questionnaire',
        kind: known?.kind ?? 'network',
        ...(known?.status ? { status: known.status } : {}),
        fallback: false,
        issues: [],
      };
      return (this.state = { kind: 'load-failed', error });
    }
    return abort.signal.aborted ? null : this.check(source, followUp);
  }

  /**
   * Checks a questionnaire the host gave directly, synchronously, so the first render is
   * already the form (and a pending fetch of an older `src` is dropped).
   */
  check(source: unknown, followUp: boolean): SourceState {
    this.#abort?.abort();
    const { questions, issues: found } = sdqQuestions(source);
    const issues = [...found, ...followUpIssues(questions, followUp)];
    if (issues.length) {
      const error: DataErrorDetail = {
        source: 'questionnaire',
        kind: 'schema',
        fallback: false,
        issues: issues.map((message) => ({ path: 'item', message: message.slice(0, 300) })),
      };
      return (this.state = { kind: 'invalid', issues, error });
    }
    return (this.state = { kind: 'ready', questionnaire: source as Questionnaire, questions });
  }
}
