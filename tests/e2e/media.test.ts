/**
 * Print and motion preferences. A goal or an initiative prints on A4 with the content only (no
 * header, navigation, footer, skip link or buttons), in light colours even when the screen is
 * dark, without running off the page. prefers-reduced-motion: reduce turns off smooth scrolling,
 * transitions and animations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newWatchedPage, openSite, type Site } from '../support/e2e';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

// A4 is 210 mm wide; global.css's @page leaves 16 mm margins: 178 mm ≈ 673 CSS px.
const A4_CONTENT_WIDTH = Math.floor((178 / 25.4) * 96);

describe('print', () => {
  it.each([
    ['goal', '/maal/hilleroed-2015-2018-maal-4/'],
    ['initiative', '/indsatser/hilleroed-2015-2018-indsats-1/'],
    ['Høje-Taastrup initiative', '/indsatser/hoeje-taastrup-2006-boligsocial-1/'],
  ])('prints a %s page on A4 with the content only', async (_, path) => {
    const { context, page, problems } = await newWatchedPage(site, { viewport: { width: A4_CONTENT_WIDTH, height: 1000 }, colorScheme: 'dark' });
    try {
      await page.goto(site.url + path);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const shown = await page.evaluate(() => {
        const visible = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
        const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
        const lum = (css: string) => {
          ctx.fillStyle = css;
          ctx.fillRect(0, 0, 1, 1);
          const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
          return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
        };
        return {
          chrome: [...document.querySelectorAll('body > header, body > footer, nav, button, a[href="#indhold"], [data-theme-toggle]')].filter(visible).map((e) => e.outerHTML.slice(0, 80)),
          main: visible(document.querySelector('main')!),
          foldedNotes: [...document.querySelectorAll('aside details:not([open]) li')].map((li) => li.checkVisibility()),
          h1: document.querySelector('h1')!.textContent,
          background: lum(getComputedStyle(document.documentElement).backgroundColor),
          text: lum(getComputedStyle(document.querySelector('h1')!).color),
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
      expect(shown.chrome).toEqual([]);
      expect(shown.main).toBe(true);
      expect(shown.foldedNotes.filter((v) => !v)).toEqual([]);
      expect(shown.background).toBeGreaterThan(0.95);
      expect(shown.text).toBeLessThan(0.1);
      expect(shown.overflow).toBeLessThanOrEqual(0);

      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      const text = pdf.toString('latin1');
      const pages = text.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
      // A4 in PDF points: 595.28 × 841.89.
      expect(Math.round(Number(box?.[1]))).toBe(595);
      expect(Math.round(Number(box?.[2]))).toBe(842);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(6);
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});

describe('prefers-reduced-motion', () => {
  it('turns off smooth scrolling, transitions and animations when asked', async () => {
    const measure = async (reducedMotion: 'reduce' | 'no-preference') => {
      const { context, page, problems } = await newWatchedPage(site, { reducedMotion });
      // The front page: its document and case cards (EntryCard) have a colour transition.
      // (The lists, /dokumenter/ included, have none since they became paginated lists.)
      await page.goto(site.url + '/');
      const result = await page.evaluate(() => {
        const moving = [...document.querySelectorAll('*')].filter((el) => {
          const s = getComputedStyle(el);
          const longest = (v: string) => Math.max(...v.split(',').map((x) => parseFloat(x) * (x.trim().endsWith('ms') ? 1 : 1000)));
          return longest(s.transitionDuration) > 1 || (s.animationName !== 'none' && longest(s.animationDuration) > 1);
        });
        return { scroll: getComputedStyle(document.documentElement).scrollBehavior, moving: moving.length };
      });
      await context.close();
      expect(problems).toEqual([]);
      return result;
    };
    const reduced = await measure('reduce');
    expect(reduced).toEqual({ scroll: 'auto', moving: 0 });
    // Without the preference the site does use motion, so the check above can fail.
    const normal = await measure('no-preference');
    expect(normal.scroll).toBe('smooth');
    expect(normal.moving).toBeGreaterThan(0);
  });
});
