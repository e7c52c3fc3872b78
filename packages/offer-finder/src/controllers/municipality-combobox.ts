import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { municipalityDisplayName, type Municipality } from '@lettilbud/contract';
import type { FinderStrings } from '../i18n/index.js';
import { lookup, unpackPostalCodes, type Lookup, type PostalTable } from '../logic/search.js';

export interface ComboboxOptions {
  /** The host's own postal-code table, if it gave one. */
  readonly hostTable: () => PostalTable | null;
  readonly announce: (message: string) => void;
  readonly strings: () => FinderStrings;
  readonly choose: (m: Municipality) => void;
}

/**
 * The municipality chooser: a WAI-ARIA APG combobox with a listbox popup
 * (aria-activedescendant; ArrowDown/ArrowUp move, Home/End jump, Enter chooses, Escape
 * closes then clears), for a name (tolerant of æ/ø/å, "aa", case, accents and legal names)
 * or a 4-digit postal code. A postal code spanning several municipalities asks which. The
 * shipped postal-code table is its own chunk, loaded on the first 4-digit input; without a
 * table the search says so and still works by name.
 */
export class MunicipalityCombobox implements ReactiveController {
  query = '';
  result: Lookup = { kind: 'none' };
  active = -1;
  open = false;

  readonly #host: ReactiveControllerHost;
  readonly #o: ComboboxOptions;
  #shipped: PostalTable | null | undefined;

  constructor(host: ReactiveControllerHost, options: ComboboxOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  hostConnected(): void {}

  get #matches(): Municipality[] {
    return this.result.kind === 'names' ? this.result.matches : [];
  }

  async #table(): Promise<PostalTable | null> {
    const own = this.#o.hostTable();
    if (own) return own;
    if (this.#shipped === undefined) {
      try {
        const { POSTAL_CODES_PACKED } = await import('../data/postal-codes.data.js');
        this.#shipped = unpackPostalCodes(POSTAL_CODES_PACKED);
      } catch {
        this.#shipped = null;
      }
    }
    return this.#shipped;
  }

  /** Clears the query and closes the popup (after a choice, or on reset). */
  clear(): void {
    Object.assign(this, { query: '', result: { kind: 'none' }, active: -1, open: false });
    this.#host.requestUpdate();
  }

  #onInput = async (e: Event): Promise<void> => {
    const query = (this.query = (e.target as HTMLInputElement).value);
    const table = /^\s*\d{4}\s*$/.test(query) ? await this.#table() : null;
    if (query !== this.query) return; // typed on while the table loaded
    this.result = lookup(query, table);
    this.active = -1;
    this.open = this.#matches.length > 0;
    this.#host.requestUpdate();
    const t = this.#o.strings();
    if (this.result.kind === 'names')
      this.#o.announce(this.#matches.length ? t.options(this.#matches.length) : t.noMatch);
    if (this.result.kind === 'postal' && this.result.matches.length > 1)
      this.#o.announce(t.postalSeveral(this.result.code));
    if (this.result.kind === 'postal' && this.result.matches.length === 1)
      this.#o.choose(this.result.matches[0]!);
  };

  #onKey = (e: KeyboardEvent): void => {
    const n = this.#matches.length;
    const move = (to: number) => {
      e.preventDefault();
      this.open = true;
      this.active = to;
      this.#host.requestUpdate();
    };
    if (e.key === 'ArrowDown' && n) move(this.open ? (this.active + 1) % n : 0);
    else if (e.key === 'ArrowUp' && n) move(this.active <= 0 ? n - 1 : this.active - 1);
    else if (e.key === 'Home' && this.open && n) move(0);
    else if (e.key === 'End' && this.open && n) move(n - 1);
    else if (e.key === 'Enter' && this.open && this.active >= 0) {
      e.preventDefault();
      this.#o.choose(this.#matches[this.active]!);
    } else if (e.key === 'Escape') {
      if (this.open) this.open = false;
      else this.clear();
      this.#host.requestUpdate();
    }
  };

  #onBlur = (): void => {
    // Chrome fires blur when the focused field leaves the DOM mid-render: no update then.
    if (!this.open) return;
    this.open = false;
    this.#host.requestUpdate();
  };

  render() {
    const t = this.#o.strings();
    const matches = this.#matches;
    const r = this.result;
    const message =
      r.kind === 'postal-unknown'
        ? t.postalUnknown(r.code)
        : r.kind === 'postal-unavailable'
          ? t.postalUnavailable
          : r.kind === 'names' && !matches.length
            ? t.noMatch
            : '';
    const activeId =
      this.open && this.active >= 0 ? `municipality-${matches[this.active]?.code}` : undefined;
    return html`<div class="lt-field" part="chooser">
      <label class="lt-label" for="municipality-input">${t.municipalityLabel}</label>
      <span class="lt-hint" id="municipality-hint">${t.municipalityHint}</span>
      <div class="combo">
        <input
          id="municipality-input"
          class="lt-input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="municipality-list"
          aria-describedby="municipality-hint"
          aria-activedescendant=${ifDefined(activeId)}
          .value=${this.query}
          @input=${this.#onInput}
          @keydown=${this.#onKey}
          @blur=${this.#onBlur}
        />
        <ul
          id="municipality-list"
          role="listbox"
          aria-label=${t.municipalityLabel}
          ?hidden=${!this.open}
        >
          ${matches.map(
            (m, i) =>
              html`<li
                id="municipality-${m.code}"
                role="option"
                aria-selected=${i === this.active ? 'true' : 'false'}
                @mousedown=${(e: Event) => e.preventDefault()}
                @click=${() => this.#o.choose(m)}
              >
                ${municipalityDisplayName(m)}
              </li>`,
          )}
        </ul>
      </div>
      ${message ? html`<p class="lt-hint">${message}</p>` : nothing}
      ${
        r.kind === 'postal' && r.matches.length > 1
          ? html`<fieldset class="choices">
              <legend>${t.postalSeveral(r.code)}</legend>
              ${r.matches.map(
                (m) =>
                  html`<button class="lt-button secondary" @click=${() => this.#o.choose(m)}>
                    ${municipalityDisplayName(m)}
                  </button> `,
              )}
            </fieldset>`
          : nothing
      }
    </div>`;
  }
}
