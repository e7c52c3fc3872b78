import { registerApplication, type LifeCycles } from 'single-spa';

/**
 * The demo site's applications: one single-spa application per host route, each mounting
 * one widget package (a package may serve several routes, e.g. the referral for families and
 * for schools). Hash routes keep the demo servable by any static server. `load` resolves a
 * package specifier: the import map in the browser, direct imports in tests.
 */
export type AppLoader = (specifier: string, app: DemoApp) => Promise<LifeCycles>;

export interface DemoApp {
  readonly name: string;
  readonly specifier: string;
  readonly route: string;
  /** Attributes set on the element when it mounts, from the route's query (e.g. the case id). */
  readonly attributes: (query: URLSearchParams) => Readonly<Record<string, string>>;
}

/** Properties handed to the next mount of an app, e.g. the referral's prefill. */
const pending = new Map<string, Record<string, unknown>>();

/** Sets properties for an app's next mount (taken once). */
export function handOver(appName: string, properties: Record<string, unknown>): void {
  pending.set(appName, properties);
}

/** The demo municipality's code (see mocks/demo-data.ts: "Demoby Kommune (demo)"). */
const DEMO_CODE = '101';
/** A case id from a route's query, or the seeded demo case. */
const caseOf = (q: URLSearchParams) => q.get('sag') ?? 'demo-1';

export const DEMO_APPS: readonly DemoApp[] = [
  {
    name: 'municipal-finder',
    specifier: '@lettilbud/offer-finder',
    route: '#/kommune',
    attributes: () => ({ municipality: DEMO_CODE, src: '/api/offers' }),
  },
  {
    name: 'municipal-referral',
    specifier: '@lettilbud/referral-widget',
    route: '#/kontakt',
    attributes: () => ({ endpoint: '/api/referrals', 'draft-key': 'demoby' }),
  },
  {
    name: 'school-referral',
    specifier: '@lettilbud/referral-widget',
    route: '#/skole',
    attributes: () => ({ endpoint: '/api/referrals', mode: 'professional', 'draft-key': 'skole' }),
  },
  {
    name: 'portal-finder',
    specifier: '@lettilbud/offer-finder',
    route: '#/portal',
    attributes: () => ({ src: '/api/offers' }),
  },
  {
    name: 'sdq-form',
    specifier: '@lettilbud/sdq-form',
    route: '#/sdq',
    attributes: (q) => ({
      src: '/api/questionnaires/sdq-placeholder',
      endpoint: `/api/cases/${encodeURIComponent(caseOf(q))}/sdq`,
      informant: 'parent',
      layout: 'list',
      // The case the link was made for (KL's profile requires a subject).
      subject: `Patient/${caseOf(q)}`,
      'draft-key': `sdq-${caseOf(q)}`,
    }),
  },
  {
    name: 'offer-overview',
    specifier: '@lettilbud/offer-overview',
    route: '#/ledelse',
    // Every case the demo backend holds, as the leaders' overview counts them.
    attributes: () => ({ src: '/api/overview/cases' }),
  },
  {
    // The web team's preview: the finder gets the editor's feed as its `directory` (set by
    // the editor host, only once the contract accepts it) and is locked to its municipality.
    name: 'feed-editor',
    specifier: '@lettilbud/offer-finder',
    route: '#/redaktion',
    attributes: () => ({}),
  },
  {
    name: 'journal-panel',
    specifier: '@lettilbud/journal-panel',
    route: '#/fagsystem',
    attributes: (q) => ({ 'case-id': caseOf(q) }),
  },
];

/** The query of a hash route: `#/sdq?sag=X` gives `sag=X`. */
export function routeQuery(location: Location): URLSearchParams {
  const at = location.hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : location.hash.slice(at + 1));
}

/** Whether a location is on an app's route (the journal panel only with a case open). */
export function isActive(app: DemoApp, location: Location): boolean {
  const on = location.hash === app.route || location.hash.startsWith(`${app.route}?`);
  if (app.name === 'journal-panel') return on && routeQuery(location).has('sag');
  return on;
}

/** Whether a location is on a route (with or without a query). */
export function onRoute(route: string, location: Location): boolean {
  return location.hash === route || location.hash.startsWith(`${route}?`);
}

/** Registers every demo app; each mounts into `#app-<name>` in the page. */
export function registerDemoApps(load: AppLoader, outlet: (app: DemoApp) => HTMLElement): void {
  // single-spa asks for the props at bootstrap and again at mount: a hand-over is taken once
  // the app has mounted with it.
  window.addEventListener('single-spa:app-change', (event) => {
    const { appsByNewStatus } = (event as CustomEvent<{ appsByNewStatus: { MOUNTED: string[] } }>)
      .detail;
    for (const name of appsByNewStatus.MOUNTED) pending.delete(name);
  });
  for (const app of DEMO_APPS) {
    registerApplication({
      name: app.name,
      app: () => load(app.specifier, app),
      activeWhen: (location) => isActive(app, location),
      customProps: () => {
        const properties = pending.get(app.name) ?? {};
        return {
          domElement: outlet(app),
          attributes: app.attributes(routeQuery(window.location)),
          properties,
        };
      },
    });
  }
}
