// The app:// protocol handler: serves files of the renderer bundle and nothing else
// (checklist #18). Paths are decoded, resolved and then checked for containment after
// following symlinks, so `..`, `%2e%2e`, absolute paths and links out of the bundle all fail.
import { realpathSync, readFileSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { SECURITY_HEADERS } from './content-security-policy';

const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** The file inside `root` that a URL names, or null if it names anything else. */
export function resolveBundlePath(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relativePath = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  if (isAbsolute(relativePath)) return null;
  const realRoot = realpathSync(root);
  const candidate = resolve(realRoot, relativePath);
  if (!isInside(realRoot, candidate)) return null;
  let real: string;
  try {
    real = realpathSync(candidate);
  } catch {
    return null;
  }
  if (!isInside(realRoot, real) || !statSync(real).isFile()) return null;
  return real;
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !rel.split(sep).includes('..');
}

/** A fetch-style handler for protocol.handle('app', …). */
export function createAppProtocolHandler(rendererRoot: string): (request: Request) => Response {
  return (request) => {
    if (request.method !== 'GET') return new Response(null, { status: 405, headers: SECURITY_HEADERS });
    const file = resolveBundlePath(rendererRoot, request.url);
    if (!file) return new Response('Not found', { status: 404, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' } });
    const type = MEDIA_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(readFileSync(file), { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': type } });
  };
}

