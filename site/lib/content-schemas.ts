/**
 * Frontmatter schemas for every content collection. Kept free of Astro imports so the same
 * schemas validate content in unit tests (tests/unit/content.test.ts) and in the Astro build.
 */
import { z } from 'zod';

export const locales = ['zh-cn', 'en', 'vi'] as const;
export type Locale = (typeof locales)[number];

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case slug');
const isoDate = z.coerce.date();

/** Who a guidance article speaks to. */
export const audiences = [
  'public',
  'parents',
  'children',
  'job-seekers',
  'women',
  'migrant-workers',
  'service-staff',
  'medical-staff',
  'teachers',
] as const;

/** What a guidance article is about; used for grouping on the index. */
export const topics = [
  'recognise',
  'children',
  'jobs',
  'marriage',
  'online',
  'begging-disability',
  'births-adoption',
  'entertainment',
  'staff-duty',
  'reporting',
  'victim-support',
  'safety',
] as const;

const source = z.object({
  /** Name of the law, plan or publication. */
  title: z.string().min(2),
  /** Article, section or page cited, e.g. "第二百四十条" or "Art. 240". */
  cite: z.string().optional(),
  /** Public web address, when there is one. */
  url: z.string().url().optional(),
});

export const guidanceSchema = z.object({
  /** Page title, also the <h1>. */
  title: z.string().min(2).max(80),
  /** One or two plain sentences shown on cards and in search results. */
  summary: z.string().min(10).max(200),
  /** Readers the article is written for; the index filters on these. */
  audience: z.array(z.enum(audiences)).min(1),
  /** Main subject of the article. */
  topic: z.enum(topics),
  /** Position on the guidance index; lower comes first. */
  order: z.number().int().min(0),
  /** Date a person last checked the facts (laws, numbers, procedures). */
  lastReviewed: isoDate,
  /** Laws, plans and publications the article relies on. */
  sources: z.array(source).min(1),
});

export const schoolLevels = [
  'primary-lower',
  'primary-upper',
  'middle',
  'vocational',
  'special-education',
] as const;

export const activityKinds = ['starter', 'discussion', 'role-play', 'activity', 'reflection'] as const;

const quizItem = z
  .object({
    /** The question as the learner reads it. */
    question: z.string().min(5),
    /** Two to five answers; exactly one is correct. */
    options: z
      .array(
        z.object({
          /** Answer text. */
          text: z.string().min(1),
          /** True for the one correct answer. */
          correct: z.boolean().default(false),
          /** Shown after the learner picks this answer: why it is right or wrong. */
          feedback: z.string().min(5),
        }),
      )
      .min(2)
      .max(5),
  })
  .refine((q) => q.options.filter((o) => o.correct).length === 1, {
    message: 'exactly one option must be correct',
  });

const site = (ext: RegExp, what: string) => z.string().regex(/^\/[\w\-./]+$/, 'a path on this site, starting with /').regex(ext, what);

/** A lesson video. Files live on this site (no third-party player), and captions are required. */
export const lessonVideo = z.object({
  /** The video (MP4 or WebM), a path under site/public, e.g. /media/lessons/safe-adults.mp4. */
  src: site(/\.(mp4|webm)$/, 'an .mp4 or .webm file'),
  /** WebVTT captions in the lesson's language; shown by default. */
  captions: site(/\.vtt$/, 'a .vtt file'),
  /** Full transcript, paragraphs separated by a blank line. */
  transcript: z.string().min(1),
  /** Optional sign-language version of the same video. */
  signLanguage: site(/\.(mp4|webm)$/, 'an .mp4 or .webm file').optional(),
});
export type LessonVideo = z.infer<typeof lessonVideo>;

export const lessonSchema = z.object({
  /** Lesson title. */
  title: z.string().min(2).max(80),
  /** One or two sentences for the lesson index. */
  summary: z.string().min(10).max(200),
  /** School level: primary-lower 6–9, primary-upper 9–12, middle 12–15, vocational 15–18, special-education. */
  level: z.enum(schoolLevels),
  /** Position within its level on the index. */
  order: z.number().int().min(0),
  /** Total classroom time in minutes. */
  durationMinutes: z.number().int().min(10).max(120),
  /** Three to five measurable objectives ("Learners can name three…"). */
  objectives: z.array(z.string().min(5)).min(3).max(5),
  /** The few sentences every learner should leave with. */
  keyMessages: z.array(z.string().min(5)).min(2).max(6),
  /** Words to teach, with child-friendly definitions. */
  vocabulary: z.array(z.object({ term: z.string(), definition: z.string() })).min(1),
  /** Activities in teaching order. */
  activities: z
    .array(
      z.object({
        /** Minutes this activity takes. */
        minutes: z.number().int().min(1),
        /** starter, discussion, role-play, activity or reflection. */
        kind: z.enum(activityKinds),
        /** Short name of the activity. */
        title: z.string(),
        /** What the teacher does and says. */
        instructions: z.string().min(10),
        /** How to adapt it for learners with visual, hearing, intellectual or physical disabilities. */
        adaptations: z.string().min(10),
      }),
    )
    .min(2),
  /** Interactive quiz; works offline in the browser. */
  quiz: z.array(quizItem).min(3),
  /** Notes only the teacher needs. */
  teacherNotes: z.object({
    /** Facts the teacher should know before teaching. */
    background: z.string().min(20),
    /** Trauma-informed practice: what to do. */
    dos: z.array(z.string()).min(2),
    /** Trauma-informed practice: what to avoid. */
    donts: z.array(z.string()).min(2),
    /** What to do, step by step, if a child discloses abuse. */
    disclosure: z.string().min(20),
    /** The teacher's legal duty to report (Minors Protection Law art. 11). */
    reportingDuty: z.string().min(20),
  }),
  /** A short note the teacher can send home to parents or carers. */
  parentNote: z.string().min(20),
  /** The printable one-page handout for learners. */
  handout: z.object({
    /** Handout heading. */
    title: z.string(),
    /** Short points, one idea each. */
    points: z.array(z.string()).min(3).max(8),
  }),
  /** Slugs of case studies that fit this lesson. */
  relatedCases: z.array(slug).default([]),
  /** Optional video with captions, transcript and sign-language version. */
  video: lessonVideo.optional(),
  /** Date a person last checked the lesson. */
  lastReviewed: isoDate,
});

