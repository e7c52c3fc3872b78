import { LtSdqForm } from './sdq-form.js';

LtSdqForm.define('lt-sdq-form');

declare global {
  interface HTMLElementTagNameMap {
    'lt-sdq-form': LtSdqForm;
  }
}
