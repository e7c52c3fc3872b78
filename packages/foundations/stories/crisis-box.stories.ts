import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LitElement } from 'lit';
import {
  baseStyles,
  crisisStyles,
  defaultCrisisContacts,
  renderCrisisBox,
  tokens,
} from '../src/index.js';

// The shared crisis box, as the finder and the referral form show it.
class LtStoryCrisisBox extends LitElement {
  static override styles = [tokens, baseStyles, crisisStyles];
  override render() {
    return renderCrisisBox({
      contacts: defaultCrisisContacts('da'),
      heading: 'Brug for hjælp nu?',
    });
  }
}
if (!customElements.get('lt-story-crisis-box'))
  customElements.define('lt-story-crisis-box', LtStoryCrisisBox);

const meta: Meta = { title: 'Contract/Crisis box' };
export default meta;

export const Default: StoryObj = {
  render: () => html`<lt-story-crisis-box></lt-story-crisis-box>`,
};
