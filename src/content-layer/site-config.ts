import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { ContentError, parseContent } from '../lib/content-error';

/**
 * Who stands behind a deployment: the publisher block of the footer and the about page. It is set
 * at build time in site.config.yaml (or the file named by SITE_CONFIG), so whoever runs a copy
 * names themselves there; the defaults are true of an independent open-source project and claim
 * nothing: no organisation, no contact, licence not yet chosen. Read at build time only.
 */

const Text = z.string().trim().min(1);
const Localized = z.strictObject({ en: Text, 'zh-CN': Text });

export const SiteConfigSchema = z.strictObject({
  organisation: Localized.nullable(),
  contact: z
    .strictObject({ email: z.email().optional(), url: z.url({ protocol: /^https?$/ }).optional() })
    .refine((c) => c.email || c.url, 'give an email, a url, or both (or set contact: null)')
    .nullable(),
  licence: z.strictObject({ name: Text, url: z.url({ protocol: /^https?$/ }).optional() }).nullable(),
  /** YYYY-MM or YYYY-MM-DD. */
  contentReviewed: z
    .union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))])
    .pipe(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'write the date as YYYY-MM or YYYY-MM-DD')),
  /** A mainland-China ICP filing number, e.g. 京ICP备12345678号-1. */
  icp: z
    .string()
    .trim()
    .regex(/^[\u4e00-\u9fff]ICP(备|证)\d{6,10}号(-\d{1,3})?$/, 'an ICP filing number looks like 京ICP备12345678号-1')
    .nullable(),
});
export type SiteConfig = z.infer<typeof SiteConfigSchema>;

export function parseSiteConfig(text: string, file: string): SiteConfig {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new ContentError(file, [`not valid YAML: ${(error as Error).message}`]);
  }
  return parseContent(SiteConfigSchema, data, file);
}

let cached: SiteConfig | undefined;

/** The deployment's configuration: SITE_CONFIG's file, or site.config.yaml at the project root. */
export function loadSiteConfig(): SiteConfig {
  if (cached) return cached;
  const file = process.env.SITE_CONFIG || 'site.config.yaml';
  const absolute = path.resolve(process.cwd(), file);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch {
    throw new ContentError(file, ['cannot read the site configuration (set SITE_CONFIG to its path, or restore site.config.yaml)']);
  }
  cached = parseSiteConfig(text, path.relative(process.cwd(), absolute));
  return cached;
}

/** "2026-12" → "December 2026"; "2026-12-01" → "1 December 2026", in the page's language. */
export function formatReviewDate(value: string, locale: string): string {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = d ? { dateStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}
