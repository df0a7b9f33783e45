// No network at all (air-gapped; security-and-architecture.md X1, P14): in the renderer's
// session every request that is not app:// is cancelled, and the http, https, ws, wss, file
// and ftp schemes are answered with an error by handlers of our own.
import type { Session } from 'electron';
import { isAppUrl } from './app-origin';

export const BLOCKED_SCHEMES = ['http', 'https', 'ws', 'wss', 'file', 'ftp'] as const;

type NetworkSession = { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>; protocol: Pick<Session['protocol'], 'handle'> };

export function isAllowedRequest(url: string): boolean {
  return isAppUrl(url) || url.startsWith('devtools://');
}

export function blockNetwork(session: NetworkSession, onBlocked: (url: string) => void = () => {}): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url);
    if (!allowed) onBlocked(details.url);
    callback({ cancel: !allowed });
  });
  for (const scheme of BLOCKED_SCHEMES) {
    session.protocol.handle(scheme, () => Response.error());
  }
}
