import { html, nothing, render } from 'lit';
import { CONCERNS, DAYS, MUNICIPALITIES, type OfferDirectory } from '@lettilbud/contract';
import { choiceField, errorSummary, textField } from '../editor/fields.js';
import { feedToForm } from '../editor/load.js';
import {
  emptyCourse,
  emptyForm,
  newCourseKey,
  type ContactRole,
  type CourseForm,
  type EditorForm,
  type Format,
  type OfferStatus,
} from '../editor/model.js';
import {
  checkFeed,
  DAY_NAMES,
  fieldId,
  type FeedCheck,
  type FieldProblem,
} from '../editor/problems.js';

/**
 * The municipality's web team: a form for the offer (never JSON), checked by the contract
 * as the editor types (debounced), every problem in plain Danish beside its field and in a
 * GOV.UK error summary, a live `<lt-offer-finder>` preview locked to the municipality, and
 * "Hent feed", which downloads only a feed the contract accepts. The draft is kept in
 * localStorage: an offer's details are public, never health data.
 */
export const DRAFT_KEY = 'lettilbud-demo:feed-editor';
const DEBOUNCE_MS = 300;

const STATUSES: { value: OfferStatus; label: string }[] = [
  { value: 'running', label: 'Ja, tilbuddet er i gang' },
  { value: 'not-yet-running', label: 'Nej, det er ikke startet endnu' },
  { value: 'unknown', label: 'Ved ikke' },
];
const ROLES: { value: ContactRole; label: string }[] = [
  { value: 'young-person', label: 'Den unge selv' },
  { value: 'parent', label: 'Forældre' },
  { value: 'professional', label: 'Fagpersoner, fx lærere' },
  { value: 'gp', label: 'Egen læge' },
];
const FORMATS: { value: Format; label: string }[] = [
  { value: 'individual', label: 'Alene med en behandler' },
  { value: 'group', label: 'I en gruppe' },
  { value: 'parents', label: 'Forældre får hjælp til at hjælpe' },
];
const BY_NAME = [...MUNICIPALITIES].sort((a, b) => a.name.localeCompare(b.name, 'da'));

/** The file name of a downloaded feed: it carries the municipality code. */
export const feedFileName = (code: string) => `lettilbud-feed-${code}.json`;

