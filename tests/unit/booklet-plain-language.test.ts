import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { LOCALES } from '../../src/i18n/locales';
import { textBlocks } from '../../src/content-layer/pipeline/mdx-text';
import { measurePlainLanguage } from '../../src/lib/plain-language';

/**
 * Plain language by numbers: every booklet's average sentence length stays within the limit
 * (src/lib/plain-language.ts; README "Plain language"). Prints each booklet's figures, so an
 * author sees how close a booklet is before it fails.
 */
const DIR = 'content/booklets';

for (const locale of LOCALES) {
  const folder = path.join(DIR, locale.path);
  describe(`plain language, ${locale.name}`, () => {
    for (const file of fs.readdirSync(folder).filter((f) => f.endsWith('.mdx')).sort()) {
      it(file, () => {
        const source = fs.readFileSync(path.join(folder, file), 'utf8');
        const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
        const title = String((match ? parseYaml(match[1]!) : {})?.title ?? file);
        const body = match ? source.slice(match[0].length) : source;
        const report = measurePlainLanguage(textBlocks(body), locale.code);
        const unit = report.unit === 'words' ? 'words' : 'characters';
        console.log(`${locale.path}/${file} (${title}): ${report.sentences} sentences, average ${report.average} ${unit} (limit ${report.max}); longest ${report.longest?.length}: ${report.longest?.text}`);
        expect(report.sentences).toBeGreaterThan(10);
        expect(report.average, `${file}: average sentence of ${report.average} ${unit}, limit ${report.max}`).toBeLessThanOrEqual(report.max);
      });
    }
  });
}
