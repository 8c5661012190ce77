/**
 * Vite plugin: `import url from './x.ts?lazy-module'` gives the URL of x.ts built as a chunk of
 * its own, to be loaded later with `import(url)`. A plain `import('./x.ts')` would make Vite add
 * its preload helper (about 0.8 KB brotli) to the eager script, which alone would break the
 * 1 KB JavaScript budget of reading pages.
 */
import type { Plugin } from 'vite';

const SUFFIX = '?lazy-module';
const PREFIX = '\0lazy-module:';

export function lazyModulePlugin(): Plugin {
  let isBuild = false;
  return {
    name: 'lazy-module-urls',
    enforce: 'pre',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null;
      const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer);
      return resolved ? `${PREFIX}${resolved.id}` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      // The dev server transforms any file on request, so its own URL will do.
      if (!isBuild) return `export default ${JSON.stringify(`/@fs${file}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: file });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
