// Text copied out of Dossier goes to the clipboard only through main (clipboard:write-text),
// which clears it after 30 seconds and on lock; the browser's own copy is cancelled. Cut from
// an editable field takes the same road. Dragging a selection out of the window would bypass
// the clipboard entirely, so dragging from the page is refused (DESIGN.md: nothing readable
// leaves the vault by accident).

type WriteText = (text: string) => Promise<void>;

function editableSelection(): { field: HTMLInputElement | HTMLTextAreaElement; text: string } | null {
  const field = document.activeElement;
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return null;
  // A passphrase is never copied, whatever the browser would allow.
  if (field instanceof HTMLInputElement && field.type === 'password') return { field, text: '' };
  const start = field.selectionStart;
  const end = field.selectionEnd;
  if (start === null || end === null) return null;
  return { field, text: field.value.slice(start, end) };
}

function selectedText(): string {
  const editable = editableSelection();
  if (editable) return editable.text;
  return window.getSelection()?.toString() ?? '';
}

export function installCopyGuard(writeText: WriteText): () => void {
  const onCopy = (event: ClipboardEvent) => {
    event.preventDefault();
    const text = selectedText();
    if (text.length > 0) void writeText(text).catch(() => undefined);
  };

  const onCut = (event: ClipboardEvent) => {
    event.preventDefault();
    const editable = editableSelection();
    if (!editable || editable.text.length === 0 || editable.field.readOnly) return;
    void writeText(editable.text).catch(() => undefined);
    // execCommand keeps the edit on the field's undo stack and fires the input event React
    // listens to, which a direct value change would not.
    document.execCommand('delete');
  };

  const onDragStart = (event: DragEvent) => {
    event.preventDefault();
  };

  document.addEventListener('copy', onCopy);
  document.addEventListener('cut', onCut);
  document.addEventListener('dragstart', onDragStart);
  return () => {
    document.removeEventListener('copy', onCopy);
    document.removeEventListener('cut', onCut);
    document.removeEventListener('dragstart', onDragStart);
  };
}
