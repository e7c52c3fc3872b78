import { LtJournalPanel } from './journal-panel.js';

LtJournalPanel.define('lt-journal-panel');

declare global {
  interface HTMLElementTagNameMap {
    'lt-journal-panel': LtJournalPanel;
  }
}
