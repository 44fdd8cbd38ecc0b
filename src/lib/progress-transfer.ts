import './zod-browser';
import { z } from 'zod';
import { PROGRESS_VERSION, migrateProgress, type ProgressData } from './progress-model';
import { CLOCK_MARGIN_MS, checkProgressData, isCalendarDateTime, type ModuleRules } from './progress-schema';

/**
 * Export and import of progress as a JSON file, for moving to another device or browser. An import
 * is validated with zod before anything is touched; a file that is not ours, is damaged, is too
 * large, or comes from a newer version gets its own message. Nothing imported is ever rendered as
 * HTML: islands show it as text.
 */

export const EXPORT_FORMAT = 'fair-work-guide-progress';
/** Far above any real export (a few KB per module), far below what would freeze a phone. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

const ExportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int().min(0),
  exportedAt: z.string().refine(isCalendarDateTime),
  data: z.unknown(),
});

export function exportProgress(data: ProgressData, now = new Date()): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: PROGRESS_VERSION, exportedAt: now.toISOString(), data }, null, 2);
}

export type ImportResult =
  | { ok: true; data: ProgressData; moduleCount: number }
  | { ok: false; reason: 'too-large' | 'not-json' | 'not-ours' | 'newer' | 'damaged' };

/**
 * Reads an exported file's text. Never throws. The data is checked with the same schema as what
 * storage returns (checkProgressData), against the modules' rules, with no date later than the
 * file's own export time (nor than now) plus a margin.
 */
export function parseImport(text: string, byteLength = new TextEncoder().encode(text).length, context: { rules?: ModuleRules; now?: Date } = {}): ImportResult {
  if (byteLength > MAX_IMPORT_BYTES) return { ok: false, reason: 'too-large' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  return checkImport(raw, context);
}

/**
 * Checks an export envelope ({ format, version, exportedAt, data }) however it arrived: parsed from
 * a file, or rebuilt from a transfer code (src/lib/progress-code.ts). One check, one set of reasons.
 */
export function checkImport(raw: unknown, context: { rules?: ModuleRules; now?: Date } = {}): ImportResult {
  const envelope = ExportSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, reason: 'not-ours' };
  if (envelope.data.version > PROGRESS_VERSION) return { ok: false, reason: 'newer' };
  const now = (context.now ?? new Date()).getTime();
  const exportedAt = Date.parse(envelope.data.exportedAt);
  if (exportedAt > now + CLOCK_MARGIN_MS) return { ok: false, reason: 'damaged' };
  try {
    const checked = checkProgressData(migrateProgress(envelope.data.data, envelope.data.version), {
      rules: context.rules,
      notAfter: new Date(Math.min(exportedAt, now) + CLOCK_MARGIN_MS),
    });
    if (!checked.ok) return { ok: false, reason: 'damaged' };
    return { ok: true, data: checked.value, moduleCount: Object.keys(checked.value.modules).length };
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}
