// The decode request in the worker's name (src/media/types.ts): there at once, where a message would wait.
import { describe, expect, it } from 'vitest';
import { nameOfRequest, requestOfName, type WorkerRequest } from '../../src/media/types';

const options = { budgetBytes: 64 * 2 ** 20, maxTextureSize: 2048, maxFrames: 128 };

describe('the worker name', () => {
  it('carries a URL request whole, and gives it back', () => {
    const request: WorkerRequest = { source: 'https://clips.example/a b.mp4?x="1"', options };
    expect(requestOfName(nameOfRequest(request))).toEqual(request);
  });

  it('carries no file (a file goes as a message), and reads nothing from a plain or broken name', () => {
    expect(nameOfRequest({ source: new Blob(['x']), options })).toBe('decode');
    expect(nameOfRequest(null)).toBe('decode');
    for (const name of ['decode', '', 'decode:{', 'decode:{"source":1,"options":{}}', 'decode:null'])
      expect(requestOfName(name)).toBeNull();
  });
});
