import { setupWorker } from 'msw/browser';

/**
 * Starts the demo backend in the page's service worker (served at the site root). The
 * handlers are a module of their own: the shell fetches them beside this one, and each is
 * evaluated as it arrives, two shorter tasks instead of one long one.
 */
export async function startDemoBackend(): Promise<void> {
  const { handlers } = await import('./handlers.js');
  await setupWorker(...handlers).start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    quiet: true,
  });
}
