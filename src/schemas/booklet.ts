import { z } from 'zod';

/** Frontmatter of content/booklets/<lang>/<slug>.mdx. */
export const BookletFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(3).max(80),
  summary: z.string().trim().min(10).max(200),
  order: z.number().int().min(1),
  readingMinutes: z.number().int().min(1).max(10),
  updated: z.coerce.date(),
});
export type BookletFrontmatter = z.infer<typeof BookletFrontmatterSchema>;
