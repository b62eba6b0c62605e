import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built app (dist/) in system Chromium. Software WebGL is slow and the
// machine has two cores, so files run one at a time against one shared static server.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 240_000,
    // One retry absorbs a stall of software WebGL under load; a real failure fails twice.
    retry: 1,
    hookTimeout: 120_000,
  },
});
