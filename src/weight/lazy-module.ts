/**
 * `import url from './module.ts?lazy'`: the address of a module built as a file of its own, to
 * load later with `import(url)` only when a reader needs it.
 *
 * Why not a plain `import('./module.ts')`: Vite wraps every dynamic import with a literal
 * specifier in its preload helper (≈ 0.9 KB gzip, loaded with the importing script on every page),
 * which is larger than the small scripts this site loads on demand. Here the module is emitted
 * as a chunk of its own (exports kept) and the importer gets its URL
 * (`import.meta.ROLLUP_FILE_URL_…`); an `import()` of a variable is left as it is. Modules the lazy
 * one imports are still shared chunks, imported by it. In `astro dev` the URL is the source file
 * as Vite's dev server serves it.
 */
import type { Plugin } from 'vite';

const SUFFIX = '?lazy';

/** The Vite plugin (registered in astro.config.mjs). */
export default function lazyModule(): Plugin {
  let serve = false;
  return {
    name: 'integrationskataloget:lazy-module',
    configResolved(config) {
      serve = config.command === 'serve';
    },
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null;
      const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer, { skipSelf: true });
      return resolved ? `${resolved.id}${SUFFIX}` : null;
    },
    load(id) {
      if (!id.endsWith(SUFFIX)) return null;
      const file = id.slice(0, -SUFFIX.length);
      if (serve) return `export default ${JSON.stringify(`/@fs${file}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: file, preserveSignature: 'strict' });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
