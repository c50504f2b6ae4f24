/** The pages every page benchmark measures: home, a guidance article, a lesson and the tip page, per locale. */
export const benchLocales = ['zh-cn', 'en', 'vi'] as const;

const paths = {
  home: '',
  guidance: 'guidance/recognise-trafficking/',
  lesson: 'lessons/if-i-get-lost/',
  report: 'report/',
} as const;

export type PageKind = keyof typeof paths;

export interface BenchPage {
  kind: PageKind;
  locale: (typeof benchLocales)[number];
  path: string;
  /** Content pages carry no island; the tip page holds the form island, so the JS budget does not apply. */
  content: boolean;
}

export const benchPages: BenchPage[] = benchLocales.flatMap((locale) =>
  (Object.keys(paths) as PageKind[]).map((kind) => ({
    kind,
    locale,
    path: `/${locale === 'zh-cn' ? '' : `${locale}/`}${paths[kind]}`,
    content: kind !== 'report',
  })),
);
