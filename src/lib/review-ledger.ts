import { z } from 'zod';

/**
 * Review ledgers: every finding of a content review gets an entry saying what was done about it.
 * A review report is Markdown (kept in content/reviews/ as it was delivered); its findings are
 * found by the shapes reviewers use for them, so the ledger can be checked against the report
 * itself rather than against a list someone typed again.
 */

/**
 * The ids of the findings in a review report, in order:
 * - a heading `### A1. …` or `### 12. …`;
 * - a bullet `- **C3 (certain).** …` or `- **D1.** …`; `- **Aside …**` becomes `<section>-aside`;
 * - in a `## E. …` section that has no `###` headings, a numbered item `1. **…**` becomes `E1`.
 * Lines inside fenced code blocks are ignored.
 */
export function findingIds(markdown: string): string[] {
  const ids: string[] = [];
  let section = '';
  let sectionHasHeadings = false;
  let pendingNumbered: string[] = [];
  let inFence = false;
  const flushSection = () => {
    if (!sectionHasHeadings) ids.push(...pendingNumbered);
    pendingNumbered = [];
  };
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) inFence = !inFence;
    if (inFence) continue;
    const sectionMatch = /^## ([A-Z])\.\s/.exec(line);
    if (sectionMatch || /^## /.test(line)) {
      flushSection();
      section = sectionMatch?.[1] ?? '';
      sectionHasHeadings = false;
      continue;
    }
    const heading = /^### ([A-Z]?\d+)\.\s/.exec(line);
    if (heading) {
      sectionHasHeadings = true;
      ids.push(heading[1]!);
      continue;
    }
    const bullet = /^- \*\*([A-Z]\d+)[\s.(*]/.exec(line);
    if (bullet) {
      ids.push(bullet[1]!);
      continue;
    }
    if (section && /^- \*\*Aside\b/.test(line)) {
      ids.push(`${section}-aside`);
      continue;
    }
    const numbered = /^(\d+)\. \*\*/.exec(line);
    if (numbered && section) pendingNumbered.push(`${section}${numbered[1]}`);
  }
  flushSection();
  return ids;
}

export const LEDGER_STATUSES = ['fixed', 'rejected', 'partly'] as const;

const LedgerEntrySchema = z
  .strictObject({
    status: z.enum(LEDGER_STATUSES),
    /** One line: what was done, or why not. */
    reason: z.string().trim().min(10).refine((s) => !s.includes('\n'), 'one line'),
    /** Required when the finding is rejected or only partly taken: the source that shows why. */
    source: z.string().trim().min(3).optional(),
    /** Where the change is (content files), for the next reviewer. */
    files: z.array(z.string().min(1)).optional(),
  })
  .refine((e) => e.status === 'fixed' || e.source !== undefined, {
    message: 'a rejected or partly-taken finding names its source',
    path: ['source'],
  });

export const LedgerFileSchema = z.strictObject({
  /** The report's file name in content/reviews/. */
  review: z.string().regex(/\.md$/),
  findings: z.record(z.string().regex(/^[A-Z]?\d+$|^[A-Z]-aside$/), LedgerEntrySchema),
});
export type LedgerFile = z.infer<typeof LedgerFileSchema>;
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;

/** What is wrong between a report and the ledger files that answer it: missing, unknown and doubled ids. */
export function ledgerProblems(reportIds: readonly string[], ledgers: readonly { file: string; data: LedgerFile }[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const { file, data } of ledgers) {
    for (const id of Object.keys(data.findings)) {
      const earlier = seen.get(id);
      if (earlier) problems.push(`${file}: finding ${id} is also answered in ${earlier}`);
      else seen.set(id, file);
      if (!reportIds.includes(id)) problems.push(`${file}: finding ${id} is not in ${data.review}`);
    }
  }
  for (const id of reportIds) if (!seen.has(id)) problems.push(`${ledgers[0]?.data.review ?? 'review'}: finding ${id} has no ledger entry`);
  return problems;
}
