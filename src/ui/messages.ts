// The alert (failures), the notes (URL values that were clamped or ignored) and the decode progress bar.
import type { AppState, AppStore } from '../state/app';
import { STRINGS } from './strings';

export interface MessageActions {
  cancelLoad(): void;
}

export function createMessages(root: HTMLElement, store: AppStore, actions: MessageActions): { update(state: AppState): void } {
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
  notes.append(noteList, button(STRINGS.dismiss, () => store.set({ notes: [] })));

  const progress = document.createElement('div');
  progress.className = 'progress';
  const label = document.createElement('label');
  label.textContent = STRINGS.loading;
  const bar = document.createElement('progress');
  bar.max = 1;
  label.append(bar);
  progress.append(label, button(STRINGS.cancel, actions.cancelLoad));

  root.append(alert, notes, progress);
  return {
    update(state) {
      alertText.textContent = state.alert ?? '';
      alert.hidden = state.alert === null;
      noteList.replaceChildren(
        ...state.notes.map((note) => {
          const item = document.createElement('li');
          item.textContent = note;
          return item;
        }),
      );
      notes.hidden = state.notes.length === 0;
      progress.hidden = state.progress === null;
      bar.value = state.progress ?? 0;
    },
  };
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.textContent = text;
  node.addEventListener('click', onClick);
  return node;
}
