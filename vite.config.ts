import { defineConfig } from 'vite';

// base './' keeps every asset URL relative, so dist/ works from any subpath.
export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 800,
  },
});
