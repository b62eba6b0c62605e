import { describe, expect, it } from 'vitest';
import { ASPECTS, sizeForAspect } from '../../src/model/aspect';

describe('sizeForAspect', () => {
  it('keeps 640×360 for 16:9 at its own area, on a 16 px grid', () => {
    expect(sizeForAspect(ASPECTS[0]!, 640 * 360, 16)).toEqual({ w: 640, h: 368 }); // 22.5 rows of 16 px round up;
  });

  it('turns the same area into a square of about 480 px', () => {
    expect(sizeForAspect(ASPECTS[2]!, 640 * 360, 16)).toEqual({ w: 480, h: 480 });
  });

  it('never returns a side smaller than the multiple', () => {
    expect(sizeForAspect(ASPECTS[4]!, 10, 32)).toEqual({ w: 32, h: 32 });
  });

  it('rejects a zero area', () => {
    expect(() => sizeForAspect(ASPECTS[0]!, 0, 16)).toThrow('invalid area or multiple: 0, 16');
  });
});
