import { html, nothing, render } from 'lit';
import { JOURNAL_ACTIONS, type JournalCase } from '@lettilbud/contract';
import {
  caseClocks,
  isUrgent,
  type CaseClock,
} from '../../../packages/journal-panel/src/logic/clocks.js';
import type { StoredCase } from '../mocks/store.js';
import { api, BackendError } from './api.js';

/**
 * The fagsystem host: the municipality's case list (urgent contacts first, each with its
 * clocks), and the open case beside `<lt-journal-panel>`, wired to the demo backend: the
 * panel's actions are applied there and the panel gets the updated case; "Send SDQ til
 * familien" gives the family's link; "Eksportér KL-indberetning" downloads the LTT Bundle.
 */
const CLOCK_NAMES: Record<CaseClock['id'], string> = {
  urgent: 'Akut henvendelse',
  'pre-talk': 'Forsamtale (14 dage)',
  screening: 'Screening (30 dage)',
};

function days(n: number): string {
  return n === 1 ? '1 dag' : `${n} dage`;
}

/** A clock's state in words. */
export function clockText(c: CaseClock): string {
  switch (c.state) {
    case 'met':
      return 'Nået';
    case 'late':
      return `Nået ${days(c.days)} for sent`;
    case 'running':
      return `${days(c.days)} tilbage`;
    case 'due-soon':
      return `Snart: ${days(c.days)} tilbage`;
    case 'due-today':
      return 'Skal ske i dag';
    case 'overdue':
      return `Overskredet med ${days(c.days)}`;
    case 'not-relevant':
      return 'Ikke relevant';
    case 'no-contact':
      return 'Ingen kontaktdato';
  }
}

const today = () => new Date().toISOString().slice(0, 10);

/** Urgent contacts not yet acted on first, then the newest first. */
export function caseOrder(list: readonly StoredCase[]): StoredCase[] {
  const open = (c: JournalCase) => isUrgent(c) && !c.contact?.urgentHandled;
  return [...list].sort(
    (a, b) =>
      Number(open(b.case)) - Number(open(a.case)) || b.receivedAt.localeCompare(a.receivedAt),
  );
}

interface View {
  list: StoredCase[] | null;
  open: StoredCase | null;
  error: string | null;
  sdqLink: string | null;
  noteFor: string | null;
  status: string;
}

export class FagsystemHost {
  readonly #root: HTMLElement;
  readonly #panelOutlet: HTMLElement;
  #view: View = { list: null, open: null, error: null, sdqLink: null, noteFor: null, status: '' };
  #caseId: string | null = null;

  constructor(root: HTMLElement, panelOutlet: HTMLElement) {
    this.#root = root;
    this.#panelOutlet = panelOutlet;
    document.addEventListener('lt-journal-request', (e) => {
      const { caseId, respondWith } = (e as HTMLElementEventMap['lt-journal-request']).detail;
      respondWith(api<JournalCase>(`/api/cases/${encodeURIComponent(caseId)}`));
    });
    document.addEventListener('lt-journal-action', (e) => {
      const { action, caseId } = (e as HTMLElementEventMap['lt-journal-action']).detail;
      if (action === 'add-note') this.#set({ noteFor: caseId });
      else void this.#act(caseId, action);
    });
  }

