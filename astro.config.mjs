// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins, rehypePlugins } from './src/content-layer/pipeline/index.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { offlineWorker } from './src/integrations/offline-worker.ts';
import { islandStyleToHead } from './src/integrations/island-style-to-head.ts';
import { quickExitUrl } from './src/lib/quick-exit.ts';

/**
 * The public address of the site, used for canonical URLs, hreflang, the sitemap and Open Graph
 * cards. Set SITE_URL when deploying; the default suits `npm start` on this machine.
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
// Where the quick exit leaves for (QUICK_EXIT_URL, see src/lib/quick-exit.ts): checked here so a
// bad address stops the build before any page is written.
quickExitUrl(process.env.QUICK_EXIT_URL, site);

export default defineConfig({
  site,
  // OUT_DIR lets two builds run side by side (a test run beside a benchmark); tests read it too.
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Whitespace between inline elements matters in running text ("see <Cite/>"); gzip removes the cost.
  compressHTML: false,
  markdown: {
    syntaxHighlight: false, // no code in the content; Shiki's inline styles would break the CSP
    // unified rather than the default Sätteri processor: the content checks and the section
    // wrapper are remark/rehype plugins, and heading ids must exist before sections are wrapped.
    processor: unified({ remarkPlugins, rehypePlugins }),
  },
  // The offline fallback page stays out of the sitemap. Order matters after the build: islandStyleToHead
  // rewrites the HTML first, so that the search index and the offline copy see the final pages; the
  // offline copy comes last because it writes the download size into the booklets index.
  integrations: [mdx(), react(), sitemap({ filter: (page) => !page.endsWith('/offline/') }), islandStyleToHead(), searchIndex(), offlineWorker()],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs in WebAssembly, which CSP treats as script evaluation.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
