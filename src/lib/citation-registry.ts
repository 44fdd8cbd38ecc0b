import type { Checked, CitationFile, Instrument, Pinpoint } from '../content-layer/schemas/citation';
import { LOCALE_CODES, type LocaleCode } from '../i18n/locales';

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

/** A quote as a page shows it: the words, their language (set as `lang` when not the page's) and their source. */
export interface QuoteForPage {
  text: string;
  lang: LocaleCode;
  source: string;
}

/**
 * The words of a citation for a page in `locale`: in the page's language when an authentic or
 * official text exists in it, otherwise in the first language that has one (the Chinese text of a
 * statute in an English module). Undefined when the registry holds no quote for it.
 */
export function quoteFor(c: ResolvedCitation, locale: LocaleCode): QuoteForPage | undefined {
  const quote = c.pinpoint?.quote;
  if (!quote) return undefined;
  const lang = quote[locale] ? locale : LOCALE_CODES.find((code) => quote[code]);
  const text = lang && quote[lang];
  return text && { text: text.text, source: text.source, lang };
}

/** A citation's last check: its own, else its instrument's. */
export function lastCheck(c: ResolvedCitation): Checked | undefined {
  return c.pinpoint?.checked ?? c.instrument.checked;
}

/**
 * When the citations a page makes to one instrument were checked: the oldest of their checks, or
 * undefined when any of them has none (a page must not claim a check that one citation lacks).
 */
export function oldestCheck(citations: readonly ResolvedCitation[]): Checked | undefined {
  let oldest: Checked | undefined;
  for (const c of citations) {
    const check = lastCheck(c);
    if (!check) return undefined;
    if (!oldest || check.on < oldest.on) oldest = check;
  }
  return oldest;
}
