// The page's half of offline use: register the service worker (sw.ts) that precaches the build.
// Relative URL and scope: the app works from any folder of any host, and embeds of the same copy share it.

export function registerServiceWorker(): void {
  // Vite's dev server has no sw.js and serves modules that change as you edit: no worker there.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // A host without HTTPS, a file:// page or a private window refuses it; the app works the same online.
  navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => undefined);
}
