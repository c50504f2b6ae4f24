/**
 * The Hono application: API routes under /api with errors mapped once, and (in production) the built
 * site beside them. Astro's dev server mounts the same API in development.
 */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { logger } from 'hono/logger';
import { secureHeaders } from 'hono/secure-headers';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { negotiateLocale, translate, type Locale, type MessageKey } from '../site/i18n/index.ts';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Deps } from './deps.ts';
import { AppError } from './lib/errors.ts';
import type { Payload } from './lib/json-body.ts';
import { challengeRoutes } from './routes/challenge.ts';
import { followUpRoutes } from './routes/follow-up.ts';
import { healthRoutes } from './routes/health.ts';
import { tipsRoutes } from './routes/tips.ts';
import { serveSite } from './site.ts';

export type { Deps };
export type AppEnv = { Variables: { deps: Deps; locale: Locale; clientKey: string; payload: Payload } };

const statusCodes: Partial<Record<number, string>> = {
  400: 'bad_request',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  503: 'unavailable',
};

export function createApi(deps: Deps) {
  const api = new Hono<AppEnv>()
    .use(secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } }))
    .use(async (c, next) => {
      c.set('deps', deps);
      // The language header only chooses the language of error messages; it is never stored.
      c.set('locale', negotiateLocale(c.req.header('accept-language')));
      // The address is only hashed for rate limits, with a daily salt, and never stored or logged.
      c.set('clientKey', deps.clientKeys.key(clientAddress(c)));
      await next();
      c.header('Cache-Control', 'no-store');
    })
    .route('/health', healthRoutes)
    .route('/challenge', challengeRoutes)
    .route('/tips', tipsRoutes)
    .route('/follow-up', followUpRoutes)
    // A catch-all route, not notFound(): notFound only fires on the top-level app, and the API is mounted.
    .all('*', () => {
      throw new AppError('not_found', 404);
    });

  api.onError((err, c) => {
    const locale = c.var.locale ?? negotiateLocale(c.req.header('accept-language'));
    if (err instanceof AppError) return problem(locale, err);
    if (err instanceof HTTPException && err.status < 500) {
      return problem(locale, new AppError(statusCodes[err.status] ?? 'bad_request', err.status as ContentfulStatusCode));
    }
    // Log the failure, not the request: no client address or headers ever reach the log.
    deps.log(`error ${c.req.method} ${c.req.path}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return problem(locale, new AppError('internal', 500));
  });
  return api;
}

function clientAddress(c: Parameters<typeof getConnInfo>[0]): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined; // app.request() in tests has no socket
  }
}

function problem(locale: Locale, err: AppError) {
  const body: { code: string; message: string; fields?: Record<string, string> } = {
    code: err.code,
    message: translate(locale, `errors.${err.code}` as MessageKey),
  };
  if (err.fields) {
    body.fields = Object.fromEntries(
      Object.entries(err.fields).map(([field, problemKey]) => {
        const [key, limit] = problemKey.split(':');
        const vars = { min: limit ?? '', max: limit ?? '' };
        return [field, translate(locale, `fieldErrors.${key}` as MessageKey, vars)];
      }),
    );
  }
  return new Response(JSON.stringify(body), {
    status: err.status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}

export interface AppOptions {
  /** Built site to serve beside the API (production); omitted in tests and under Astro's dev server. */
  siteDir?: string;
  logRequests?: boolean;
  print?: (line: string) => void;
}

/** The whole server: request log, API and site, as `npm start` runs it and as tests exercise it. */
export function createApp(deps: Deps, options: AppOptions = {}) {
  const app = new Hono();
  // hono's logger prints method, path, status and time only: never a client address or header.
  if (options.logRequests) app.use('*', logger(options.print ?? console.log));
  app.route('/api', createApi(deps));
  if (options.siteDir) serveSite(app, options.siteDir);
  return app;
}
