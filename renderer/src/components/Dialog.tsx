// A modal dialog: the native <dialog> in the top layer (the page behind it is inert), plus an
// explicit Tab trap, Escape to close and focus returned to the control that opened it.
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useLatest } from '../hooks/use-latest';
import { focusableIn } from './focusable';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  size?: 'normal' | 'wide';
  /** Focused on opening; otherwise the first focusable control. */
  initialFocus?: RefObject<HTMLElement | null>;
  describedBy?: string;
}

export function Dialog({ title, onClose, children, size = 'normal', initialFocus, describedBy }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useLatest(onClose);
  const initialFocusRef = useLatest(initialFocus);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    let mounted = true;
    // Escape closes the native dialog (the browser may refuse to let us cancel it); keep
    // React's state in step with whatever closed it.
    const onNativeClose = () => {
      if (mounted) onCloseRef.current();
    };
    dialog.addEventListener('close', onNativeClose);
    if (!dialog.open) dialog.showModal();
    const target = initialFocusRef.current?.current ?? focusableIn(dialog)[0] ?? dialog;
    target.focus();
    return () => {
      mounted = false;
      dialog.removeEventListener('close', onNativeClose);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [onCloseRef, initialFocusRef]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCloseRef.current();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const items = focusableIn(ref.current);
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    if (event.shiftKey && (document.activeElement === first || document.activeElement === ref.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      className={size === 'wide' ? 'dialog dialog-wide' : 'dialog'}
      onKeyDown={onKeyDown}
      tabIndex={-1}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
