import { chromium } from '@playwright/test';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, it } from 'vitest';
import LessonVideo from '../../site/components/LessonVideo.astro';
import { lessonVideo } from '../../site/lib/content-schemas.ts';
import { chromiumArgs, chromiumPath } from '../support/chromium.ts';

it('a lesson video shows its captions by default, with the transcript and the sign-language version beside it', async () => {
  const video = lessonVideo.parse({
    src: '/media/lessons/safe-adults.mp4',
    captions: '/media/lessons/safe-adults.vtt',
    transcript: 'First paragraph.\n\nSecond paragraph.',
    signLanguage: '/media/lessons/safe-adults-sign.mp4',
  });
  const container = await AstroContainer.create();
  const html = await container.renderToString(LessonVideo, { props: { locale: 'en', contentLocale: 'zh-cn', video } });
  expect(html).toMatch(/<track kind="captions" src="\/media\/lessons\/safe-adults.vtt" srclang="zh-Hans-CN" label="中文字幕" default>/);
  expect(html).toContain('<source src="/media/lessons/safe-adults.mp4" type="video/mp4">');
  expect(html).toContain('<p>First paragraph.</p><p>Second paragraph.</p>');
  expect(html).toContain('Sign-language version');
});

it('a lesson video must live on this site and come with captions', () => {
  expect(lessonVideo.safeParse({ src: 'https://v.example.com/a.mp4', captions: '/a.vtt', transcript: 'x' }).success).toBe(false);
  expect(lessonVideo.safeParse({ src: '/a.mp4', transcript: 'x' }).success).toBe(false);
  expect(lessonVideo.safeParse({ src: '/a.mp4', captions: '/a.srt', transcript: 'x' }).success).toBe(false);
});

it('in Chromium, a video made in the test plays with its captions showing from the start', { timeout: 60_000 }, async () => {
  const video = lessonVideo.parse({ src: '/media/test.webm', captions: '/media/test.vtt', transcript: 'Hello.' });
  const container = await AstroContainer.create();
  const component = await container.renderToString(LessonVideo, { props: { locale: 'en', contentLocale: 'en', video } });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    // A two-second WebM recorded from a canvas, in the browser itself: no video file ships with the tests.
    await page.goto('about:blank');
    const webm = await page.evaluate(async () => {
      const canvas = Object.assign(document.createElement('canvas'), { width: 160, height: 90 });
      const g = canvas.getContext('2d')!;
      const recorder = new MediaRecorder(canvas.captureStream(15), { mimeType: 'video/webm;codecs=vp8' });
      const chunks: Blob[] = [];
      recorder.ondataavailable = (e) => chunks.push(e.data);
      const stopped = new Promise((resolve) => (recorder.onstop = resolve));
      recorder.start();
      for (let frame = 0; frame < 30; frame++) {
        g.fillStyle = `hsl(${frame * 12}, 70%, 50%)`;
        g.fillRect(0, 0, 160, 90);
        await new Promise((r) => setTimeout(r, 66));
      }
      recorder.stop();
      await stopped;
      const bytes = new Uint8Array(await new Blob(chunks, { type: 'video/webm' }).arrayBuffer());
      return Array.from(bytes);
    });
    const files: Record<string, { body: Buffer | string; contentType: string }> = {
      '/lesson/': { body: `<!doctype html><html lang="en"><head><title>t</title></head><body>${component}</body></html>`, contentType: 'text/html' },
      '/media/test.webm': { body: Buffer.from(webm), contentType: 'video/webm' },
      '/media/test.vtt': { body: 'WEBVTT\n\n00:00.000 --> 00:05.000\nA safe adult helps you find your family.\n', contentType: 'text/vtt' },
    };
    await page.route('http://huhang.test/**', (route) => {
      const file = files[new URL(route.request().url()).pathname];
      return file ? route.fulfill({ ...file, status: 200 }) : route.fulfill({ status: 404 });
    });
    await page.goto('http://huhang.test/lesson/');
    const state = await page.locator('[data-lesson-video]').evaluate(async (el) => {
      const player = el as HTMLVideoElement;
      player.muted = true;
      await player.play();
      await new Promise((r) => setTimeout(r, 500));
      const track = player.textTracks[0]!;
      return { mode: track.mode, cue: (track.activeCues?.[0] as VTTCue | undefined)?.text, playing: player.currentTime > 0 };
    });
    expect(state).toEqual({ mode: 'showing', cue: 'A safe adult helps you find your family.', playing: true });
  } finally {
    await browser.close();
  }
});
