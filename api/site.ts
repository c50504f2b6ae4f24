import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Serves the built Astro site. script-src and style-src come from the <meta> policy Astro writes with
 * the hashes of its own inline scripts and styles; this header adds what a <meta> policy cannot carry.
 */
const siteHeaders = secureHeaders({
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

export function serveSite(app: Hono, siteDir: string) {
  app.use('*', siteHeaders);
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
  // Directory URLs without their slash get one, so relative links and the service worker's cache agree.
  app.get('*', async (c, next) => {
    if (!c.req.path.endsWith('/') && !/\.[a-z0-9]+$/i.test(c.req.path)) {
      try {
        await readFile(join(siteDir, c.req.path, 'index.html'));
        return c.redirect(`${c.req.path}/`, 301);
      } catch {
        // fall through to the not-found page
      }
    }
    return next();
  });
  const notFoundPage = readFile(join(siteDir, '404.html'), 'utf8');
  app.all('*', async (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(await notFoundPage, 404);
  });
}
