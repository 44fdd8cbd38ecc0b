import type { Answer } from './quiz-score';
import type { ModuleProgress, ProgressData, StoredAnswer } from './progress-model';

/**
 * The one check for progress data, used at every edge: what storage returns, what an import file
 * holds, what a migration produces. Hand-written rather than zod because the home page and the
 * catalogue load it too and must stay small.
 *
 * - Dates are real calendar dates and times (2026-02-31 and 2026-13-45 are refused), and not
 *   later than `notAfter` (now, or a file's export time, plus a margin for clocks that differ).
 * - Only own properties are read, and keys that name something on Object.prototype (`__proto__`,
 *   `constructor`, `toString` …) are refused; the data returned is built from null-prototype
 *   objects, so no key can reach a prototype later.
 * - Consistency: a module marked completed has every section read and a best score at or above its
 *   pass mark (see `unmetCompletion`); a score needs an attempt; the last score is not above the best. The rules per module
 *   come in as data (`ModuleRules`), from the content; modules with no rule get the shape checks only.
 */

export interface ModuleRule {
  sectionCount: number;
  passMark: number;
}
/** Section count and pass mark per module slug, from the content (src/content-layer/model/content.ts). */
export type ModuleRules = Readonly<Record<string, ModuleRule>>;

export interface CheckContext {
  rules?: ModuleRules;
  /** Dates later than this are refused. */
  notAfter?: Date;
  /**
   * A module marked completed that does not meet its rule: refused ('reject', for import files,
   * which must not claim what they do not hold), or its completion dropped ('drop', for what this
   * site stored itself: a module that gained a section, or whose pass mark rose, is simply no
   * longer complete, and everything else the learner did is kept).
   */
  unmetCompletion?: 'reject' | 'drop';
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** Clocks on two devices differ; a day's margin keeps honest data from being refused. */
export const CLOCK_MARGIN_MS = 24 * 60 * 60 * 1000;
export const MAX_NAME_LENGTH = 200;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads `key` only when it is the object's own property. */
export function own<T>(record: Readonly<Record<string, T>> | undefined | null, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A key that could reach Object.prototype if used to read or write a plain object. */
export function isUnsafeKey(key: string): boolean {
  return key in Object.prototype || key === 'prototype';
}

export const isSlug = (key: string): boolean => key.length <= 100 && SLUG.test(key) && !isUnsafeKey(key);

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1970 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date "YYYY-MM-DD" that exists. */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  return !!m && validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** An ISO date-time in UTC ("…Z") whose date exists and whose time is on a clock. */
export function isCalendarDateTime(text: unknown): text is string {
  if (typeof text !== 'string' || text.length > 40) return false;
  const m = DATE_TIME.exec(text);
  return !!m && validDay(Number(m[1]), Number(m[2]), Number(m[3])) && Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6]) < 60;
}

/**
 * NFKC, without format characters (zero-width, bidi controls) or control characters. Spaces are
 * kept as typed, so that a learner can type one between two words.
 */
export function cleanName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\p{Cf}\p{Cc}]/gu, (c) => (c === '\n' || c === '\t' ? ' ' : ''))
    .slice(0, MAX_NAME_LENGTH);
}

/** The name as the check code covers it: cleaned, spaces collapsed, trimmed. */
export function normaliseName(name: string): string {
  return cleanName(name).replace(/\s+/g, ' ').trim();
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const isId = (v: unknown): v is string => typeof v === 'string' && v.length <= 100 && !isUnsafeKey(v);
const nullObject = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

/** Reports any own key of the object that is not an expected field ("__proto__" included). */
function keysOf(value: Record<string, unknown>, allowed: readonly string[], path: string, problems: string[]): void {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) problems.push(`${path}: unexpected field "${key}"`);
}

function checkAnswer(v: unknown): Answer | undefined {
  if (!isObject(v)) return undefined;
  const keys = Object.keys(v).sort().join(',');
  const ids = (list: unknown) => Array.isArray(list) && list.length <= 50 && list.every(isId);
  switch (v.type) {
    case 'single':
      return keys === 'optionId,type' && isId(v.optionId) ? { type: 'single', optionId: v.optionId } : undefined;
    case 'multiple':
    case 'case':
      return keys === 'optionIds,type' && ids(v.optionIds) ? { type: v.type, optionIds: [...(v.optionIds as string[])] } : undefined;
    case 'truefalse':
      return keys === 'type,value' && typeof v.value === 'boolean' ? { type: 'truefalse', value: v.value } : undefined;
    case 'order':
      return keys === 'itemIds,type' && ids(v.itemIds) ? { type: 'order', itemIds: [...(v.itemIds as string[])] } : undefined;
    default:
      return undefined;
  }
}

const MODULE_FIELDS = ['answers', 'attempts', 'bestScore', 'lastScore', 'startedAt', 'updatedAt', 'sectionsRead', 'completedAt'] as const;
const DATE_FIELDS = ['startedAt', 'updatedAt', 'completedAt'] as const;

