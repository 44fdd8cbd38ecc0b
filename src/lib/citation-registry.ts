import type { CitationFile, Instrument, Pinpoint } from '../schemas/citation';
import type { LocaleCode } from '../i18n/locales';

/** A citation as a page shows it: the instrument, and the pinpoint when there is one. */
export interface ResolvedCitation {
  id: string;
  instrumentId: string;
  instrument: Instrument;
  pinpoint?: Pinpoint;
}

export interface CitationRegistry {
  instruments: Map<string, Instrument>;
  citations: Map<string, Pinpoint>;
}

/**
 * Merges the citation files into one registry. Returns the problems instead of throwing so that
 * every problem across every file is reported at once: an id defined twice (both files named), a
 * pinpoint whose instrument does not exist.
 */
export function mergeCitationFiles(files: { file: string; data: CitationFile }[]): {
  registry: CitationRegistry;
  problems: string[];
} {
  const instruments = new Map<string, Instrument>();
  const citations = new Map<string, Pinpoint>();
  const definedIn = new Map<string, string>();
  const problems: string[] = [];
  const define = (id: string, file: string): boolean => {
    const earlier = definedIn.get(id);
    if (earlier) {
      problems.push(`${file}: id "${id}" is already defined in ${earlier}`);
      return false;
    }
    definedIn.set(id, file);
    return true;
  };
  for (const { file, data } of files) {
    for (const [id, instrument] of Object.entries(data.instruments ?? {}))
      if (define(id, file)) instruments.set(id, instrument);
    for (const [id, pinpoint] of Object.entries(data.citations ?? {}))
      if (define(id, file)) citations.set(id, pinpoint);
  }
  for (const [id, pinpoint] of citations) {
    if (!instruments.has(pinpoint.instrument))
      problems.push(`${definedIn.get(id)}: citation "${id}" names instrument "${pinpoint.instrument}", which is not defined`);
  }
  return { registry: { instruments, citations }, problems };
}

/** Resolves an id that names either a pinpoint or a whole instrument. */
export function resolveCitation(registry: CitationRegistry, id: string): ResolvedCitation | undefined {
  const pinpoint = registry.citations.get(id);
  if (pinpoint) {
    const instrument = registry.instruments.get(pinpoint.instrument);
    return instrument && { id, instrumentId: pinpoint.instrument, instrument, pinpoint };
  }
  const instrument = registry.instruments.get(id);
  return instrument && { id, instrumentId: id, instrument };
}

/** The short label a reader sees inline: "C029, Art. 2(1)" / "第29号公约第2条第1款". */
export function citationLabel(c: ResolvedCitation, locale: LocaleCode, join: (short: string, pinpoint: string) => string): string {
  const short = c.instrument.short[locale];
  return c.pinpoint ? join(short, c.pinpoint.pinpoint[locale]) : short;
}

const KIND_ORDER = [
  'ilo-convention',
  'ilo-protocol',
  'ilo-recommendation',
  'ilo-declaration',
  'un-treaty',
  'china-law',
  'china-regulation',
  'china-policy',
  'ilo-guidance',
  'ilo-report',
  'other',
];

/** Instruments for a source list: international standards first, then Chinese law, then guidance; by year. */
export function sortInstrumentIds(registry: CitationRegistry, ids: Iterable<string>): string[] {
  const rank = (id: string) => KIND_ORDER.indexOf(registry.instruments.get(id)?.kind ?? 'other');
  const year = (id: string) => registry.instruments.get(id)?.year ?? 0;
  return [...new Set(ids)].sort((a, b) => rank(a) - rank(b) || year(a) - year(b) || a.localeCompare(b));
}
