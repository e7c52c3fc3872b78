import { lazy } from '@lettilbud/contract';

/**
 * single-spa lifecycles for a widget, so every package is mountable as a single-spa
 * application the same way. `mount` creates the element inside the host's DOM element
 * (or the application's own container) and copies `customProps.properties` onto it;
 * `update` (single-spa parcels: `parcel.update(props)`) sets the attributes and properties
 * again on the mounted element, which re-renders it; `unmount` removes it, which disconnects
 * its controllers and listeners.
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
  update(props: WidgetAppProps): Promise<void>;
  unmount(props: WidgetAppProps): Promise<void>;
}

const mounting = lazy(() => import('./mounting.js'));

/**
 * A widget's single-spa lifecycles. The mounting code is its own chunk, loaded on
 * single-spa's first call (bootstrap): a page that uses the element directly never loads it.
 */
export function widgetLifecycles(tag: string): Lifecycles {
  let own: Lifecycles | undefined;
  const lifecycles = () => mounting.load().then((m) => (own ??= m.mountingLifecycles(tag)));
  return {
    bootstrap: async (props) => (await lifecycles()).bootstrap(props),
    mount: async (props) => (await lifecycles()).mount(props),
    update: async (props) => (await lifecycles()).update(props),
    unmount: async (props) => (await lifecycles()).unmount(props),
  };
}
