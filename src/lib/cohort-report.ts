import { scoreQuestion, type ScorableQuestion } from './quiz-score';
import { nameKey, type TraineeResult } from './session-result';

/**
 * The facilitator's cohort: the results handed in for one session, and the report computed from
 * them. A trainee is their normalised name: a second hand-in from the same name replaces the
 * first (the later test is the one that counts), so nobody is counted twice; a result from
 * another session is refused rather than mixed in.
 */
export interface Cohort {
  sessionId: string;
  /** By nameKey. */
  trainees: Record<string, StoredResult>;
}

export interface StoredResult extends TraineeResult {
  /** ISO time of the last hand-in. */
  receivedAt: string;
}

export type AddOutcome = 'added' | 'updated' | 'unchanged' | 'other-session';

export function emptyCohort(sessionId: string): Cohort {
  return { sessionId, trainees: {} };
}

export function addResult(cohort: Cohort, result: TraineeResult, receivedAt: string): { cohort: Cohort; outcome: AddOutcome } {
  if (result.sessionId !== cohort.sessionId) return { cohort, outcome: 'other-session' };
  const key = nameKey(result.name);
  const before = cohort.trainees[key];
  if (before && sameAnswers(before, result) && before.name === result.name) return { cohort, outcome: 'unchanged' };
  const trainees = { ...cohort.trainees, [key]: { ...result, receivedAt } };
  return { cohort: { ...cohort, trainees }, outcome: before ? 'updated' : 'added' };
}

function sameAnswers(a: TraineeResult, b: TraineeResult): boolean {
  return JSON.stringify([a.pre, a.post]) === JSON.stringify([b.pre, b.post]);
}

/** One item of the session, with the module it belongs to. */
export interface ReportItem {
  module: string;
  question: ScorableQuestion;
}

export interface TestScore {
  correct: number;
  answered: number;
  total: number;
  /** Correct over all items, rounded. */
  percent: number;
}

export interface TraineeRow {
  key: string;
  name: string;
  pre: TestScore;
  post: TestScore;
  /** post.percent − pre.percent, in percentage points. */
  gain: number;
  receivedAt: string;
}

export interface OptionMiss {
  optionId: string;
  /** Trainees who answered the item and left out this right option. */
  missedPre: number;
  missedPost: number;
}

export interface ItemRow {
  module: string;
  id: string;
  type: ScorableQuestion['type'];
  correctPre: number;
  correctPost: number;
  /** Correct over all trainees (an unanswered item counts as not correct), rounded percent. */
  sharePre: number;
  sharePost: number;
  /** For case and multiple-choice items: the right options (indicators, elements) most missed after the module first. */
  misses: OptionMiss[];
}

export interface ModuleRow {
  module: string;
  /** Trainees who answered every post-test item of the module. */
  completed: number;
  trainees: number;
}

export interface CohortReport {
  trainees: TraineeRow[];
  items: ItemRow[];
  modules: ModuleRow[];
  meanPre: number;
  meanPost: number;
  meanGain: number;
}

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);
const mean = (values: number[]) => (values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : 0);

export function cohortReport(cohort: Cohort, items: ReportItem[]): CohortReport {
  const results = Object.entries(cohort.trainees).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // correct[t][i]: did trainee t answer item i correctly, before (0) and after (1)?
  const verdicts = results.map(([, r]) => [r.pre, r.post].map((answers) => items.map((item, i) => (answers[i] ? scoreQuestion(item.question, answers[i]) : undefined))));

  const score = (v: (ReturnType<typeof scoreQuestion> | undefined)[]): TestScore => {
    const correct = v.filter((x) => x?.correct).length;
    return { correct, answered: v.filter(Boolean).length, total: items.length, percent: percent(correct, items.length) };
  };
  const trainees = results.map(([key, r], t): TraineeRow => {
    const pre = score(verdicts[t]![0]!);
    const post = score(verdicts[t]![1]!);
    return { key, name: r.name, pre, post, gain: post.percent - pre.percent, receivedAt: r.receivedAt };
  });

  const itemRows = items.map((item, i): ItemRow => {
    const q = item.question;
    const correctAt = (phase: 0 | 1) => verdicts.filter((v) => v[phase]![i]?.correct).length;
    const misses: OptionMiss[] =
      q.type === 'case' || q.type === 'multiple'
        ? q.options
            .filter((o) => o.correct)
            .map((o) => {
              const missedAt = (phase: 0 | 1) => verdicts.filter((v) => v[phase]![i]?.options?.[o.id] === 'missed').length;
              return { optionId: o.id, missedPre: missedAt(0), missedPost: missedAt(1) };
            })
            .sort((a, b) => b.missedPost - a.missedPost || b.missedPre - a.missedPre)
        : [];
    const correctPre = correctAt(0);
    const correctPost = correctAt(1);
    return { module: item.module, id: q.id, type: q.type, correctPre, correctPost, sharePre: percent(correctPre, results.length), sharePost: percent(correctPost, results.length), misses };
  });

  const moduleSlugs = [...new Set(items.map((i) => i.module))];
  const modules = moduleSlugs.map((module): ModuleRow => {
    const indices = items.flatMap((item, i) => (item.module === module ? [i] : []));
    const completed = results.filter(([, r]) => indices.every((i) => r.post[i])).length;
    return { module, completed, trainees: results.length };
  });

  return {
    trainees,
    items: itemRows,
    modules,
    meanPre: mean(trainees.map((t) => t.pre.percent)),
    meanPost: mean(trainees.map((t) => t.post.percent)),
    meanGain: mean(trainees.map((t) => t.gain)),
  };
}

export type TraineeSortKey = 'name' | 'pre' | 'post' | 'gain';

export function sortTrainees(rows: TraineeRow[], key: TraineeSortKey, descending: boolean, locale: string): TraineeRow[] {
  const value = (r: TraineeRow) => (key === 'name' ? 0 : key === 'gain' ? r.gain : r[key].percent);
  const sorted = [...rows].sort((a, b) => (key === 'name' ? a.name.localeCompare(b.name, locale) : value(a) - value(b)) || a.name.localeCompare(b.name, locale));
  return descending ? sorted.reverse() : sorted;
}

/**
 * A spreadsheet cell. Quoted always; a leading =, +, -, @, tab or carriage return gets an
 * apostrophe, so a name typed as a formula cannot run in the facilitator's spreadsheet.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export interface CsvLabels {
  name: string;
  preCorrect: string;
  prePercent: string;
  postCorrect: string;
  postPercent: string;
  gain: string;
}

/** One row per trainee; CRLF line ends as RFC 4180 asks, and a BOM so spreadsheet programs read Chinese names as UTF-8. */
export function traineesCsv(report: CohortReport, labels: CsvLabels): string {
  const header = [labels.name, labels.preCorrect, labels.prePercent, labels.postCorrect, labels.postPercent, labels.gain];
  const rows = report.trainees.map((t) => [t.name, t.pre.correct, t.pre.percent, t.post.correct, t.post.percent, t.gain]);
  return '\ufeff' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
