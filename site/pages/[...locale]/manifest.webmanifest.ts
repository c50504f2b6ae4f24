import type { APIRoute } from 'astro';
import { htmlLang, localePath, translate, type Locale } from '../../i18n/index.ts';
import { localeParams } from '../../lib/content.ts';

export const getStaticPaths = localeParams;

/** One web app manifest per locale, so an installed app opens in the language it was installed from. */
export const GET: APIRoute = ({ props }) => {
  const locale = (props as { locale: Locale }).locale;
  const start = localePath(locale, '/');
  return new Response(
    JSON.stringify({
      id: start,
      name: translate(locale, 'pwa.name'),
      short_name: translate(locale, 'pwa.shortName'),
      description: translate(locale, 'site.description'),
      lang: htmlLang[locale],
      dir: 'ltr',
      start_url: start,
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#8a1c1c',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    }),
    { headers: { 'content-type': 'application/manifest+json' } },
  );
};