function checkModule(slug: string, v: unknown, ctx: Required<CheckContext>, problems: string[]): ModuleProgress | undefined {
  const path = `modules.${slug}`;
  if (!isObject(v)) return void problems.push(`${path}: not an object`);
  const before = problems.length;
  keysOf(v, MODULE_FIELDS, path, problems);
  const inTime = (iso: string) => Date.parse(iso) <= ctx.notAfter.getTime();
  const m: ModuleProgress = { answers: nullObject<StoredAnswer>(), attempts: 0, sectionsRead: [] };

  if (!isObject(v.answers)) problems.push(`${path}.answers: not an object`);
  else
    for (const qid of Object.keys(v.answers)) {
      const a = v.answers[qid];
      const answer = isObject(a) ? checkAnswer(a.answer) : undefined;
      if (!isId(qid) || !isObject(a) || Object.keys(a).sort().join(',') !== 'answer,at,correct' || !answer || typeof a.correct !== 'boolean' || !isCalendarDateTime(a.at) || !inTime(a.at))
        problems.push(`${path}.answers.${qid}: not a valid answer`);
      else m.answers[qid] = { answer, correct: a.correct, at: a.at };
    }
  if (!isInt(v.attempts, 0, 100_000)) problems.push(`${path}.attempts: not a count`);
  else m.attempts = v.attempts;
  for (const field of ['bestScore', 'lastScore'] as const) {
    if (v[field] === undefined) continue;
    if (!isInt(v[field], 0, 100)) problems.push(`${path}.${field}: not a score from 0 to 100`);
    else m[field] = v[field];
  }
  for (const field of DATE_FIELDS) {
    if (v[field] === undefined) continue;
    if (!isCalendarDateTime(v[field])) problems.push(`${path}.${field}: not a date`);
    else if (!inTime(v[field])) problems.push(`${path}.${field}: in the future`);
    else m[field] = v[field];
  }
  if (!Array.isArray(v.sectionsRead) || v.sectionsRead.length > 1000 || !v.sectionsRead.every((i) => isInt(i, 0, 1000)))
    problems.push(`${path}.sectionsRead: not a list of section numbers`);
  else m.sectionsRead = [...new Set(v.sectionsRead as number[])].sort((a, b) => a - b);
  if (problems.length > before) return undefined;

  // Consistency: what the data claims must follow from what it holds.
  if (m.bestScore !== undefined && m.attempts < 1) problems.push(`${path}: a score without an attempt`);
  if (m.lastScore !== undefined && (m.bestScore === undefined || m.lastScore > m.bestScore)) problems.push(`${path}: last score above the best score`);
  const rule = own(ctx.rules, slug);
  if (m.completedAt && rule) {
    const allRead = Array.from({ length: rule.sectionCount }, (_, i) => i).every((i) => m.sectionsRead.includes(i));
    if (!allRead || (m.bestScore ?? -1) < rule.passMark) {
      if (ctx.unmetCompletion === 'drop') delete m.completedAt;
      else problems.push(`${path}: marked completed, but not every section was read and the quiz passed`);
    }
  }
  return problems.length > before ? undefined : m;
}

/** Checks a whole progress value and returns a clean copy of it, or the problems found. */
export function checkProgressData(value: unknown, context: CheckContext = {}): Checked<ProgressData> {
  const ctx: Required<CheckContext> = { rules: context.rules ?? {}, notAfter: context.notAfter ?? new Date(Date.now() + CLOCK_MARGIN_MS), unmetCompletion: context.unmetCompletion ?? 'reject' };
  const problems: string[] = [];
  if (!isObject(value)) return { ok: false, problems: ['not an object'] };
  keysOf(value, ['modules', 'learnerName', 'lastVisited'], 'data', problems);
  const data: ProgressData = { modules: nullObject<ModuleProgress>(), learnerName: '' };
  if (!isObject(value.modules)) problems.push('modules: not an object');
  else
    for (const slug of Object.keys(value.modules)) {
      if (!isSlug(slug)) {
        problems.push(`modules: "${slug}" is not a module name`);
        continue;
      }
      const m = checkModule(slug, value.modules[slug], ctx, problems);
      if (m) data.modules[slug] = m;
    }
  if (typeof value.learnerName !== 'string' || value.learnerName.length > MAX_NAME_LENGTH) problems.push('learnerName: not a name');
  else data.learnerName = cleanName(value.learnerName);
  if (value.lastVisited !== undefined) {
    const lv = value.lastVisited;
    if (!isObject(lv) || Object.keys(lv).sort().join(',') !== 'at,section,slug' || typeof lv.slug !== 'string' || !isSlug(lv.slug) || !isInt(lv.section, 0, 1000) || !isCalendarDateTime(lv.at) || Date.parse(lv.at) > ctx.notAfter.getTime())
      problems.push('lastVisited: not a place in a module');
    else data.lastVisited = { slug: lv.slug, section: lv.section, at: lv.at };
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: data };
}
