import { html, nothing, render } from 'lit';
import type { OfferDirectory } from '@lettilbud/contract';
import { errorSummary } from '../editor/fields.js';
import { formView, type FormContext } from '../editor/form-view.js';
import { draftToForm, feedToForm } from '../editor/load.js';
import { emptyCourse, emptyForm, type EditorForm } from '../editor/model.js';
import { checkFeed, fieldId, type FeedCheck, type FieldProblem } from '../editor/problems.js';
export { loadFeedChecks } from '../editor/problems.js';

/**
 * The municipality's web team: a form for the offer (never JSON), checked by the contract
 * as the editor types (debounced), every problem in plain Danish beside its field and in a
 * GOV.UK error summary, a live `<lt-offer-finder>` preview locked to the municipality, and
 * "Hent feed", which downloads only a feed the contract accepts. The draft is kept in
 * localStorage: an offer's details are public, never health data.
 */
export const DRAFT_KEY = 'lettilbud-demo:feed-editor';
const DEBOUNCE_MS = 300;

/** The file name of a downloaded feed: it carries the municipality code. */
export const feedFileName = (code: string) => `lettilbud-feed-${code}.json`;

/** Saves a file the browser's way: a Blob behind a download link. */
function saveFile(name: string, file: Blob): void {
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export interface EditorOptions {
  /** Where the draft is kept; null keeps none (default: localStorage). */
  readonly storage?: Storage | null;
  /** How a file is saved (default: a download; tests record it instead). */
  readonly save?: (name: string, file: Blob) => void;
}

export class FeedEditorHost {
  readonly #root: HTMLElement;
  readonly #preview: HTMLElement;
  readonly #previewStatus: HTMLElement;
  readonly #storage: Storage | null;
  readonly #save: (name: string, file: Blob) => void;
  #form: EditorForm;
  #check: FeedCheck;
  readonly #touched = new Set<string>();
  #showAll = false;
  #notice = '';
  #notKept: string[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    root: HTMLElement,
    preview: HTMLElement,
    previewStatus: HTMLElement,
    options: EditorOptions = {},
  ) {
    this.#root = root;
    this.#preview = preview;
    this.#previewStatus = previewStatus;
    const storage =
      options.storage === undefined ? (globalThis.localStorage ?? null) : options.storage;
    this.#storage = storage;
    this.#save = options.save ?? saveFile;
    let draft: EditorForm | null = null;
    try {
      draft = draftToForm(storage?.getItem(DRAFT_KEY) ?? null);
    } catch {
      // Storage off (a private window, a policy): the form starts empty.
    }
    this.#form = draft ?? emptyForm();
    this.#check = checkFeed(this.#form);
    // A choice in the preview goes nowhere: it is not the municipality's real page.
    preview.addEventListener('lt-offer-select', (event) => {
      event.preventDefault();
      event.stopPropagation();
      this.#previewStatus.textContent =
        'Forhåndsvisning: her ville familien komme videre og kontakte tilbuddet. Intet er sendt.';
    });
  }

  /** The form's current values (tests). */
  get form(): EditorForm {
    return this.#form;
  }

  /** The contract's verdict on the current form. */
  get check(): FeedCheck {
    return this.#check;
  }

  /** Renders the form and brings the preview up to date. */
  show(): void {
    this.#render();
    this.#updatePreview();
  }

  /** The preview's finder has mounted: it gets the feed. */
  previewMounted(): void {
    this.#updatePreview();
  }

  /** Changes the form; the check, the preview and the draft follow after a pause in typing. */
  #edit(change: (form: EditorForm) => void): void {
    change(this.#form);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.recheck(), DEBOUNCE_MS);
  }

  /** Checks now (the debounce's end, a blur, or a test). */
  recheck(): void {
    clearTimeout(this.#timer);
    this.#check = checkFeed(this.#form);
    try {
      this.#storage?.setItem(DRAFT_KEY, JSON.stringify({ form: this.#form }));
    } catch {
      // Storage full or off: the form works without a draft.
    }
    this.#render();
    this.#updatePreview();
  }

  get #finder(): (HTMLElement & { directory: OfferDirectory | null }) | null {
    return this.#preview.querySelector('lt-offer-finder');
  }

  #updatePreview(): void {
    const { feed } = this.#check;
    this.#preview.hidden = !feed;
    this.#previewStatus.textContent = feed
      ? 'Sådan ser familierne tilbuddet på kommunens side. Forhåndsvisningen følger med, mens du skriver.'
      : 'Forhåndsvisningen er skjult, indtil formularen er udfyldt uden fejl, så den aldrig viser noget forkert.';
    const finder = this.#finder;
    if (!finder || !feed) return;
    finder.setAttribute('municipality', this.#form.municipality);
    finder.directory = feed;
  }

  #problem(id: string): FieldProblem | undefined {
    if (!this.#showAll && !this.#touched.has(id)) return undefined;
    return this.#check.problems.find((p) => p.fieldId === id);
  }

  /** GOV.UK: the link focuses the field and scrolls its label or legend into view. */
  #follow = (problem: FieldProblem, event: Event): void => {
    event.preventDefault();
    const field = problem.fieldId
      ? this.#root.querySelector<HTMLElement>(`#${problem.fieldId}`)
      : null;
    if (!field) return;
    const legend = field.closest('fieldset')?.querySelector('legend');
    const label =
      this.#root.querySelector(`label[for="${problem.fieldId}"]`) ??
      (field.matches('input[type=checkbox], input[type=radio]') ? legend : null);
    // Focus first without scrolling, then show the question: screen readers read the label
    // on focus, sighted users see the question above the field, not only the field.
    field.focus({ preventScroll: true });
    (label ?? field).scrollIntoView({ block: 'start' });
  };

  #download = (event: Event): void => {
    event.preventDefault();
    this.#check = checkFeed(this.#form, new Date().toISOString());
    const { feed } = this.#check;
    if (!feed) {
      this.#showAll = true;
      this.#notice = '';
      this.#render();
      this.#updatePreview();
      this.#root.querySelector<HTMLElement>('#fe-summary')?.focus();
      return;
    }
    const name = feedFileName(this.#form.municipality);
    this.#save(
      name,
      new Blob([`${JSON.stringify(feed, null, 2)}\n`], { type: 'application/json' }),
    );
    this.#notice = `Feedet er hentet som ${name}. Læg filen på kommunens hjemmeside, og giv adressen til jeres leverandør.`;
    this.#render();
  };

  #startOver = (): void => {
    clearTimeout(this.#timer);
    try {
      this.#storage?.removeItem(DRAFT_KEY);
    } catch {
      // Nothing stored to remove.
    }
    this.#form = emptyForm();
    this.#touched.clear();
    this.#showAll = false;
    this.#notKept = [];
    this.#check = checkFeed(this.#form);
    this.#notice = 'Formularen er tom igen, og kladden er slettet.';
    this.#render();
    this.#updatePreview();
  };

  #load = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const loaded = feedToForm(await file.text());
    input.value = '';
    if (!loaded.ok) {
      this.#notice = loaded.message;
      this.#notKept = [];
      this.#render();
      return;
    }
    this.#form = loaded.form;
    this.#notKept = loaded.notKept;
    this.#showAll = true;
    this.recheck();
    const n = this.#check.problems.length;
    this.#notice = n
      ? `Feedet "${file.name}" er indlæst. Det har ${n === 1 ? 'én ting' : `${n} ting`}, der skal rettes.`
      : `Feedet "${file.name}" er indlæst. Det har ingen fejl.`;
    this.#render();
    if (n) this.#root.querySelector<HTMLElement>('#fe-summary')?.focus();
  };

  #addCourse = (): void => {
    const course = emptyCourse();
    this.#form.courses.push(course);
    this.#notice = `Forløb ${this.#form.courses.length} er tilføjet.`;
    this.recheck();
    this.#root.querySelector<HTMLElement>(`#${fieldId.course(course, 'name')}`)?.focus();
  };

  #moveCourse(index: number, by: -1 | 1): void {
    const courses = this.#form.courses;
    const course = courses[index]!;
    courses.splice(index, 1);
    courses.splice(index + by, 0, course);
    this.#notice = `Forløbet er nu nummer ${index + by + 1}.`;
    this.recheck();
    const button =
      this.#root.querySelector<HTMLElement>(`#${fieldId.course(course, by < 0 ? 'up' : 'down')}`) ??
      this.#root.querySelector<HTMLElement>(`#${fieldId.course(course, by < 0 ? 'down' : 'up')}`);
    button?.focus();
  }

  #removeCourse(index: number): void {
    this.#form.courses.splice(index, 1);
    this.#notice = `Forløb ${index + 1} er fjernet.`;
    this.recheck();
    this.#root.querySelector<HTMLElement>('#fe-add-course')?.focus();
  }

  /** What the form view needs from the host. */
  get #context(): FormContext {
    return {
      form: this.#form,
      problems: this.#check.problems,
      problem: (id) => this.#problem(id),
      edit: (change) => this.#edit(change),
      changed: (event) => this.#changed(event),
      submit: this.#download,
      addCourse: this.#addCourse,
      moveCourse: (index, by) => this.#moveCourse(index, by),
      removeCourse: (index) => this.#removeCourse(index),
    };
  }

  #render(): void {
    const problems = this.#check.problems;
    render(
      html`${this.#showAll && problems.length ? errorSummary(problems, this.#follow) : nothing}
        <p class="host-status" role="status">${this.#notice}</p>
        ${
          this.#notKept.length
            ? html`<div class="note">
                <p>
                  Disse dele af det indlæste feed kan formularen ikke vise. De kommer ikke med i det
                  feed, du henter:
                </p>
                <ul>
                  ${this.#notKept.map((x) => html`<li>${x}</li>`)}
                </ul>
              </div>`
            : nothing
        }
        <div class="editor-tools">
          <div class="field">
            <label for="fe-load">Indlæs et eksisterende feed (valgfrit)</label>
            <p class="hint" id="fe-load-hint">
              En JSON-fil. Formularen udfyldes, og fejlene vises.
            </p>
            <input
              type="file"
              id="fe-load"
              accept=".json,application/json"
              aria-describedby="fe-load-hint"
              @change=${this.#load}
            />
          </div>
          <button type="button" class="secondary" @click=${this.#startOver}>
            Start forfra (sletter kladden)
          </button>
        </div>
        ${formView(this.#context)}`,
      this.#root,
    );
  }

  /** A field was changed and left (or a box ticked): its problem shows from now on. */
  #changed(event: Event): void {
    const target = event.target as HTMLElement;
    // A box in a group counts for the group, whose first box carries the group's id.
    const id = target.matches('[type=checkbox], [type=radio]')
      ? target.closest('fieldset')?.querySelector('input')?.id
      : target.id;
    if (id) this.#touched.add(id);
    this.recheck();
  }
}
