// The alert (failures), the notes (URL values that were clamped or ignored), the decode progress bar, and a
// notice when the 3D view can't draw (no WebGL, or a lost context) while the numbers still work.
import type { AppState, AppStore } from '../state/app';
import { button } from './dom';
import { messageText, setText } from './notices';
import { STRINGS } from './strings';

export interface MessageActions {
  cancelLoad(): void;
}

export interface Messages {
  update(state: AppState): void;
  /**
   * Show a notice when the view could not be made (`available` resolves false) or its context is lost;
   * `onRestored` runs when the browser gives the context back (three.js rebuilds its state; a new frame must
   * be asked for). Returns a teardown.
   */
  watchView(view: HTMLElement, available: Promise<boolean>, onRestored: () => void): () => void;
}

export function createMessages(root: HTMLElement, store: AppStore, actions: MessageActions): Messages {
  const alert = document.createElement('div');
  alert.className = 'alert';
  alert.setAttribute('role', 'alert');
  const alertText = document.createElement('span');
  const dismissAlert = button(STRINGS.dismiss, () => store.set({ alert: null }));
  alert.append(alertText, dismissAlert);

  const notes = document.createElement('div');
  notes.className = 'notes';
  notes.setAttribute('role', 'status');
  const noteList = document.createElement('ul');
  notes.append(
    noteList,
    button(STRINGS.dismiss, () => store.set({ notes: [] })),
  );

  const progress = document.createElement('div');
  progress.className = 'progress';
  const label = document.createElement('label');
  label.textContent = STRINGS.loading;
  const bar = document.createElement('progress');
  bar.max = 1;
  label.append(bar);
  progress.append(label, button(STRINGS.cancel, actions.cancelLoad));

  const viewNotice = document.createElement('p');
  viewNotice.className = 'view-notice';
  viewNotice.setAttribute('role', 'status');
  viewNotice.hidden = true;

  // Near the top and sticky: a failure, the progress bar and its Cancel button must be seen without
  // scrolling the overlay, however many cards it holds.
  const box = document.createElement('div');
  box.className = 'messages';
  box.append(alert, notes, progress, viewNotice);
  const masthead = root.querySelector(':scope > header');
  if (masthead) masthead.after(box);
  else root.prepend(box);
  return {
    watchView(view, available, onRestored) {
      const notice = (text: string | null): void => {
        viewNotice.textContent = text ?? '';
        viewNotice.hidden = text === null;
      };
      void available.then((ok) => ok || notice(STRINGS.noWebgl));
      // A context the view gives back itself (off-screen embeds, teardown) is lost from a canvas it has just
      // removed: not news. These events don't bubble, hence the capture phase.
      const lost = (event: Event): void => {
        const canvas = event.target as Element;
        setTimeout(() => canvas.isConnected && notice(STRINGS.contextLost));
      };
      const restored = (): void => {
        notice(null);
        onRestored();
      };
      view.addEventListener('webglcontextlost', lost, true);
      view.addEventListener('webglcontextrestored', restored, true);
      return () => {
        view.removeEventListener('webglcontextlost', lost, true);
        view.removeEventListener('webglcontextrestored', restored, true);
      };
    },
    update(state) {
      setText(alertText, state.alert ? messageText(state.alert) : '');
      alert.hidden = state.alert === null;
      noteList.replaceChildren(
        ...state.notes.map((note) => {
          const item = document.createElement('li');
          setText(item, messageText(note));
          return item;
        }),
      );
      notes.hidden = state.notes.length === 0;
      progress.hidden = state.progress === null;
      bar.value = state.progress ?? 0;
    },
  };
}
