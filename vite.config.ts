import { defineConfig } from 'vite';
import { offlinePlugin } from './vite-offline-plugin.ts';
import { preloadViewPlugin } from './vite-preload-plugin.ts';
import { siteUrlPlugin } from './vite-site-url-plugin.ts';

// base './' keeps every asset URL relative, so dist/ works from any subpath.
export default defineConfig({
  base: './',
  // dist/sw.js: precaches the build for offline use (README, Offline).
  // SITE_URL (optional, at build time): the address the app is hosted at, for absolute link-preview URLs.
  plugins: [offlinePlugin(), siteUrlPlugin(process.env.SITE_URL), preloadViewPlugin()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 800,
    // Every browser with WebCodecs preloads modules itself (or merely loads them in turn): the polyfill would
    // only add to the first script.
    modulePreload: { polyfill: false },
    rollupOptions: {
      // The app, and a demo course page that embeds it twelve times.
      input: { main: 'index.html', demo: 'embed-demo.html' },
    },
  },
});
