import type { Strings } from './translator';

/**
 * t() for code that runs in the browser (islands, page scripts). It does what our UI strings use
 * of i18next — flat keys and {{name}} interpolation, falling back to the key — in a few lines
 * instead of i18next's 15 KB gzip, which would push a quiz page past its 80 KB budget. A unit test
 * renders every UI string with both and requires the same output, so the two cannot drift.
 */
export type LiteTranslate = (key: string, values?: Record<string, unknown>) => string;

export function createLiteTranslator(strings: Strings): LiteTranslate {
  return (key, values) => {
    const template = strings[key];
    if (template === undefined) return key;
    return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => (values && name in values ? String(values[name]) : whole));
  };
}
