import { setupWorker } from 'msw/browser';
import { handlers } from './handlers.js';

/** Starts the demo backend in the page's service worker (served at the site root). */
export async function startDemoBackend(): Promise<void> {
  await setupWorker(...handlers).start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    quiet: true,
  });
}
