// The minimal hand-written Lit elements the real-use bench compares each widget with: the same
// first screen from the same host data, and nothing else (no checks of the data, no i18n, no
// drafts, no crisis help). The bench bundles each alone with Lit (the others tree-shaken
// away) and defines it; `src` fetches the JSON, `data` is the host's property.
import { LitElement, html, css, type PropertyValues } from 'lit';

abstract class FromHost<T> extends LitElement {
  static override properties = { data: { attribute: false }, src: {} };
  declare data: T | null;
  declare src: string | null;
  constructor() {
    super();
    this.data = null;
    this.src = null;
  }
  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src') && this.src && !this.data)
      void fetch(this.src)
        .then((r) => r.json())
        .then((d: T) => (this.data = d));
  }
  static override styles = css`
    :host {
      display: block;
      font:
        16px/1.5 system-ui,
        sans-serif;
    }
    fieldset {
      border: 0;
      padding: 0;
    }
    label {
      display: block;
      padding: 0.5rem 0;
    }
  `;
}

interface Questionnaire {
  item: { linkId: string; text: string; answerOption: { valueString?: string }[] }[];
}

export class BenchSdq extends FromHost<Questionnaire> {
  override render() {
    const item = this.data?.item[0];
    if (!item) return html`<p>Henter …</p>`;
    return html`<form>
      <p>Spørgsmål 1 af ${this.data!.item.length}</p>
      <fieldset>
        <legend>${item.text}</legend>
        ${item.answerOption.map(
          (o) => html`<label><input type="radio" name=${item.linkId} />${o.valueString}</label>`,
        )}
      </fieldset>
      <button>Næste</button>
    </form>`;
  }
}

interface Directory {
  offers: { name: string; municipalities: string[]; phone?: { number: string } }[];
}

export class BenchFinder extends FromHost<Directory> {
  static override properties = {
    ...FromHost.properties,
    query: { state: true },
    chosen: { state: true },
  };
  declare query: string;
  declare chosen: string | null;
  /** The bench types a municipality's name; the baseline knows only the feed's municipalities. */
  names: Record<string, string> = { '101': 'København' };
  constructor() {
    super();
    this.query = '';
    this.chosen = null;
  }
  override render() {
    const q = this.query.toLowerCase();
    const matches = q
      ? Object.entries(this.names).filter(([, n]) => n.toLowerCase().startsWith(q))
      : [];
    const offers = this.chosen
      ? (this.data?.offers ?? []).filter((o) => o.municipalities.includes(this.chosen!))
      : [];
    return html`<h2>Find hjælp til børn og unge i din kommune</h2>
      <label for="q">Kommune eller postnummer</label>
      <input
        id="q"
        role="combobox"
        aria-expanded=${matches.length > 0}
        @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
      />
      <ul role="listbox">
        ${matches.map(
          ([code, name]) =>
            html`<li role="option" @click=${() => ((this.chosen = code), (this.query = ''))}>
              ${name}
            </li>`,
        )}
      </ul>
      ${offers.map(
        (o) =>
          html`<h3>${o.name}</h3>
            <p>${o.phone?.number}</p>`,
      )}`;
  }
}

interface Phone {
  number: string;
}

export class BenchReferral extends FromHost<Phone> {
  override render() {
    return html`<form>
      <p>Trin 1 af 8</p>
      <h2>Hvem skriver?</h2>
      <fieldset>
        <legend>Hvem er du?</legend>
        ${[
          'Jeg er den unge, det handler om',
          'Jeg er forælder',
          'Jeg er plejeforælder',
          'Jeg arbejder med barnet',
        ].map((t) => html`<label><input type="radio" name="writer" />${t}</label>`)}
      </fieldset>
      <label>Dit navn (valgfrit) <input /></label>
      <button>Næste</button>
      ${this.data ? html`<p>Vil du hellere ringe? ${this.data.number}</p>` : ''}
    </form>`;
  }
}

interface Case {
  child: { name: string };
  contact: { date: string };
  preTalk?: { date?: string };
  screening?: { date?: string };
}

const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 864e5);

export class BenchJournal extends FromHost<Case> {
  override render() {
    const c = this.data;
    if (!c) return html`<p>Henter …</p>`;
    const today = new Date().toISOString().slice(0, 10);
    const clock = (name: string, target: number, held: string | undefined) =>
      html`<li>
        ${name} inden ${target} dage:
        ${held ? `holdt efter ${days(c.contact.date, held)} dage` : `${target - days(c.contact.date, today)} dage tilbage`}
      </li>`;
    return html`<h2>${c.child.name}</h2>
      <h3>Ventetid</h3>
      <ul>
        ${clock('Forsamtale', 14, c.preTalk?.date)} ${clock('Screening', 30, c.screening?.date)}
      </ul>`;
  }
}
