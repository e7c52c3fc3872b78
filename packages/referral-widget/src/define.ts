import { LtReferralWidget } from './referral-widget.js';

LtReferralWidget.define('lt-referral-widget');

declare global {
  interface HTMLElementTagNameMap {
    'lt-referral-widget': LtReferralWidget;
  }
}
