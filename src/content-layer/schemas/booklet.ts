import { z } from 'zod';
import { REVISION_PATTERN } from '../translation-revision';

/** Frontmatter of content/booklets/<lang>/<slug>.mdx. */
export const BookletFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(3).max(80),
  summary: z.string().trim().min(10).max(200),
  order: z.number().int().min(1),
  readingMinutes: z.number().int().min(1).max(10),
  updated: z.coerce.date(),
  /** In a translation: the revision of the English file it matches (npm run content:report). */
  sourceRevision: z.string().regex(REVISION_PATTERN, 'must be the 12-character revision that npm run content:report -- --mark-translated writes').optional(),
});
export type BookletFrontmatter = z.infer<typeof BookletFrontmatterSchema>;
