// The way in for the user's own clip: a real input[type=file] behind a labelled button.
import { STRINGS } from './strings';

export function createFileInput(root: HTMLElement, onFile: (file: File) => void): { open(): void } {
  const label = document.createElement('label');
  label.className = 'file-button';
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = 'video/*,image/png,image/jpeg,image/webp,image/gif,.mkv,.webm,.mp4,.mov';
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire change again
    if (file) onFile(file);
  });
  const text = document.createElement('span');
  text.textContent = STRINGS.openFile;
  label.append(input, text);
  root.append(label);
  return { open: () => input.click() };
}
