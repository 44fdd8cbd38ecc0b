import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { MANY_WARNINGS, selfCheckResult } from '../../src/lib/booklet-routes';
import { WarningSignSchema, type WarningSign } from '../../src/content-layer/schemas/self-check';
import { loadCitationRegistry } from '../../src/content-layer/pipeline/citations';
import { resolveCitation } from '../../src/lib/citation-registry';

/**
 * "Check a job offer": a stop sign alone gives "do not go"; the result never reassures. The page
 * shows the result by CSS; the end-to-end test (tests/e2e/self-check.spec.ts) walks every result
 * with JavaScript off and on.
 */
const signs = (parseYaml(fs.readFileSync('content/self-check.yaml', 'utf8')) as unknown[]).map((s) => WarningSignSchema.parse(s));
const stop = signs.filter((s) => s.weight === 'stop');
const warnings = signs.filter((s) => s.weight === 'warning');

describe('the result for each kind of combination', () => {
  it('nothing ticked: none (a result that says the list cannot prove a job safe)', () => {
    expect(selfCheckResult([])).toBe('none');
  });
  it('one stop sign alone: stop', () => {
    for (const s of stop) expect(selfCheckResult([s]), s.id).toBe('stop');
  });
  it('warning signs only, fewer than MANY_WARNINGS: warnings', () => {
    for (let n = 1; n < MANY_WARNINGS; n++) expect(selfCheckResult(warnings.slice(0, n))).toBe('warnings');
  });
  it('MANY_WARNINGS or more warning signs: many', () => {
    expect(selfCheckResult(warnings.slice(0, MANY_WARNINGS))).toBe('many');
    expect(selfCheckResult(warnings)).toBe('many');
  });
  it('every one of the 2^n combinations follows the rule: a stop sign wins, nothing ticked is the only "none"', () => {
    const n = signs.length;
    for (let mask = 0; mask < 2 ** n; mask++) {
      const ticked = signs.filter((_, i) => mask & (1 << i));
      const stops = ticked.some((s) => s.weight === 'stop');
      const expected = stops ? 'stop' : ticked.length >= MANY_WARNINGS ? 'many' : ticked.length ? 'warnings' : 'none';
      if (selfCheckResult(ticked) !== expected) throw new Error(`${ticked.map((s) => s.id).join(', ')}: ${selfCheckResult(ticked)}`);
    }
  });
});

describe('the CSS that shows the result without JavaScript', () => {
  const css = fs.readFileSync('src/styles/self-check.css', 'utf8');
  const chain = Array.from({ length: MANY_WARNINGS }, () => '.self-check__box--warning:checked').join(' ~ ');
  it('shows "many" for MANY_WARNINGS warning boxes, and never over a stop sign', () => {
    expect(css).toContain(`.self-check:not(:has(.self-check__box--stop:checked)):has(${chain}) .self-check__band--many`);
    expect(css).toContain(`:not(:has(${chain})) .self-check__band--warnings`);
    expect(css).toContain('.self-check:has(.self-check__box--stop:checked) .self-check__band--stop');
  });
});

describe('content/self-check.yaml', () => {
  const registry = loadCitationRegistry();
  it('has stop signs and warning signs, ids unique', () => {
    expect(stop.length).toBeGreaterThanOrEqual(5);
    expect(warnings.length).toBeGreaterThanOrEqual(MANY_WARNINGS);
    expect(new Set(signs.map((s) => s.id)).size).toBe(signs.length);
  });
  it('includes the signs of the scam-compound route', () => {
    for (const id of ['visit-visa', 'border-crossing', 'bank-card', 'keep-secret', 'passport', 'easy-high-pay', 'ticket-from-wages'])
      expect(signs.map((s: WarningSign) => s.id)).toContain(id);
  });
  it('cites only citations that exist', () => {
    for (const s of signs) if (s.cite) expect(resolveCitation(registry, s.cite), s.id).toBeDefined();
  });
});
