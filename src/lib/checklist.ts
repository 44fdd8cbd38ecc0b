import type { Question } from '../content-layer/schemas/quiz';
import type { LocalizedText } from '../content-layer/schemas/localized';

/** One sign on the printable checklist: an indicator the module's case scenarios teach. */
export interface ChecklistIndicator {
  id: string;
  text: LocalizedText;
}

/**
 * The indicators for a module's checklist, taken from its quiz: every option that is keyed as
 * present in at least one case scenario, once per option id, in the order the cases first name
 * them. Distractors that no case keys as present are left out, so the list holds only signs the
 * module shows in a case and explains.
 */
export function caseIndicators(questions: readonly Question[]): ChecklistIndicator[] {
  const seen = new Map<string, ChecklistIndicator>();
  for (const q of questions) {
    if (q.type !== 'case') continue;
    for (const option of q.options)
      if (option.correct && !seen.has(option.id)) seen.set(option.id, { id: option.id, text: option.text });
  }
  return [...seen.values()];
}
