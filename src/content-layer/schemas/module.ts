import { z } from 'zod';
import { REVISION_PATTERN } from '../translation-revision';
import { IdSchema } from './localized';

export const AUDIENCES = ['police', 'labour-inspectors', 'prosecutors', 'judges', 'service-providers', 'trade-unions', 'employers'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Frontmatter of content/modules/<lang>/<slug>.mdx. */
export const ModuleFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(3).max(120),
  summary: z.string().trim().min(10).max(240),
  order: z.number().int().min(1),
  duration: z.number().int().min(10).max(480),
  audience: z.array(z.enum(AUDIENCES)).min(1),
  objectives: z.array(z.string().trim().min(5)).min(3).max(6),
  sources: z.array(IdSchema).min(1),
  passMark: z.number().int().min(1).max(100).default(80),
  /** The module offers a two-page printable checklist (key points, indicators, contacts) at modules/<slug>/checklist/. */
  checklist: z.boolean().default(false),
  updated: z.coerce.date(),
  /** In a translation: the revision of the English file it matches (npm run content:report). */
  sourceRevision: z.string().regex(REVISION_PATTERN, 'must be the 12-character revision that npm run content:report -- --mark-translated writes').optional(),
});
export type ModuleFrontmatter = z.infer<typeof ModuleFrontmatterSchema>;
