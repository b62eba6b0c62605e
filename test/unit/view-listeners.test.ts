import { describe, expect, it } from 'vitest';
import { createListeners } from '../../src/view/listeners';

describe('view listeners', () => {
  it('call every subscriber, and each unsubscribe removes only its own', () => {
    const listeners = createListeners<number>();
    const a: number[] = [];
    const b: number[] = [];
    const offA = listeners.subscribe((n) => a.push(n));
    listeners.subscribe((n) => b.push(n));
    listeners.emit(1);
    offA();
    listeners.emit(2);
    expect(a).toEqual([1]);
    expect(b).toEqual([1, 2]);
  });

  it('let the same function subscribe twice, and unsubscribe once', () => {
    const listeners = createListeners<string>();
    const seen: string[] = [];
    const push = (s: string) => seen.push(s);
    const off = listeners.subscribe(push);
    listeners.subscribe(push);
    off();
    listeners.emit('x');
    expect(seen).toEqual(['x']);
  });

  it('call nothing once cleared', () => {
    const listeners = createListeners<null>();
    let calls = 0;
    listeners.subscribe(() => calls++);
    listeners.clear();
    listeners.emit(null);
    expect(calls).toBe(0);
  });
});