export const crimes = [
  'child-trafficking',
  'women-trafficking',
  'forced-labour',
  'sexual-exploitation',
  'forced-begging',
  'marriage-fraud',
  'illegal-adoption',
  'online-exploitation',
  'child-labour',
  'birth-certificate-fraud',
] as const;

export const caseSchema = z
  .object({
    /** Case title. */
    title: z.string().min(2).max(80),
    /** One or two sentences for the case index. */
    summary: z.string().min(10).max(200),
    /** composite: a teaching case built from several real patterns; judgment: a published court judgment. */
    kind: z.enum(['composite', 'judgment']),
    /** Court that decided a judgment case. */
    court: z.string().optional(),
    /** Year of the judgment. */
    year: z.number().int().min(1979).max(2100).optional(),
    /** Where the judgment was published. */
    source: z.string().optional(),
    /** The crime the case is mainly about. */
    crime: z.enum(crimes),
    /** How the victim was recruited or taken, in a few words. */
    recruitment: z.string().min(2),
    /** Position on the case index. */
    order: z.number().int().min(0),
    /** Signs that something was wrong, which readers can learn to spot. */
    warningSigns: z.array(z.string()).min(2),
    /** PRC Criminal Law articles (or the 2016 SPC interpretation) that apply. */
    laws: z
      .array(
        z.object({
          /** Article number as cited, e.g. "240", "262-1", or "法释〔2016〕28号 第3条". */
          article: z.string(),
          /** What the article says, in one plain sentence. */
          note: z.string(),
        }),
      )
      .min(1),
    /** What happened in the end. */
    outcome: z.string().min(10),
    /** What could have prevented harm or helped sooner. */
    couldHaveHelped: z.array(z.string()).min(1),
    /** Questions for class or group discussion. */
    discussion: z.array(z.string()).min(2),
    /** Slugs of lessons that use this case. */
    relatedLessons: z.array(slug).default([]),
    /** Date a person last checked the case. */
    lastReviewed: isoDate,
  })
  .refine((c) => c.kind === 'composite' || (c.court && c.year && c.source), {
    message: 'a judgment case needs court, year and source',
  });

export const helplineSchema = z.object({
  /** Name of the service. */
  name: z.string().min(2),
  /** Number to dial, digits only. */
  number: z.string().regex(/^\d{3,8}$/),
  /** What to call it for, in one or two sentences. */
  purpose: z.string().min(5),
  /** When it answers. */
  hours: z.string().min(2),
  /** Call it first when someone is in danger now. */
  emergency: z.boolean().default(false),
  /** Position on the helplines page. */
  order: z.number().int().min(0),
});

export const pageSchema = z.object({
  /** Page title, also the <h1>. */
  title: z.string().min(2).max(80),
  /** One or two sentences for the page description. */
  summary: z.string().min(10).max(200),
  /** Date a person last checked the facts. */
  lastReviewed: isoDate,
});

/** Pictograms drawn as inline SVG in site/components/Pictogram.astro; one per easy-read idea. */
export const pictograms = [
  'phone-110',
  'police',
  'child',
  'family',
  'stranger',
  'danger',
  'stop',
  'money',
  'job',
  'id-card',
  'home',
  'talk',
  'hospital',
  'school',
  'help',
  'lock',
  'internet',
  'question',
  'check',
  'place',
  'time',
  'write',
] as const;

export const easyReadSchema = z.object({
  /** Title in easy words. */
  title: z.string().min(2).max(60),
  /** One short sentence for cards. */
  summary: z.string().min(5).max(120),
  /** Ideas in order: one short sentence (or two) and the picture that shows it. */
  ideas: z
    .array(
      z.object({
        /** Name of the pictogram shown beside the text. */
        picture: z.enum(pictograms),
        /** The idea in short sentences with simple words. */
        text: z.string().min(2).max(140),
      }),
    )
    .min(5)
    .max(20),
  /** Date a person last checked it. */
  lastReviewed: isoDate,
});