/** A stored draft, or null when there is none or it is not one this form wrote. */
function readDraft(storage: Storage | null): EditorForm | null {
  try {
    const raw = storage?.getItem(DRAFT_KEY);
    if (!raw) return null;
    const stored = JSON.parse(raw) as { form?: Partial<EditorForm> };
    if (!stored.form || typeof stored.form !== 'object') return null;
    const base = emptyForm();
    const form = { ...base, ...stored.form } as EditorForm;
    form.hours = { ...base.hours, ...(stored.form.hours ?? {}) };
    form.courses = (Array.isArray(form.courses) ? form.courses : []).map((c) => ({
      ...emptyCourse(),
      ...c,
      key: newCourseKey(),
    }));
    return form;
  } catch {
    return null;
  }
}

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
    this.#form = readDraft(storage) ?? emptyForm();
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
    this.#edit((f) => f.courses.push(course));
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

  #courseView(c: CourseForm, index: number, count: number) {
    const id = (part: string) => fieldId.course(c, part);
    const p = (part: string) => this.#problem(id(part));
    const edit = (set: (v: string) => void) => (v: string) => this.#edit(() => set(v));
    const title = `Forløb ${index + 1}`;
    return html`<fieldset class="course-form" aria-labelledby=${id('title')}>
      <legend class="visually-hidden">${title}</legend>
      <h3 id=${id('title')}>${title}${c.name.trim() ? html`: ${c.name}` : nothing}</h3>
      ${textField({ id: id('name'), label: 'Forløbets navn', hint: 'Som familierne kender det.', value: c.name, problem: p('name'), onInput: edit((v) => (c.name = v)) })}
      ${textField({ id: id('manual'), label: 'Metode eller manual (valgfrit)', value: c.manual, problem: p('manual'), onInput: edit((v) => (c.manual = v)) })}
      ${textField({ id: id('description'), label: 'Hvad sker der i forløbet? (valgfrit)', hint: 'Med almindelige ord, højst 1000 tegn.', value: c.description, multiline: true, problem: p('description'), onInput: edit((v) => (c.description = v)) })}
      ${choiceField({ id: id('concerns'), legend: 'Hvad kan forløbet hjælpe med? (valgfrit)', choices: CONCERNS.map((x) => ({ value: x.id, label: x.da })), checked: c.concerns, problem: p('concerns'), onChange: (v) => this.#edit(() => (c.concerns = v)) })}
      <fieldset class="pair">
        <legend>Alder, forløbet er for (år)</legend>
        ${textField({ id: id('ages-min'), label: 'Fra', width: 'short', value: c.agesMin, problem: p('ages-min'), onInput: edit((v) => (c.agesMin = v)) })}
        ${textField({ id: id('ages-max'), label: 'Til og med', width: 'short', value: c.agesMax, problem: p('ages-max'), onInput: edit((v) => (c.agesMax = v)) })}
      </fieldset>
      ${choiceField({ id: id('formats'), legend: 'Hvordan foregår forløbet?', hint: 'Vælg mindst én.', choices: FORMATS, checked: c.formats, problem: p('formats'), onChange: (v) => this.#edit(() => (c.formats = v)) })}
      <fieldset class="pair">
        <legend>Antal gange (valgfrit)</legend>
        ${textField({ id: id('sessions-min'), label: 'Fra', width: 'short', value: c.sessionsMin, problem: p('sessions-min'), onInput: edit((v) => (c.sessionsMin = v)) })}
        ${textField({ id: id('sessions-max'), label: 'Til', width: 'short', value: c.sessionsMax, problem: p('sessions-max'), onInput: edit((v) => (c.sessionsMax = v)) })}
      </fieldset>
      ${textField({ id: id('provider'), label: 'Hvem står for forløbet? (valgfrit)', value: c.provider, problem: p('provider'), onInput: edit((v) => (c.provider = v)) })}
      <div class="course-actions">
        ${
          index > 0
            ? html`<button type="button" id=${id('up')} @click=${() => this.#moveCourse(index, -1)}>
                Flyt<span class="visually-hidden"> ${title.toLowerCase()}</span> op
              </button>`
            : nothing
        }
        ${
          index < count - 1
            ? html`<button
                type="button"
                id=${id('down')}
                @click=${() => this.#moveCourse(index, 1)}
              >
                Flyt<span class="visually-hidden"> ${title.toLowerCase()}</span> ned
              </button>`
            : nothing
        }
        <button type="button" class="secondary" @click=${() => this.#removeCourse(index)}>
          Fjern<span class="visually-hidden"> ${title.toLowerCase()}</span>
        </button>
      </div>
    </fieldset>`;
  }

  #render(): void {
    const f = this.#form;
    const id = fieldId.offer;
    const p = (name: string) => this.#problem(id(name));
    const edit = (set: (v: string) => void) => (v: string) => this.#edit(() => set(v));
    const problems = this.#check.problems;
    const municipalityProblem = p('municipality');
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
        <form novalidate @submit=${this.#download} @change=${(e: Event) => this.#changed(e)}>
          <h2>Tilbuddet</h2>
          <div class="field ${municipalityProblem ? 'field-error' : ''}">
            <label for=${id('municipality')}>Kommune</label>
            <p class="hint" id="${id('municipality')}-hint">
              Tilbuddet vises for familier i denne kommune.
            </p>
            ${
              municipalityProblem
                ? html`<p class="error-message" id="${id('municipality')}-error">
                    <span class="visually-hidden">Fejl:</span> ${municipalityProblem.message}
                  </p>`
                : nothing
            }
            <select
              id=${id('municipality')}
              aria-describedby="${id('municipality')}-hint${municipalityProblem ? ` ${id('municipality')}-error` : ''}"
              aria-invalid=${municipalityProblem ? 'true' : nothing}
              @change=${(e: Event) =>
                this.#edit(() => (f.municipality = (e.target as HTMLSelectElement).value))}
            >
              <option value="" ?selected=${!f.municipality}>Vælg kommune</option>
              ${BY_NAME.map(
                (m) =>
                  html`<option value=${m.code} ?selected=${m.code === f.municipality}>
                    ${m.name} (${m.code})
                  </option>`,
              )}
            </select>
          </div>
          ${textField({ id: id('name'), label: 'Tilbuddets navn', hint: 'Som kommunen skriver det på sin side.', value: f.name, problem: p('name'), onInput: edit((v) => (f.name = v)) })}
          ${choiceField({ id: id('status'), legend: 'Er tilbuddet i gang?', choices: STATUSES, checked: [f.status], single: true, problem: p('status'), onChange: ([v]) => this.#edit(() => (f.status = v ?? 'unknown')) })}
          ${textField({ id: id('description'), label: 'Om tilbuddet (valgfrit)', hint: 'Med almindelige ord, højst 1000 tegn.', value: f.description, multiline: true, problem: p('description'), onInput: edit((v) => (f.description = v)) })}
          ${textField({ id: id('verified'), label: 'Oplysningerne er sidst tjekket', hint: 'Datoen vises for familierne.', type: 'date', width: 'medium', value: f.verifiedAt, problem: p('verified'), onInput: edit((v) => (f.verifiedAt = v)) })}

          <h2>Telefon</h2>
          ${textField({ id: id('phone'), label: 'Telefonnummer (valgfrit)', hint: 'Tal, mellemrum, + og -.', type: 'tel', width: 'medium', value: f.phone, problem: p('phone'), onInput: edit((v) => (f.phone = v)) })}
          <p class="hint" id="fe-hours-hint">
            Telefontider som tt:mm, fx 09:00. Lad begge felter stå tomme på dage, hvor telefonen er
            lukket.
          </p>
          <div class="days">
            ${DAYS.map((day) => {
              const opens = fieldId.day(day, 'opens');
              const closes = fieldId.day(day, 'closes');
              return html`<fieldset class="pair day">
                <legend>${DAY_NAMES[day]}</legend>
                ${textField({ id: opens, label: 'Åbner', width: 'short', value: f.hours[day].opens, problem: this.#problem(opens), onInput: (v) => this.#edit(() => (f.hours[day].opens = v)) })}
                ${textField({ id: closes, label: 'Lukker', width: 'short', value: f.hours[day].closes, problem: this.#problem(closes), onInput: (v) => this.#edit(() => (f.hours[day].closes = v)) })}
              </fieldset>`;
            })}
          </div>

          <h2>Andre måder at få kontakt</h2>
          ${textField({ id: id('email'), label: 'E-mail (valgfrit)', type: 'email', value: f.email, problem: p('email'), onInput: edit((v) => (f.email = v)) })}
          ${textField({ id: id('contact-url'), label: 'Digital kontaktformular eller sikker post (valgfrit)', hint: 'En webadresse, der begynder med https://', type: 'url', value: f.contactUrl, problem: p('contact-url'), onInput: edit((v) => (f.contactUrl = v)) })}
          ${textField({ id: id('website'), label: 'Tilbuddets egen side (valgfrit)', hint: 'En webadresse, der begynder med https://', type: 'url', value: f.website, problem: p('website'), onInput: edit((v) => (f.website = v)) })}
          <fieldset>
            <legend>Adresse (valgfrit)</legend>
            ${textField({ id: id('street'), label: 'Vej og nummer', value: f.street, problem: p('street'), onInput: edit((v) => (f.street = v)) })}
            ${textField({ id: id('postal-code'), label: 'Postnummer', width: 'short', value: f.postalCode, problem: p('postal-code'), onInput: edit((v) => (f.postalCode = v)) })}
            ${textField({ id: id('locality'), label: 'By', value: f.locality, problem: p('locality'), onInput: edit((v) => (f.locality = v)) })}
          </fieldset>
          ${choiceField({ id: id('who'), legend: 'Hvem kan henvende sig? (valgfrit)', choices: ROLES, checked: f.whoMayContact, onChange: (v) => this.#edit(() => (f.whoMayContact = v)) })}
          ${textField({ id: id('waiting'), label: 'Forventet ventetid i uger (valgfrit)', width: 'short', value: f.waitingWeeks, problem: p('waiting'), onInput: edit((v) => (f.waitingWeeks = v)) })}

          <h2 id="fe-courses-heading" tabindex="-1">Forløb</h2>
          ${f.courses.length ? nothing : html`<p>Der er ingen forløb endnu.</p>`}
          ${f.courses.map((c, i) => this.#courseView(c, i, f.courses.length))}
          <button type="button" class="secondary" id="fe-add-course" @click=${this.#addCourse}>
            Tilføj forløb
          </button>

          <div class="editor-submit">
            <button type="submit">Hent feed</button>
            <p class="hint">
              ${
                problems.length
                  ? `Der er ${problems.length === 1 ? 'én ting' : `${problems.length} ting`}, der skal rettes, før feedet kan hentes.`
                  : 'Feedet er gyldigt og kan hentes.'
              }
            </p>
          </div>
        </form>`,
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
