// Builds the service worker (src/offline/sw.ts) into dist/sw.js after the app, with the list of files to
// precache and a version that changes with any of them. Small on purpose: no Workbox, no new packages.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { type Plugin, type ResolvedConfig, build } from 'vite';
import { type BuiltFile, precacheOf } from './src/offline/precache.ts';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

async function builtFiles(outDir: string): Promise<BuiltFile[]> {
  return Promise.all(
    (await filesUnder(outDir)).map(async (file) => ({
      path: relative(outDir, file).split(sep).join('/'),
      digest: createHash('sha256')
        .update(await readFile(file))
        .digest('hex'),
    })),
  );
}

export function offlinePlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'spacetime-patches:offline',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const outDir = resolve(config.root, config.build.outDir);
        const precache = precacheOf(await builtFiles(outDir));
        await build({
          configFile: false,
          root: config.root,
          logLevel: 'warn',
          publicDir: false,
          define: { __PRECACHE__: JSON.stringify(precache) },
          build: {
            outDir,
            emptyOutDir: false,
            copyPublicDir: false,
            target: config.build.target,
            lib: {
              entry: resolve(config.root, 'src/offline/sw.ts'),
              formats: ['iife'],
              name: 'sw',
              fileName: () => 'sw.js',
            },
          },
        });
        config.logger.info(`sw.js: ${precache.files.length} files precached, version ${precache.version}`);
      },
    },
  };
}
