// Spec for src/state/store.ts: a minimal observable store (get, set, subscribe).
import { describe, expect, it, vi } from 'vitest';
import { createStore } from '../../src/state/store';

interface Counter {
  readonly count: number;
  readonly label: string;
}

const initial = (): Counter => ({ count: 0, label: 'a' });

describe('store', () => {
  it('returns the initial state before any set', () => {
    const start = initial();
    expect(createStore(start).get()).toBe(start);
  });

  it('merges a partial patch into the state', () => {
    const store = createStore(initial());
    store.set({ count: 1 });
    expect(store.get()).toEqual({ count: 1, label: 'a' });
  });

  it('accepts a function of the current state as the patch', () => {
    const store = createStore(initial());
    store.set((state) => ({ count: state.count + 5 }));
    store.set((state) => ({ count: state.count * 2 }));
    expect(store.get().count).toBe(10);
  });

  it('notifies each listener once with the new state and the previous one', () => {
    const store = createStore(initial());
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.get();
    store.set({ label: 'b' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith({ count: 0, label: 'b' }, before);
    expect(listener.mock.calls[0]?.[0]).toBe(store.get());
  });

  it('replaces the state rather than mutating it, so the previous state keeps its values', () => {
    const store = createStore(initial());
    const before = store.get();
    store.set({ count: 7 });
    expect(before).toEqual({ count: 0, label: 'a' });
    expect(store.get()).not.toBe(before);
  });

  it('does not notify, nor replace the state, when the patch changes nothing', () => {
    const store = createStore(initial());
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.get();
    store.set({ count: 0, label: 'a' });
    store.set({});
    store.set((state) => ({ label: state.label }));
    expect(listener).not.toHaveBeenCalled();
    expect(store.get()).toBe(before);
  });

  it('notifies when only one of several patched keys changes', () => {
    const store = createStore(initial());
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ count: 0, label: 'z' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('treats NaN replaced by NaN as no change', () => {
    const store = createStore({ x: Number.NaN });
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ x: Number.NaN });
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops notifying a listener once it unsubscribes, and keeps notifying the others', () => {
    const store = createStore(initial());
    const gone = vi.fn();
    const stays = vi.fn();
    const unsubscribe = store.subscribe(gone);
    store.subscribe(stays);
    store.set({ count: 1 });
    unsubscribe();
    store.set({ count: 2 });
    expect(gone).toHaveBeenCalledTimes(1);
    expect(stays).toHaveBeenCalledTimes(2);
  });

  it('gives listeners the state already updated by get()', () => {
    const store = createStore(initial());
    const seen: number[] = [];
    store.subscribe(() => seen.push(store.get().count));
    store.set({ count: 3 });
    expect(seen).toEqual([3]);
  });
});
