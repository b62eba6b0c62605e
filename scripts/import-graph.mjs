// Checks src/ for import cycles (type-only imports included) and prints the folders' dependencies:
// model ← state ← {media, view, ui} ← main. Exits 1 on a cycle. Usage: node scripts/import-graph.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '../src');
const files = readdirSync(root, { recursive: true })
  .filter((name) => /\.ts$/.test(name))
  .map((name) => join(root, name));
const importsOf = (file) =>
  [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*?from\s+'(\.[^']+)'/gm)]
    .map(([, spec]) => resolve(dirname(file), spec) + '.ts')
    .filter((target) => files.includes(target));
const graph = new Map(files.map((file) => [file, importsOf(file)]));

const cycles = [];
const state = new Map(); // 1: on the stack, 2: done
const stack = [];
function visit(file) {
  state.set(file, 1);
  stack.push(file);
  for (const next of graph.get(file)) {
    if (state.get(next) === 1) cycles.push([...stack.slice(stack.indexOf(next)), next]);
    else if (!state.has(next)) visit(next);
  }
  stack.pop();
  state.set(file, 2);
}
for (const file of files) if (!state.has(file)) visit(file);

const folderOf = (file) => relative(root, file).split('/').slice(0, -1)[0] ?? relative(root, file);
const edges = new Set();
for (const [file, targets] of graph)
  for (const target of targets)
    if (folderOf(file) !== folderOf(target)) edges.add(`${folderOf(file)} → ${folderOf(target)}`);
console.log([...edges].sort().join('\n'));
for (const cycle of cycles) console.log(`cycle: ${cycle.map((file) => relative(root, file)).join(' → ')}`);
console.log(cycles.length === 0 ? `${files.length} files, no import cycles` : `${cycles.length} cycles`);
process.exitCode = cycles.length === 0 ? 0 : 1;
