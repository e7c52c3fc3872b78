import { registerApplication, type LifeCycles } from 'single-spa';

/**
 * The demo site's applications: one single-spa application per widget package, each
 * mounted on its own hash route (hash routes keep the demo servable by any static server).
 * `load` resolves a package specifier: the import map in the browser, direct imports in tests.
 */
export type AppLoader = (specifier: string) => Promise<LifeCycles>;

export interface DemoApp {
  readonly name: string;
  readonly specifier: string;
  readonly route: string;
  /** Attributes set on the element when it mounts. */
  readonly attributes: Readonly<Record<string, string>>;
}

/** Properties handed to the next mount of an app, e.g. the referral's prefill. */
const pending = new Map<string, Record<string, unknown>>();

/** Sets properties for an app's next mount (taken once). */
export function handOver(appName: string, properties: Record<string, unknown>): void {
  pending.set(appName, properties);
}

export const DEMO_APPS: readonly DemoApp[] = [
  { name: 'offer-finder', specifier: '@lettilbud/offer-finder', route: '#/finder', attributes: {} },
  {
    name: 'referral-widget',
    specifier: '@lettilbud/referral-widget',
    route: '#/referral',
    attributes: { endpoint: '/api/referrals' },
  },
  {
    name: 'sdq-form',
    specifier: '@lettilbud/sdq-form',
    route: '#/sdq',
    attributes: {
      src: '/api/questionnaires/sdq-placeholder',
      endpoint: '/api/sdq-responses',
      informant: 'parent',
      // The demo child, as the fagsystem names it (KL's profile requires a subject).
      subject: 'Patient/demo-1',
    },
  },
  {
    name: 'journal-panel',
    specifier: '@lettilbud/journal-panel',
    route: '#/journal',
    attributes: { 'case-id': 'demo-1', endpoint: '/api/cases/demo-1' },
  },
];

/** Whether a location is on an app's route. */
export function isActive(app: DemoApp, location: Location): boolean {
  return location.hash === app.route || location.hash.startsWith(`${app.route}?`);
}

/** Registers every demo app; each mounts into `#app-<name>` in the page. */
export function registerDemoApps(load: AppLoader, outlet: (app: DemoApp) => HTMLElement): void {
  for (const app of DEMO_APPS) {
    registerApplication({
      name: app.name,
      app: () => load(app.specifier),
      activeWhen: (location) => isActive(app, location),
      customProps: () => {
        const properties = pending.get(app.name) ?? {};
        pending.delete(app.name);
        return { domElement: outlet(app), attributes: app.attributes, properties };
      },
    });
  }
}
