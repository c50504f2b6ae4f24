// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { getRequestListener } from '@hono/node-server';
import { readEnv } from './api/env.ts';

/**
 * In `npm run dev`, the API runs inside Astro's dev server: Vite loads api/dev.ts on each request,
 * so edits to the API reload like edits to pages, and the site reaches /api on its own origin.
 */
function devApi() {
  return {
    name: 'huhang-dev-api',
    /** @param {import('vite').ViteDevServer} server */
    configureServer(server) {
      /** @type {import('vite').Connect.NextHandleFunction} */
      const api = async (req, res, next) => {
        if (!req.url?.startsWith('/api/')) return next();
        try {
          const { devFetch } = await server.ssrLoadModule('/api/dev.ts');
          await getRequestListener(devFetch)(req, res);
        } catch (error) {
          next(error);
        }
      };
      // Astro puts its own middleware (trailing-slash redirects among them) at the front of the stack in
      // its post hook; ours runs after that one and goes in front of it, so /api/* reaches the API.
      return () => {
        server.middlewares.stack.unshift({ route: '', handle: api });
      };
    },
  };
}

export default defineConfig({
  site: readEnv().SITE_URL,
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['zh-cn', 'en', 'vi'],
    defaultLocale: 'zh-cn',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [preact()],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // Shiki highlights with inline styles, which the CSP forbids; our content has no code blocks.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: { plugins: [devApi()] },
});
