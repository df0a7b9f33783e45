import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Focus for when the focused control is about to disappear (a deleted item, a closed editor
 * or dialog). The request is carried out in an effect, after React has removed the old control
 * and any modal dialog (which keeps the rest of the page inert while it is open), so focus
 * never falls to <body>.
 */
export function useFocusLater<T extends HTMLElement>(): [RefObject<T | null>, () => void] {
  const ref = useRef<T>(null);
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    if (requests > 0) ref.current?.focus();
  }, [requests]);
  const focusLater = useCallback(() => setRequests((n) => n + 1), []);
  return [ref, focusLater];
}
