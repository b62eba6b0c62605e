// A one-way gate: opened by an event or, at the latest, after a time. (Here, below media/ and view/, so that
// both can use it.)

export interface Gate {
  /** Settles once the gate is open. */
  readonly opened: Promise<void>;
  /** Opens it now (again: nothing). */
  open(): void;
}

/** A gate that opens on `open()`, or by itself after `capMs`. */
export function createGate(capMs: number): Gate {
  let open = (): void => {};
  const opened = new Promise<void>((resolve) => {
    const timer = setTimeout(() => open(), capMs);
    open = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  return { opened, open: () => open() };
}
