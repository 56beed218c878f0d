/**
 * The editing loop of `npm run dev`: every time a file under the content folder changes, the
 * reference checker (the same one as `npm run check`) runs over the whole folder. Errors are
 * printed in the terminal as file:line:col and shown in the browser's error overlay, also to
 * browsers that open or reload a page while the error stands; when the content is fixed the
 * overlay goes and the page reloads. (The content itself is reloaded by src/collections/loader.ts.)
 */
import type { AstroIntegration } from 'astro';
import { relative } from 'node:path';
import type { ViteDevServer } from 'vite';
import { checkContent } from '../checker/check';
import { ContentReadError } from '../collections/files';
import { contentDir } from '../collections/content-dir';

/** The first error of the checker on `dir` as text (file:line:col  message), or undefined when there is none. */
export function contentErrors(dir: string): { text: string; file: string; line: number; column: number } | undefined {
  try {
    const { findings } = checkContent(dir);
    const errors = findings.filter((f) => f.severity === 'error');
    if (errors.length === 0) return undefined;
    const lines = errors.slice(0, 10).map((f) => `${f.path}:${f.line}:${f.col}  ${f.message}\n    ${f.hint}`);
    if (errors.length > 10) lines.push(`… and ${errors.length - 10} more (npm run check lists them all)`);
    const [first] = errors;
    return { text: lines.join('\n'), file: first!.path, line: first!.line, column: first!.col };
  } catch (err) {
    if (err instanceof ContentReadError) {
      return { text: err.message, file: err.position.path, line: err.position.line, column: err.position.col };
    }
    return { text: (err as Error).message, file: dir, line: 1, column: 1 };
  }
}

export default function contentDev(): AstroIntegration {
  return {
    name: 'integrationskataloget:content-dev',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const vite = server as unknown as ViteDevServer;
        const dir = contentDir();
        let current: ReturnType<typeof contentErrors>;
        let timer: NodeJS.Timeout | undefined;
        const overlay = () =>
          current && {
            type: 'error' as const,
            err: {
              message: `Fejl i indholdet (npm run check):\n${current.text}`,
              stack: '',
              id: current.file,
              plugin: 'integrationskataloget:content',
              loc: { file: current.file, line: current.line, column: current.column },
            },
          };
        const recheck = () => {
          const before = current;
          current = contentErrors(dir);
          if (current) {
            logger.error(`content has errors; the pages show the last good content:\n${current.text}`);
            vite.ws.send(overlay()!);
          } else if (before) {
            logger.info('content fixed: reloading');
            vite.ws.send({ type: 'full-reload' });
          }
        };
        vite.watcher.add(dir);
        vite.watcher.on('all', (_event: string, path: string) => {
          const rel = relative(dir, path);
          if (rel.startsWith('..')) return;
          clearTimeout(timer);
          timer = setTimeout(recheck, 150); // one check for a burst of saves (an editor writes a file in several steps)
        });
        vite.ws.on('connection', () => {
          const payload = overlay();
          if (payload) vite.ws.send(payload); // a page opened or reloaded while the error stands sees it too
        });
        recheck();
      },
    },
  };
}
