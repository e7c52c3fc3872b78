/**
 * single-spa lifecycles for a widget, so every package is mountable as a single-spa
 * application the same way. `mount` creates the element inside the host's DOM element
 * (or the application's own container) and copies `customProps.properties` onto it;
 * `unmount` removes it, which disconnects its controllers and listeners.
 */
export interface WidgetAppProps {
  /** single-spa's application name. */
  readonly name: string;
  /** Where to mount; defaults to a container with id `single-spa-application:<name>`. */
  readonly domElement?: HTMLElement;
  /** Attributes to set, e.g. `{ municipality: '101' }`. */
  readonly attributes?: Readonly<Record<string, string>>;
  /** Properties to set, e.g. `{ directory }`. */
  readonly properties?: Readonly<Record<string, unknown>>;
}

export interface Lifecycles {
  bootstrap(props: WidgetAppProps): Promise<void>;
  mount(props: WidgetAppProps): Promise<void>;
  unmount(props: WidgetAppProps): Promise<void>;
}

export function widgetLifecycles(tag: string): Lifecycles {
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
  return {
    async bootstrap() {},
    async mount(props) {
      const el = document.createElement(tag);
      for (const [key, value] of Object.entries(props.attributes ?? {}))
        el.setAttribute(key, value);
      Object.assign(el, props.properties ?? {});
      containerFor(props).append(el);
      mounted.set(props.name, el);
    },
    async unmount(props) {
      mounted.get(props.name)?.remove();
      mounted.delete(props.name);
    },
  };
}
