import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Serves the built Astro site. script-src and style-src come from the <meta> policy Astro writes with
 * the hashes of its own inline scripts and styles; this header adds what a <meta> policy cannot carry.
 */
const documentHeaders = secureHeaders({
  contentSecurityPolicy: {
    baseUri: ["'self'"],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    frameSrc: ["'none'"],
    formAction: ["'self'"],
    connectSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    mediaSrc: ["'self'"],
    manifestSrc: ["'self'"],
    workerSrc: ["'self'"],
  },
  referrerPolicy: 'no-referrer',
  permissionsPolicy: { camera: [], microphone: [], geolocation: [], browsingTopics: [] },
});

/**
 * Scripts, styles, images and manifests are governed by the policy of the page that loads them, so they
 * carry only the headers that act on them. Each header repeated on every asset costs a phone on a slow
 * link about a kilobyte per request (HTTP/1.1 does not compress headers).
 */
const assetHeaders = secureHeaders({
  referrerPolicy: 'no-referrer',
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  strictTransportSecurity: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xFrameOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
});
// The service worker script is a document of its own for CSP, and SVG can carry script: both keep the policy.
const isAsset = (path: string) => /\.(js|css|png|webmanifest)$/.test(path) && path !== '/sw.js';

export function serveSite(app: Hono, siteDir: string) {
  app.use('*', (c, next) => (isAsset(c.req.path) ? assetHeaders : documentHeaders)(c, next));
  // Directory URLs without their slash get one before the files are looked up (serveStatic would answer
  // both), so every page has one address: one entry in the service worker's cache, one for search engines.
  app.get('*', async (c, next) => {
    const { path } = c.req;
    // `//name` would redirect to another host, so it is left to the 404 page.
    if (!path.endsWith('/') && !path.startsWith('//') && !/\.[a-z0-9]+$/i.test(path)) {
      try {
        await access(join(siteDir, path, 'index.html'));
        return c.redirect(`${path}/`, 301);
      } catch {
        // not a page folder: the files and the 404 page answer
      }
    }
    return next();
  });
  app.use(
    '*',
    serveStatic({
      root: siteDir,
      precompressed: true,
      onFound: (path, c) => {
        // Hashed build assets never change; everything else must be revalidated so updates reach phones.
        c.header('Cache-Control', path.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  const notFoundPage = readFile(join(siteDir, '404.html'), 'utf8');
  app.all('*', async (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(await notFoundPage, 404);
  });
}
