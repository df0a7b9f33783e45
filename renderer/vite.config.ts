// Builds the renderer into out/renderer (index.html + hashed assets, relative base so the
// app:// protocol can serve it from any folder). Run as `vite build renderer`.
//
// Kept out of renderer/tsconfig.json on purpose: Vite's types pull in @types/node, which the
// renderer must not see (DESIGN.md "Layering rule"). This file imports nothing from Node.
import { defineConfig, type Plugin } from 'vite';

// Namespace identifiers are strings, not addresses: they never cause a request.
const NAMESPACE = /^https?:\/\/www\.w3\.org\//;
const URL_PATTERN = /https?:\/\/[^\s"'`)<>\\]+/g;

/** Documentation links inside libraries' error and warning texts, and what replaces them. */
const KNOWN_LINKS: [prefix: string, replacement: string][] = [
  ['https://react.dev/errors/', 'react-error:'],
  ['https://react.i18next.com/', 'react-i18next-docs:'],
];

/**
 * The bundle must contain no address anywhere (air-gapped; connect-src 'none'). Documentation
 * links in libraries' messages (React's error decoder, react-i18next's help) are rewritten,
 * and the build fails if any other address is left.
 */
function offlineBundle(): Plugin {
  return {
    name: 'dossier-offline-bundle',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        const replace = (text: string) =>
          text.replace(URL_PATTERN, (url) => {
            const known = KNOWN_LINKS.find(([prefix]) => url.startsWith(prefix));
            return known ? known[1] + url.slice(known[0].length) : url;
          });
        if (file.type === 'chunk') file.code = replace(file.code);
        else if (typeof file.source === 'string') file.source = replace(file.source);
        const text = file.type === 'chunk' ? file.code : typeof file.source === 'string' ? file.source : '';
        const left = (text.match(URL_PATTERN) ?? []).filter((url) => !NAMESPACE.test(url));
        if (left.length > 0) this.error(`${file.fileName} contains addresses: ${[...new Set(left)].join(', ')}`);
        if (/\bnew Function\(|\beval\(/.test(text)) this.error(`${file.fileName} contains eval or new Function (forbidden by the CSP)`);
      }
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  // Production JSX and React always, even when a test runner set NODE_ENV=test: the
  // development builds carry documentation addresses and would not match each other.
  oxc: { jsx: { runtime: 'automatic', development: false } },
  plugins: [offlineBundle()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: false,
    // Electron's Chromium supports modulepreload; the polyfill would only add code.
    modulePreload: { polyfill: false },
    // Nothing is inlined as a data: URL; every asset is a file served by app://.
    assetsInlineLimit: 0,
    // zxcvbn's dictionaries are one large chunk, loaded only on the first-run screen.
    chunkSizeWarningLimit: 2500,
  },
});
