import type { CitationRegistry } from './citation-registry';
import type { TranslationState } from '../content-layer/translation-revision';

/**
 * What a maintainer should look at before the next content review: citations whose last check is
 * missing or older than a year, facts the content itself marks as not fully verified, translations
 * behind their English source, and review findings not (fully) taken.
 */
export interface ContentReport {
  unchecked: string[];
  staleChecks: { id: string; on: string }[];
  unverified: { where: string; what: string }[];
  translations: TranslationState[];
  openFindings: { review: string; id: string; status: string; reason: string }[];
}

export const RECHECK_AFTER_DAYS = 365;

export function citationChecks(registry: CitationRegistry, today: Date): Pick<ContentReport, 'unchecked' | 'staleChecks'> {
  const cutoff = new Date(today.getTime() - RECHECK_AFTER_DAYS * 86_400_000).toISOString().slice(0, 10);
  const unchecked: string[] = [];
  const staleChecks: { id: string; on: string }[] = [];
  for (const [id, pinpoint] of registry.citations) {
    const check = pinpoint.checked ?? registry.instruments.get(pinpoint.instrument)?.checked;
    if (!check) unchecked.push(id);
    else if (check.on < cutoff) staleChecks.push({ id, on: check.on });
  }
  return { unchecked: unchecked.sort(), staleChecks: staleChecks.sort((a, b) => a.on.localeCompare(b.on)) };
}

/** Phrases by which the content says a fact is not fully verified, in either language. */
export const UNVERIFIED_MARKERS = /not (?:been )?(?:fully )?verified|could not verify|unverified|partly verified|check before use|未(?:能)?(?:完全)?核实|无法核实|尚待核实|请核实/;

export function formatReport(r: ContentReport): string {
  const out: string[] = [];
  const section = (title: string, lines: string[]) => out.push(`\n${title} (${lines.length})`, ...(lines.length ? lines.map((l) => `  ${l}`) : ['  none']));
  section('Citations never checked against the text', r.unchecked);
  section(`Citations last checked more than ${RECHECK_AFTER_DAYS} days ago`, r.staleChecks.map((c) => `${c.id} (${c.on})`));
  section('Facts marked as not fully verified', r.unverified.map((u) => `${u.where}: ${u.what}`));
  section('Translations behind their English source', r.translations.filter((t) => t.state !== 'current').map((t) => `${t.file}: ${t.state === 'stale' ? `${t.source} changed since it was translated` : 'no sourceRevision recorded'}`));
  section('Review findings rejected or partly taken', r.openFindings.map((f) => `${f.review} ${f.id} [${f.status}]: ${f.reason}`));
  return out.join('\n').trim();
}
