// Bundles the three runtimes with esbuild: Node services + CLI + web server, Electron main + preload,
// and the renderer page. Type checking is `npm run check`'s job (tsc -b).
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';

const external = ['electron', 'better-sqlite3', 'pdfjs-dist'];
const common = { bundle: true, sourcemap: true, logLevel: 'warning', legalComments: 'none' };

rmSync('dist/renderer', { recursive: true, force: true });
mkdirSync('dist/renderer', { recursive: true });

await Promise.all([
  build({
    ...common,
    entryPoints: {
      web: 'main/node/web.ts',
      cli: 'main/node/cli/main.ts',
      'pdf-worker': 'main/node/import/pdf-worker.ts',
    },
    outdir: 'dist/node',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    external,
    // Bundled CommonJS dependencies still call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  }),
  build({
    ...common,
    entryPoints: { main: 'main/electron/main.ts', 'pdf-worker': 'main/node/import/pdf-worker.ts' },
    outdir: 'dist/electron',
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    outExtension: { '.js': '.cjs' },
    external,
    // import.meta is read only where `require` is missing, which a CommonJS bundle never is.
    logOverride: { 'empty-import-meta': 'silent' },
  }),
  build({
    ...common,
    entryPoints: { preload: 'main/preload/preload.ts' },
    outdir: 'dist/electron',
    platform: 'browser',
    format: 'cjs',
    target: 'chrome130',
    outExtension: { '.js': '.cjs' },
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: { app: 'renderer/main.ts' },
    outdir: 'dist/renderer',
    platform: 'browser',
    format: 'esm',
    target: 'chrome120',
    minify: true,
    // pdf.js (the page view) is a chunk of its own, loaded only when a page is shown.
    splitting: true,
    tsconfig: 'renderer/tsconfig.json',
  }),
]);
cpSync('renderer/index.html', 'dist/renderer/index.html');
cpSync('assets', 'dist/renderer/assets', { recursive: true });
// pdf.js's worker, CMaps (Chinese PDFs need them) and standard fonts, served by the app: never fetched from afar.
const pdfjsDir = 'node_modules/pdfjs-dist';
cpSync(`${pdfjsDir}/build/pdf.worker.min.mjs`, 'dist/renderer/pdfjs/pdf.worker.min.mjs');
cpSync(`${pdfjsDir}/cmaps`, 'dist/renderer/pdfjs/cmaps', { recursive: true });
cpSync(`${pdfjsDir}/standard_fonts`, 'dist/renderer/pdfjs/standard_fonts', { recursive: true });
