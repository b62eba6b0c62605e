import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGate } from '../../src/state/gate';

describe('createGate', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const settled = async (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    return done;
  };

  it('opens on open(), before its cap', async () => {
    const gate = createGate(400);
    expect(await settled(gate.opened)).toBe(false);
    gate.open();
    expect(await settled(gate.opened)).toBe(true);
  });

  it('opens by itself at its cap, not before', async () => {
    const gate = createGate(400);
    await vi.advanceTimersByTimeAsync(399);
    expect(await settled(gate.opened)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(gate.opened)).toBe(true);
  });

  it('leaves no timer once opened, and opening again does nothing', async () => {
    const gate = createGate(400);
    gate.open();
    gate.open();
    expect(vi.getTimerCount()).toBe(0);
    expect(await settled(gate.opened)).toBe(true);
  });
});
