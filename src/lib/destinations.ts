import type { Destination, DestinationNumber } from '../content-layer/schemas/destination';
import { DESTINATION_REGIONS } from '../content-layer/schemas/destination';

/**
 * How a country page groups its numbers: what to call in an emergency first, then the hotlines
 * for trafficking and work, then the Chinese missions. Kinds not listed here do not exist
 * (the schema's enum), so every number lands in exactly one group.
 */
export const NUMBER_GROUPS = [
  { id: 'emergency', kinds: ['emergency', 'police'] },
  { id: 'hotlines', kinds: ['trafficking', 'labour', 'advice'] },
  { id: 'embassy', kinds: ['embassy'] },
] as const satisfies readonly { id: string; kinds: readonly DestinationNumber['kind'][] }[];

export function groupNumbers(d: Destination): { id: (typeof NUMBER_GROUPS)[number]['id']; numbers: DestinationNumber[] }[] {
  return NUMBER_GROUPS.map((g) => ({ id: g.id, numbers: d.numbers.filter((n) => (g.kinds as readonly string[]).includes(n.kind)) })).filter((g) => g.numbers.length);
}

/** Countries by region, in the regions' order, each region's countries by their name in `collator`'s language. */
export function byRegion(destinations: readonly Destination[], name: (d: Destination) => string, collator: Intl.Collator) {
  return DESTINATION_REGIONS.map((region) => ({
    region,
    countries: destinations.filter((d) => d.region === region).sort((a, b) => collator.compare(name(a), name(b))),
  })).filter((r) => r.countries.length);
}
