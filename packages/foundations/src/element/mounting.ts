import type { Lifecycles, WidgetAppProps } from './lifecycles.js';

/** The lifecycles themselves, loaded by `widgetLifecycles()` on single-spa's first call. */
export function mountingLifecycles(tag: string): Lifecycles {
  const mounted = new Map<string, HTMLElement>();
  const containerFor = (props: WidgetAppProps): HTMLElement => {
    if (props.domElement) return props.domElement;
    const id = `single-spa-application:${props.name}`;
    let container = document.getElementById(id);
    if (!container) {
      container = document.createElement('div');
      container.id = id;
      document.body.append(container);
    }
    return container;
  };
  const apply = (el: HTMLElement, props: WidgetAppProps) => {
    for (const [key, value] of Object.entries(props.attributes ?? {})) el.setAttribute(key, value);
    Object.assign(el, props.properties ?? {});
  };
  return {
    async bootstrap() {},
    async mount(props) {
      const el = document.createElement(tag);
      apply(el, props);
      containerFor(props).append(el);
      mounted.set(props.name, el);
    },
    async update(props) {
      const el = mounted.get(props.name);
      if (el) apply(el, props);
    },
    async unmount(props) {
      mounted.get(props.name)?.remove();
      mounted.delete(props.name);
    },
  };
}
