/**
 * Post-build step (`npm run build`): writes dist/sw.js with workbox-build's generateSW.
 * - Precached, versioned with the worker: the offline page, and per locale the home, helplines, report and
 *   core "get help" pages, plus every built script, style and icon.
 * - Other pages: network first with a 3-second timeout, then the cached copy, then the offline page.
 *   No expiration plugin: it would keep an IndexedDB database open in the worker, which blocks
 *   "remove the offline copy"; the page cache is bounded by the size of the site anyway.
 * - /api/ and /staff/ are never cached.
 * - Background Sync for tips kept offline: site/sw/outbox-sync.ts, bundled here with a content hash in its
 *   name (so a new version of it means a new sw.js) and loaded with importScripts.
 */
import { build } from 'esbuild';
import { generateSW } from 'workbox-build';

const locales = ['', 'en/', 'vi/'];
const shellPages = ['', 'helplines/', 'report/', 'guidance/recognise-trafficking/', 'guidance/victim-rights-and-support/', 'guidance/cover-your-tracks/', 'guidance/missing-child-first-hour/'];

const bundle = await build({
  entryPoints: ['site/sw/outbox-sync.ts'],
  bundle: true,
  format: 'iife',
  target: 'es2022',
  minify: true,
  outdir: 'dist',
  entryNames: 'sw-outbox.[hash]',
  metafile: true,
  logLevel: 'warning',
});
const outboxScript = Object.keys(bundle.metafile.outputs)[0]!.replace(/^dist\//, '/');

const { count, size, warnings } = await generateSW({
  importScripts: [outboxScript],
  globDirectory: 'dist',
  swDest: 'dist/sw.js',
  globPatterns: [
    '_astro/*.{js,css}',
    'icons/*.png',
    'favicon.svg',
    '**/manifest.webmanifest',
    'offline/index.html',
    ...locales.flatMap((l) => shellPages.map((p) => `${l}${p}index.html`)),
  ],
  // Astro's hashed file names already change with their content.
  dontCacheBustURLsMatching: /^_astro\//,
  directoryIndex: 'index.html',
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  skipWaiting: false,
  sourcemap: false,
  inlineWorkboxRuntime: true,
  mode: 'production',
  runtimeCaching: [
    {
      urlPattern: ({ request, url }) =>
        request.mode === 'navigate' && !url.pathname.startsWith('/staff/') && !url.pathname.startsWith('/api/'),
      handler: 'NetworkFirst',
      options: {
        cacheName: 'pages',
        networkTimeoutSeconds: 3,
        precacheFallback: { fallbackURL: '/offline/index.html' },
      },
    },
  ],
});
for (const warning of warnings) console.warn(`[service worker] ${warning}`);
console.log(`[service worker] dist/sw.js precaches ${count} files (${Math.round(size / 1024)} KB)`);
