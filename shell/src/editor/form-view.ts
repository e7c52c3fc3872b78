import { html, nothing, type TemplateResult } from 'lit';
import { CONCERNS, DAYS, MUNICIPALITIES, type Municipality } from '@lettilbud/contract';
import { choiceField, textField } from './fields.js';
import type { ContactRole, CourseForm, EditorForm, Format, OfferStatus } from './model.js';
import { DAY_NAMES, fieldId, type FieldProblem } from './problems.js';

/**
 * The feed editor's form: the offer, its phone hours by weekday, the other ways to get in
 * touch, and its courses (add, reorder, remove). Every control has a visible label; the
 * host owns the state and says what happens on each change (`FormContext`).
 */
export interface FormContext {
  readonly form: EditorForm;
  /** Every problem the contract found (for the count by the button). */
  readonly problems: readonly FieldProblem[];
  /** The problem shown at a field (once visited, or after "Hent feed"). */
  problem(id: string): FieldProblem | undefined;
  /** Changes the form (the host checks after a pause in typing). */
  edit(change: () => void): void;
  /** A control was changed and left. */
  changed(event: Event): void;
  submit(event: Event): void;
  addCourse(): void;
  moveCourse(index: number, by: -1 | 1): void;
  removeCourse(index: number): void;
}

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
// One collator: localeCompare with a locale makes one per comparison (98 names: ~600).
const BY_NAME = [...MUNICIPALITIES].sort(
  (
    (collator) => (a: Municipality, b: Municipality) =>
      collator.compare(a.name, b.name)
  )(new Intl.Collator('da')),
);

function courseView(ctx: FormContext, c: CourseForm, index: number, count: number) {
  const id = (part: string) => fieldId.course(c, part);
  const p = (part: string) => ctx.problem(id(part));
  const edit = (set: (v: string) => void) => (v: string) => ctx.edit(() => set(v));
  const title = `Forløb ${index + 1}`;
  return html`<fieldset class="course-form" aria-labelledby=${id('title')}>
    <legend class="visually-hidden">${title}</legend>
    <h3 id=${id('title')}>${title}${c.name.trim() ? html`: ${c.name}` : nothing}</h3>
    ${textField({ id: id('name'), label: 'Forløbets navn', hint: 'Som familierne kender det.', value: c.name, problem: p('name'), onInput: edit((v) => (c.name = v)) })}
    ${textField({ id: id('manual'), label: 'Metode eller manual (valgfrit)', value: c.manual, problem: p('manual'), onInput: edit((v) => (c.manual = v)) })}
    ${textField({ id: id('description'), label: 'Hvad sker der i forløbet? (valgfrit)', hint: 'Med almindelige ord, højst 1000 tegn.', value: c.description, multiline: true, problem: p('description'), onInput: edit((v) => (c.description = v)) })}
    ${choiceField({ id: id('concerns'), legend: 'Hvad kan forløbet hjælpe med? (valgfrit)', choices: CONCERNS.map((x) => ({ value: x.id, label: x.da })), checked: c.concerns, problem: p('concerns'), onChange: (v) => ctx.edit(() => (c.concerns = v)) })}
    <fieldset class="pair">
      <legend>Alder, forløbet er for (år)</legend>
      ${textField({ id: id('ages-min'), label: 'Fra', width: 'short', value: c.agesMin, problem: p('ages-min'), onInput: edit((v) => (c.agesMin = v)) })}
      ${textField({ id: id('ages-max'), label: 'Til og med', width: 'short', value: c.agesMax, problem: p('ages-max'), onInput: edit((v) => (c.agesMax = v)) })}
    </fieldset>
    ${choiceField({ id: id('formats'), legend: 'Hvordan foregår forløbet?', hint: 'Vælg mindst én.', choices: FORMATS, checked: c.formats, problem: p('formats'), onChange: (v) => ctx.edit(() => (c.formats = v)) })}
    <fieldset class="pair">
      <legend>Antal gange (valgfrit)</legend>
      ${textField({ id: id('sessions-min'), label: 'Fra', width: 'short', value: c.sessionsMin, problem: p('sessions-min'), onInput: edit((v) => (c.sessionsMin = v)) })}
      ${textField({ id: id('sessions-max'), label: 'Til', width: 'short', value: c.sessionsMax, problem: p('sessions-max'), onInput: edit((v) => (c.sessionsMax = v)) })}
    </fieldset>
    ${textField({ id: id('provider'), label: 'Hvem står for forløbet? (valgfrit)', value: c.provider, problem: p('provider'), onInput: edit((v) => (c.provider = v)) })}
    <div class="course-actions">
      ${
        index > 0
          ? html`<button type="button" id=${id('up')} @click=${() => ctx.moveCourse(index, -1)}>
              Flyt<span class="visually-hidden"> ${title.toLowerCase()}</span> op
            </button>`
          : nothing
      }
      ${
        index < count - 1
          ? html`<button type="button" id=${id('down')} @click=${() => ctx.moveCourse(index, 1)}>
              Flyt<span class="visually-hidden"> ${title.toLowerCase()}</span> ned
            </button>`
          : nothing
      }
      <button type="button" class="secondary" @click=${() => ctx.removeCourse(index)}>
        Fjern<span class="visually-hidden"> ${title.toLowerCase()}</span>
      </button>
    </div>
  </fieldset>`;
}

