// Checklist #17: a request is answered only if it comes from the main frame of our own window,
// showing our own origin. Subframes, other windows, destroyed frames and foreign origins fail.
import { isAppUrl } from '../security/app-origin';

export interface SenderEvent {
  sender: { id: number; mainFrame: unknown };
  senderFrame: { url: string } | null;
}

export function isTrustedSender(event: SenderEvent, trustedContentsId: number | null): boolean {
  if (trustedContentsId === null) return false;
  const frame = event.senderFrame;
  if (!frame) return false;
  if (event.sender.id !== trustedContentsId) return false;
  if (frame !== event.sender.mainFrame) return false;
  return isAppUrl(frame.url);
}
