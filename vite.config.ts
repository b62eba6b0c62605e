import { defineConfig } from 'vite';

// base './' keeps every asset URL relative, so dist/ works from any subpath.
export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      // The app, and a demo course page that embeds it twelve times.
      input: { main: 'index.html', demo: 'embed-demo.html' },
    },
  },
});
