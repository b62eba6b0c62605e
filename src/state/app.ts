// The app's one state: the URL-backed params plus what the session learned (status, the loaded clip,
// messages). Frame pixels never live here; the media layer hands them to the view.
import type { Message } from './messages';
import type { Params } from './params';
import { type Store, createStore } from './store';

export type Status = 'loading' | 'ready' | 'error';

/** What the loaded clip is, as the model needs it (display size after rotation and pixel aspect). */
export interface ClipInfo {
  readonly source: string; // the clip param it was loaded for
  readonly label: string;
  readonly widthPx: number;
  readonly heightPx: number;
  readonly frames: number;
  readonly fps: number;
}

export interface AppState {
  readonly params: Params;
  readonly status: Status;
  readonly clip: ClipInfo | null; // the clip on screen; stays when a new load fails
  readonly progress: number | null; // 0..1 while decoding
  readonly alert: Message | null; // the last failure, worded by the interface
  readonly notes: readonly Message[]; // URL values that were clamped or ignored; a clip's damaged frames
  /** The token under the mouse, previewed in place of `params.token` until the params change or the pointer leaves. */
  readonly hover: Hover | null;
}

export interface Hover {
  readonly of: Params; // the params it was picked under: any change to them ends the preview
  readonly index: number;
}

export type AppStore = Store<AppState>;

export function createAppStore(params: Params, notes: readonly Message[]): AppStore {
  return createStore<AppState>({
    params,
    status: 'loading',
    clip: null,
    progress: null,
    alert: null,
    notes,
    hover: null,
  });
}

export function setParams(store: AppStore, patch: Partial<Params>): void {
  store.set((state) => ({ params: { ...state.params, ...patch } }));
}
