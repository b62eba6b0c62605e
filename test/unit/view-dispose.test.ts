import type { BufferGeometry, Material, Mesh } from 'three';
import { describe, expect, it } from 'vitest';
import { createCubes } from '../../src/view/cubes';
import { createGhost } from '../../src/view/ghost';
import { createStack } from '../../src/view/stack';

// three.js frees nothing by itself: each part must dispose its geometry and material.
function watchDisposal(mesh: Mesh): { geometry: boolean; material: boolean } {
  const seen = { geometry: false, material: false };
  (mesh.geometry as BufferGeometry).addEventListener('dispose', () => (seen.geometry = true));
  (mesh.material as Material).addEventListener('dispose', () => (seen.material = true));
  return seen;
}

describe('view parts', () => {
  for (const [name, create] of [
    ['cubes', createCubes],
    ['ghost', createGhost],
    ['stack', createStack],
  ] as const) {
    it(`${name} disposes its geometry and material`, () => {
      const part = create();
      const seen = watchDisposal(part.object);
      part.dispose();
      expect(seen).toEqual({ geometry: true, material: true });
    });
  }
});
