// The thin binding between the store and the address bar: one subscriber writes the hash with
// replaceState (no history entry per slider tick, no loop), and hashchange is read back in.
import type { AppStore } from './app';
import { decode, encode } from './codec';

export function bindUrl(store: AppStore, win: Window = window): () => void {
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.params === prev.params) return;
    const hash = encode(state.params);
    if (hash === win.location.hash.slice(1)) return;
    const { pathname, search } = win.location;
    win.history.replaceState(win.history.state, '', hash ? `#${hash}` : `${pathname}${search}`);
  });
  const onHashChange = () => {
    const { params, notes } = decode(win.location.hash);
    store.set({ params, notes });
  };
  win.addEventListener('hashchange', onHashChange);
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', onHashChange);
  };
}