/** The whole form. */
export function formView(ctx: FormContext): TemplateResult {
  const f = ctx.form;
  const id = fieldId.offer;
  const p = (name: string) => ctx.problem(id(name));
  const edit = (set: (v: string) => void) => (v: string) => ctx.edit(() => set(v));
  const problems = ctx.problems;
  const municipalityProblem = p('municipality');
  return html`<form novalidate @submit=${ctx.submit} @change=${ctx.changed}>
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
          ctx.edit(() => (f.municipality = (e.target as HTMLSelectElement).value))}
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
    ${choiceField({ id: id('status'), legend: 'Er tilbuddet i gang?', choices: STATUSES, checked: [f.status], single: true, problem: p('status'), onChange: ([v]) => ctx.edit(() => (f.status = v ?? 'unknown')) })}
    ${textField({ id: id('description'), label: 'Om tilbuddet (valgfrit)', hint: 'Med almindelige ord, højst 1000 tegn.', value: f.description, multiline: true, problem: p('description'), onInput: edit((v) => (f.description = v)) })}
    ${textField({ id: id('verified'), label: 'Oplysningerne er sidst tjekket', hint: 'Datoen vises for familierne.', type: 'date', width: 'medium', value: f.verifiedAt, problem: p('verified'), onInput: edit((v) => (f.verifiedAt = v)) })}

    <h2>Telefon</h2>
    ${textField({ id: id('phone'), label: 'Telefonnummer (valgfrit)', hint: 'Tal, mellemrum, + og -.', type: 'tel', width: 'medium', value: f.phone, problem: p('phone'), onInput: edit((v) => (f.phone = v)) })}
    <fieldset aria-describedby="fe-hours-hint">
      <legend>Telefontider (valgfrit)</legend>
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
            ${textField({ id: opens, label: 'Åbner', width: 'short', value: f.hours[day].opens, problem: ctx.problem(opens), onInput: (v) => ctx.edit(() => (f.hours[day].opens = v)) })}
            ${textField({ id: closes, label: 'Lukker', width: 'short', value: f.hours[day].closes, problem: ctx.problem(closes), onInput: (v) => ctx.edit(() => (f.hours[day].closes = v)) })}
          </fieldset>`;
        })}
      </div>
    </fieldset>

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
    ${choiceField({ id: id('who'), legend: 'Hvem kan henvende sig? (valgfrit)', choices: ROLES, checked: f.whoMayContact, onChange: (v) => ctx.edit(() => (f.whoMayContact = v)) })}
    ${textField({ id: id('waiting'), label: 'Forventet ventetid i uger (valgfrit)', width: 'short', value: f.waitingWeeks, problem: p('waiting'), onInput: edit((v) => (f.waitingWeeks = v)) })}

    <h2 id="fe-courses-heading" tabindex="-1">Forløb</h2>
    ${f.courses.length ? nothing : html`<p>Der er ingen forløb endnu.</p>`}
    ${f.courses.map((c, i) => courseView(ctx, c, i, f.courses.length))}
    <button type="button" class="secondary" id="fe-add-course" @click=${ctx.addCourse}>
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
  </form>`;
}
