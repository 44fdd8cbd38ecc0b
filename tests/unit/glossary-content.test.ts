import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { GlossaryFileSchema } from '../../src/content-layer/schemas/glossary';

/** The glossary as authors wrote it, read from disk (not through the build). */
const dir = path.resolve('content/glossary');
const files = fs.readdirSync(dir).filter((n) => n.endsWith('.yaml'));
const terms = files.flatMap((name) => GlossaryFileSchema.parse(parseYaml(fs.readFileSync(path.join(dir, name), 'utf8'))));
const moduleSlugs = fs.readdirSync(path.resolve('content/modules/en')).map((n) => n.replace(/\.mdx$/, ''));

describe('glossary content', () => {
  it('has at least 60 terms in all, and terms for every module', () => {
    expect(terms.length).toBeGreaterThanOrEqual(60);
    for (const slug of moduleSlugs) expect(terms.filter((t) => t.modules.includes(slug)).length, slug).toBeGreaterThan(0);
  });

  // Every term and definition in every language is GlossaryFileSchema's rule (parsed above); this
  // checks what the schema cannot: that each side is written in its own script.
  it('gives the Chinese term in Chinese and the English one not', () => {
    for (const t of terms) {
      expect(t['zh-CN'].term, t.id).toMatch(/\p{Script=Han}/u);
      expect(t.en.term, t.id).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it('uses each id once', () => {
    expect(new Set(terms.map((t) => t.id)).size).toBe(terms.length);
  });
});
