import type { LtEvent as LtEventShape } from '@lettilbud/contract';

/**
 * The event every widget dispatches: bubbling and composed so a listener on the element,
 * the document or a framework wrapper sees it, with a typed `detail` (the contract's
 * `LtEvent` shape, which types it in `HTMLElementEventMap`).
 */
export class LtEvent<D> extends Event implements LtEventShape<D> {
  readonly detail: D;
  constructor(type: string, detail: D, init: { cancelable?: boolean } = {}) {
    super(type, { bubbles: true, composed: true, cancelable: init.cancelable ?? false });
    this.detail = detail;
  }
}
