// Drop a video or image file anywhere on the page to load it; a hint covers `target` while a file is held
// over the page. A drop anywhere is caught so the browser never navigates away to show the file itself.
import { STRINGS } from './strings';

export interface DropZone {
  dispose(): void;
}

export function createDropZone(target: HTMLElement, onFile: (file: File) => void): DropZone {
  const hint = document.createElement('div');
  hint.className = 'drop-hint';
  hint.hidden = true;
  hint.setAttribute('aria-hidden', 'true'); // the file button is the accessible way in
  hint.textContent = STRINGS.dropHint;
  target.append(hint);

  const doc = target.ownerDocument;
  let depth = 0; // dragenter and dragleave fire for every element the pointer crosses
  const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;
  const show = (visible: boolean): void => {
    hint.hidden = !visible;
  };

  const onEnter = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth += 1;
    show(true);
  };
  const onOver = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    event.preventDefault(); // allows the drop
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };
  const onLeave = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) show(false);
  };
  const onDrop = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth = 0;
    show(false);
    const file = event.dataTransfer?.files[0];
    if (file) onFile(file);
  };

  doc.addEventListener('dragenter', onEnter);
  doc.addEventListener('dragover', onOver);
  doc.addEventListener('dragleave', onLeave);
  doc.addEventListener('drop', onDrop);
  return {
    dispose() {
      doc.removeEventListener('dragenter', onEnter);
      doc.removeEventListener('dragover', onOver);
      doc.removeEventListener('dragleave', onLeave);
      doc.removeEventListener('drop', onDrop);
      hint.remove();
    },
  };
}
