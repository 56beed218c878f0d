/**
 * The colours of the map's shading levels (index = level of LEVELS in map.ts), light and dark, as
 * Tailwind classes on the shape (fill) and the legend's swatch. More content is darker in light
 * mode and lighter in dark mode; print always uses the light colours (the dark variant is screen only).
 */
export const LEVEL_FILLS = [
  'fill-slate-200 dark:fill-slate-700',
  'fill-sky-200 dark:fill-sky-700',
  'fill-sky-400 dark:fill-sky-500',
  'fill-blue-600 dark:fill-sky-300',
  'fill-blue-900 dark:fill-sky-100',
] as const;