  #set(changed: Partial<View>): void {
    this.#view = { ...this.#view, ...changed };
    this.#render();
  }

  get #panel(): (HTMLElement & { case: unknown }) | null {
    return this.#panelOutlet.querySelector('lt-journal-panel');
  }

  /** Shows the list, and the case with this id beside it (null: the list alone). */
  async show(caseId: string | null): Promise<void> {
    if (caseId !== this.#caseId) this.#view = { ...this.#view, sdqLink: null, noteFor: null };
    this.#caseId = caseId;
    try {
      const list = caseOrder(await api<StoredCase[]>('/api/cases'));
      const open = list.find((c) => c.id === caseId) ?? null;
      this.#set({ list, open, error: null });
      const panel = this.#panel;
      if (panel && open) {
        panel.setAttribute('case-id', open.id);
        panel.case = open.case;
      }
    } catch (error) {
      this.#set({ error: error instanceof BackendError ? error.message : 'Noget gik galt.' });
    }
  }

  /** A panel has mounted: it gets the open case. */
  panelMounted(): void {
    const panel = this.#panel;
    if (panel && this.#view.open) panel.case = this.#view.open.case;
  }

  async #act(
    caseId: string,
    action: (typeof JOURNAL_ACTIONS)[number],
    note?: string,
  ): Promise<void> {
    try {
      const updated = await api<JournalCase>(`/api/cases/${encodeURIComponent(caseId)}/actions`, {
        method: 'POST',
        body: JSON.stringify({ action, note }),
      });
      const panel = this.#panel;
      if (panel) panel.case = updated;
      this.#set({ status: 'Gemt i fagsystemet.', noteFor: null });
      await this.show(caseId);
    } catch (error) {
      this.#set({
        status: error instanceof BackendError ? `Ikke gemt. ${error.message}` : 'Ikke gemt.',
      });
    }
  }

  async #export(c: StoredCase): Promise<void> {
    try {
      const bundle = await api<unknown>(`/api/cases/${encodeURIComponent(c.id)}/kl-report`);
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/fhir+json' }),
      );
      const a = document.createElement('a');
      a.href = url;
      a.download = `kl-indberetning-${c.id}.json`;
      a.hidden = true;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      this.#set({ status: 'KL-indberetningen er hentet.' });
    } catch (error) {
      this.#set({
        status: error instanceof BackendError ? `Ikke hentet. ${error.message}` : 'Ikke hentet.',
      });
    }
  }

  #sdqLink(c: StoredCase): void {
    const link = new URL(`#/sdq?sag=${encodeURIComponent(c.id)}`, location.href).href;
    this.#set({ sdqLink: link });
  }

  #row(c: StoredCase) {
    const urgent = isUrgent(c.case) && !c.case.contact?.urgentHandled;
    return html`<li class=${urgent ? 'case urgent' : 'case'}>
      <a
        href="#/fagsystem?sag=${encodeURIComponent(c.id)}"
        aria-current=${c.id === this.#caseId ? 'page' : nothing}
        >${c.case.child.name ?? 'Barn uden navn'}</a
      >
      ${urgent ? html`<strong class="badge">Akut: handl i dag</strong>` : nothing}
      <span class="ref">Sag ${c.id} · kontakt ${c.case.contact?.date ?? 'ukendt'}</span>
      <ul class="clocks" aria-label="Frister">
        ${caseClocks(c.case, today()).map(
          (k) => html`<li>${CLOCK_NAMES[k.id]}: ${clockText(k)}</li>`,
        )}
      </ul>
    </li>`;
  }

  #caseView(c: StoredCase) {
    const v = this.#view;
    return html`<section aria-labelledby="case-heading" class="case-open">
      <h2 id="case-heading">Sag: ${c.case.child.name ?? 'Barn uden navn'}</h2>
      <div class="case-actions">
        <button type="button" @click=${() => this.#sdqLink(c)}>Send SDQ til familien</button>
        <button type="button" @click=${() => void this.#export(c)}>
          Eksportér KL-indberetning
        </button>
      </div>
      ${
        v.sdqLink
          ? html`<p>
              Send dette link til familien:
              <a href=${v.sdqLink}>SDQ-skema til sag ${c.id}</a>
            </p>`
          : nothing
      }
      ${
        v.noteFor === c.id
          ? html`<form
              @submit=${(e: Event) => {
                e.preventDefault();
                const text = new FormData(e.target as HTMLFormElement).get('note');
                void this.#act(c.id, 'add-note', String(text ?? ''));
              }}
            >
              <label for="note-text">Note til sagen</label>
              <textarea id="note-text" name="note" required maxlength="1000"></textarea>
              <button type="submit">Gem note</button>
            </form>`
          : nothing
      }
      ${
        c.notes.length
          ? html`<h3>Noter</h3>
              <ul class="notes">
                ${c.notes.map((n) => html`<li>${n.at.slice(0, 10)}: ${n.text}</li>`)}
              </ul>`
          : nothing
      }
    </section>`;
  }

  #render(): void {
    const v = this.#view;
    render(
      html`${
          v.error
            ? html`<div role="alert" class="error">
                <p>${v.error}</p>
                <button type="button" @click=${() => void this.show(this.#caseId)}>
                  Prøv igen
                </button>
              </div>`
            : nothing
        }
        <p role="status" class="host-status">${v.status}</p>
        ${v.open ? this.#caseView(v.open) : nothing}
        <section aria-labelledby="cases-heading">
          <h2 id="cases-heading">Sager</h2>
          ${
            v.list === null
              ? v.error
                ? nothing
                : html`<p>Henter sager …</p>`
              : v.list.length === 0
                ? html`<p>Ingen sager endnu.</p>`
                : html`<ol class="cases">
                    ${v.list.map((c) => this.#row(c))}
                  </ol>`
          }
        </section>`,
      this.#root,
    );
  }
}
