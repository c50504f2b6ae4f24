import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { caseSchema, easyReadSchema, guidanceSchema, helplineSchema, lessonSchema, pageSchema } from './lib/content-schemas.ts';

// Entry ids are "<locale>/<slug>", so one slug has one entry per translation.
export const collections = {
  guidance: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: './content/guidance' }), schema: guidanceSchema }),
  lessons: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: './content/lessons' }), schema: lessonSchema }),
  cases: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: './content/cases' }), schema: caseSchema }),
  // Easy-read companions share the slug of the guidance article they simplify.
  easyRead: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: './content/easy-read' }), schema: easyReadSchema }),
  pages: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: './content/pages' }), schema: pageSchema }),
  helplines: defineCollection({ loader: glob({ pattern: '**/*.yaml', base: './content/helplines' }), schema: helplineSchema }),
};
