// Navigation, redirects, new windows and webviews are all refused (checklist #12-14). The
// renderer is a single page: even an app:// navigation would reload and lose state, so only
// the initial load of the entry URL by main itself is allowed (it does not emit these events).
import type { WebContents } from 'electron';

interface PreventableEvent {
  preventDefault(): void;
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function guardNavigation(contents: GuardedContents, onBlocked: (what: string) => void = () => {}): void {
  const refuse = (what: string) => (event: PreventableEvent) => {
    event.preventDefault();
    onBlocked(what);
  };
  contents.on('will-navigate', refuse('navigation'));
  contents.on('will-frame-navigate', refuse('frame navigation'));
  contents.on('will-redirect', refuse('redirect'));
  contents.on('will-attach-webview', refuse('webview'));
  contents.setWindowOpenHandler(() => {
    onBlocked('new window');
    return { action: 'deny' };
  });
}
