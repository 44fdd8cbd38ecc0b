import path from 'node:path';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { localeByPath } from '../../i18n/locales';
import { localizedPath } from '../../lib/urls';
import { linkGlossaryTerms } from '../../lib/glossary-terms';
import { loadGlossaryTermsSync } from './glossary';
import { CONTENT_DIR } from './paths';

const MODULES_DIR = path.join(CONTENT_DIR, 'modules');

/**
 * In each module (content/modules/<lang>/<slug>.mdx), links the first use of each glossary term to
 * its entry on /<lang>/glossary/ and attaches the definition (src/lib/glossary-terms.ts).
 *
 * Only the terms whose `modules` list the module are linked. Each term's definition gives the
 * sense the module it belongs to uses, and several headwords are ordinary words in that sense
 * only ("report", "detention", "child", 批准, 隔离): linked in every module they would often point
 * to the wrong meaning. Authors who want a term linked in another module add the module's slug
 * to the term's `modules`, which also lists the module on the glossary page.
 */
export function rehypeGlossaryTerms() {
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const rel = path.relative(MODULES_DIR, file.path);
    const [folder, name, ...rest] = rel.split(path.sep);
    const locale = folder && localeByPath(folder);
    if (!locale || !name?.endsWith('.mdx') || rest.length) return;
    const slug = name.slice(0, -'.mdx'.length);
    const terms = loadGlossaryTermsSync()
      .filter((t) => t.modules.includes(slug))
      .map((t) => ({ id: t.id, term: t[locale.code].term, definition: t[locale.code].definition }));
    const linked = linkGlossaryTerms(tree, terms, { href: (id) => `${localizedPath(locale.code, 'glossary/')}#term-${id}` });
    // Recorded like the module's structure (remark-content-structure), for the glossary page.
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...astro.frontmatter, glossaryTerms: linked };
  };
}
