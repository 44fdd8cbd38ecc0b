import './zod-browser';
import { z } from 'zod';
import { PROGRESS_VERSION, migrateProgress, type ProgressData } from './progress-model';

/**
 * Export and import of progress as a JSON file, for moving to another device or browser. An import
 * is validated with zod before anything is touched; a file that is not ours, is damaged, is too
 * large, or comes from a newer version gets its own message. Nothing imported is ever rendered as
 * HTML: islands show it as text.
 */

export const EXPORT_FORMAT = 'fair-work-guide-progress';
/** Far above any real export (a few KB per module), far below what would freeze a phone. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

const IsoDate = z.string().max(40).regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/);
const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(100);
const Id = z.string().max(100);
const AnswerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('single'), optionId: Id }),
  z.strictObject({ type: z.enum(['multiple', 'case']), optionIds: z.array(Id).max(50) }),
  z.strictObject({ type: z.literal('truefalse'), value: z.boolean() }),
  z.strictObject({ type: z.literal('order'), itemIds: z.array(Id).max(50) }),
]);
const Score = z.number().int().min(0).max(100);
const ModuleSchema = z.strictObject({
  answers: z.record(Id, z.strictObject({ answer: AnswerSchema, correct: z.boolean(), at: IsoDate })),
  attempts: z.number().int().min(0).max(100_000),
  bestScore: Score.optional(),
  lastScore: Score.optional(),
  startedAt: IsoDate.optional(),
  updatedAt: IsoDate.optional(),
  sectionsRead: z.array(z.number().int().min(0).max(1000)).max(1000),
  completedAt: IsoDate.optional(),
});
export const ProgressDataSchema = z.strictObject({
  modules: z.record(Slug, ModuleSchema),
  learnerName: z.string().max(200),
  lastVisited: z.strictObject({ slug: Slug, section: z.number().int().min(0), at: IsoDate }).optional(),
});

const ExportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int().min(0),
  exportedAt: IsoDate,
  data: z.unknown(),
});

export function exportProgress(data: ProgressData, now = new Date()): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: PROGRESS_VERSION, exportedAt: now.toISOString(), data }, null, 2);
}

export type ImportResult =
  | { ok: true; data: ProgressData; moduleCount: number }
  | { ok: false; reason: 'too-large' | 'not-json' | 'not-ours' | 'newer' | 'damaged' };

/** Reads an exported file's text. Never throws. */
export function parseImport(text: string, byteLength = new TextEncoder().encode(text).length): ImportResult {
  if (byteLength > MAX_IMPORT_BYTES) return { ok: false, reason: 'too-large' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const envelope = ExportSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, reason: 'not-ours' };
  if (envelope.data.version > PROGRESS_VERSION) return { ok: false, reason: 'newer' };
  try {
    const data = ProgressDataSchema.parse(migrateProgress(envelope.data.data, envelope.data.version));
    return { ok: true, data, moduleCount: Object.keys(data.modules).length };
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}
