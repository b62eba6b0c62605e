// A set of listeners: any number may subscribe; each subscription returns its own unsubscribe.
export interface Listeners<T> {
  subscribe(listener: (value: T) => void): () => void;
  emit(value: T): void;
  clear(): void;
}

export function createListeners<T>(): Listeners<T> {
  const listeners = new Set<(value: T) => void>();
  return {
    subscribe(listener) {
      const entry = (value: T) => listener(value); // its own entry, so the same function may subscribe twice
      listeners.add(entry);
      return () => listeners.delete(entry);
    },
    emit(value) {
      for (const listener of [...listeners]) listener(value);
    },
    clear: () => listeners.clear(),
  };
}
