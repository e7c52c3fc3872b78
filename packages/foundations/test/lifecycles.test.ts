import { expect } from '@open-wc/testing';
import { langOf, widgetLifecycles } from '../src/index.js';

describe('widgetLifecycles (single-spa)', () => {
  it('mounts the element with attributes and properties and unmounts it', async () => {
    const app = widgetLifecycles('lt-lifecycle-probe');
    const domElement = document.createElement('div');
    document.body.append(domElement);
    await app.bootstrap({ name: 'probe' });
    await app.mount({
      name: 'probe',
      domElement,
      attributes: { municipality: '101' },
      properties: { prefill: { a: 1 } },
    });
    const el = domElement.querySelector('lt-lifecycle-probe') as HTMLElement & {
      prefill?: unknown;
    };
    expect(el.getAttribute('municipality')).to.equal('101');
    expect(el.prefill).to.deep.equal({ a: 1 });
    // A parcel's update sets new attributes and properties on the same element.
    await app.update({
      name: 'probe',
      domElement,
      attributes: { municipality: '751' },
      properties: { prefill: { a: 2 } },
    });
    expect(domElement.querySelector('lt-lifecycle-probe')).to.equal(el);
    expect(el.getAttribute('municipality')).to.equal('751');
    expect(el.prefill).to.deep.equal({ a: 2 });
    await app.unmount({ name: 'probe', domElement });
    expect(domElement.children.length).to.equal(0);
  });

  it("uses single-spa's default container when the host gives none", async () => {
    const app = widgetLifecycles('lt-lifecycle-probe');
    await app.mount({ name: 'probe-2' });
    expect(
      document
        .getElementById('single-spa-application:probe-2')!
        .querySelector('lt-lifecycle-probe'),
    ).to.exist;
    await app.unmount({ name: 'probe-2' });
    expect(document.getElementById('single-spa-application:probe-2')!.children.length).to.equal(0);
  });
});

describe('langOf', () => {
  it('finds the nearest lang across a shadow root, else the page', () => {
    const outer = document.createElement('div');
    outer.lang = 'en';
    const host = document.createElement('div');
    outer.append(host);
    document.body.append(outer);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(langOf(inner)).to.equal('en');
    outer.removeAttribute('lang');
    document.documentElement.lang = 'da';
    expect(langOf(inner)).to.equal('da');
    outer.remove();
  });
});
