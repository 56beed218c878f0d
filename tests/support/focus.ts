/**
 * What has keyboard focus in a page, and whether a sighted keyboard user can see it: an outline
 * (or ring) at least 2 px wide whose colour contrasts ≥ 3:1 with what is behind it (WCAG 2.1
 * 1.4.11 and 2.4.7), on an element that is on screen and not clipped away.
 */
import type { Page } from 'playwright-core';

export interface FocusInfo {
  tag: string;
  id: string;
  href: string | null;
  text: string;
  inMain: boolean;
  inHeader: boolean;
  /** Empty when the focus is visible; otherwise why not. */
  invisible: string;
  outline: string;
  contrast: number;
}

export function focusInfo(page: Page): Promise<FocusInfo> {
  return page.evaluate(async () => {
    const el = document.activeElement as HTMLElement | null;
    // Wait until what is measured has settled, however many frames that takes on a busy machine:
    // - the focus style applies: right after a navigation the new document may get the window's
    //   focus a few frames after the key press (until then no :focus rule matches, e.g. the skip
    //   link stays above the screen);
    // - no transition or animation moves the element or an ancestor (a transition shows the old
    //   value until the browser has started it, which under load can take many frames);
    // - it stands still: focus scrolls it into view (the page or a scrolling container), smoothly
    //   unless reduced motion, so its box is the same in two frames in a row.
    // The time limit only turns a focus that never settles into a clear failure.
    const frame = () => new Promise((ok) => requestAnimationFrame(ok));
    const moving = () =>
      document.getAnimations().filter((a) => {
        const target = (a.effect as KeyframeEffect | null)?.target;
        const finite = Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity);
        return finite && a.playState !== 'finished' && !!target && (target === el || target.contains(el!));
      }).length;
    let unsettled = '';
    const start = performance.now();
    for (let last = '', still = 0; el && el !== document.body; ) {
      const r = el.getBoundingClientRect();
      const now = `${r.left},${r.top},${r.width},${r.height}`;
      still = now === last ? still + 1 : 0;
      last = now;
      const focused = el.matches(':focus');
      const animations = moving();
      if (focused && animations === 0 && still >= 2) break;
      if (performance.now() - start > 30_000) {
        unsettled = !focused ? 'never matched :focus (the document has no focus)' : animations ? `still animated (${animations})` : 'never stood still';
        break;
      }
      await frame();
    }
    const blank = { tag: 'none', id: '', href: null, text: '', inMain: false, inHeader: false, invisible: 'nothing focused', outline: '', contrast: 0 };
    if (!el || el === document.body) return blank;

    // Any CSS colour (Tailwind 4 computes oklch()) to sRGB bytes via a 1×1 canvas.
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const rgba = (css: string): [number, number, number, number] => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!, a! / 255];
    };
    const luminance = ([r, g, b]: number[]) => {
      const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
    };
    // The colour behind a point: the backgrounds painted there (focused element excluded), composited.
    const behind = (x: number, y: number): number[] => {
      const layers: [number, number, number, number][] = [];
      for (const n of document.elementsFromPoint(x, y)) {
        if (n === el || el.contains(n)) continue;
        const c = rgba(getComputedStyle(n).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] >= 1) break;
      }
      let out = [255, 255, 255];
      for (const [r, g, b, a] of layers.reverse()) out = [r * a + out[0]! * (1 - a), g * a + out[1]! * (1 - a), b * a + out[2]! * (1 - a)];
      return out;
    };

    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const problems: string[] = unsettled ? [unsettled] : [];
    if (rect.width < 2 || rect.height < 2) problems.push(`too small (${rect.width}×${rect.height})`);
    if (rect.bottom < 0 || rect.top > innerHeight || rect.right < 0 || rect.left > innerWidth) problems.push('off screen');
    const clip = style.getPropertyValue('clip');
    if (clip && clip !== 'auto') problems.push(`clipped (${clip})`);
    if (style.clipPath !== 'none') problems.push(`clipped (${style.clipPath})`);
    if (style.opacity === '0' || style.visibility === 'hidden') problems.push('transparent');

    const width = parseFloat(style.outlineWidth);
    const hasOutline = style.outlineStyle !== 'none' && width >= 2;
    let contrast = 0;
    if (hasOutline) {
      const fg = luminance(rgba(style.outlineColor));
      // Sample the middle of the outline on each side that is on screen; the worst side counts.
      const mid = (parseFloat(style.outlineOffset) || 0) + width / 2;
      const cx = (rect.left + rect.right) / 2;
      const cy = (rect.top + rect.bottom) / 2;
      const points = [
        [rect.left - mid, cy],
        [rect.right + mid, cy],
        [cx, rect.top - mid],
        [cx, rect.bottom + mid],
      ].filter(([x, y]) => x! >= 0 && y! >= 0 && x! < innerWidth && y! < innerHeight);
      contrast = Math.min(
        ...points.map(([x, y]) => {
          const bg = luminance(behind(x!, y!));
          return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
        }),
      );
      if (contrast < 3) problems.push(`outline contrast ${contrast.toFixed(2)} < 3`);
    } else {
      problems.push(`no outline (${style.outlineStyle} ${style.outlineWidth})`);
    }
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      href: el.getAttribute('href'),
      text: (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60),
      inMain: !!el.closest('main'),
      inHeader: !!el.closest('header'),
      invisible: problems.join('; '),
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      contrast,
    };
  });
}
