import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DestinationSchema } from '../../src/content-layer/schemas/destination';
import { byRegion, groupNumbers } from '../../src/lib/destinations';

/**
 * Help by destination: only verified numbers, each with a source and a checked-on date; a country
 * without one says what is missing. The pages exist in every language because they are built from
 * this data for each locale (the end-to-end sweep visits every built page).
 */
const raw = parseYaml(fs.readFileSync('content/destinations.yaml', 'utf8')) as unknown[];
const destinations = raw.map((d) => DestinationSchema.parse(d));

describe('content/destinations.yaml', () => {
  it('covers at least 12 countries with a verified number, ids unique', () => {
    expect(destinations.filter((d) => d.numbers.length).length).toBeGreaterThanOrEqual(12);
    expect(new Set(destinations.map((d) => d.id)).size).toBe(destinations.length);
  });
  // A source and a valid date are DestinationSchema's rules (parsed above); a date in the future is not.
  it('no number claims a check in the future', () => {
    for (const d of destinations) for (const n of d.numbers) expect(n.checked.getTime(), `${d.id} ${n.number}`).toBeLessThanOrEqual(Date.now());
  });
  it('a tel: link dials the printed number', () => {
    for (const d of destinations)
      for (const n of d.numbers) {
        const printed = n.number.replace(/\s*\(.*\)$/, '').replace(/[^0-9+]/g, '');
        expect(n.tel.replace(/^\+\d{1,3}/, '0').endsWith(printed.replace(/^\+\d{1,3}/, '').replace(/^0/, '')), `${d.id}: ${n.number} vs ${n.tel}`).toBe(true);
      }
  });
  it('never publishes a number the brief marks as outdated or unverified', () => {
    const text = JSON.stringify(destinations);
    for (const bad of ['59913991', '0120-022332', '0120-76-2029', '1577-0071', '1300']) expect(text).not.toContain(bad);
  });
  // The schema's rule; tests/fixtures/content/schema-destination-missing shows the build stop on it.
  it('a country with no verified number says so', () => {
    expect(DestinationSchema.safeParse({ id: 'x', name: { en: 'X', 'zh-CN': '甲' }, region: 'africa', numbers: [] }).success).toBe(false);
  });
});

describe('grouping', () => {
  it('puts every number in exactly one group, emergency first', () => {
    for (const d of destinations) {
      const groups = groupNumbers(d);
      expect(groups.flatMap((g) => g.numbers).length).toBe(d.numbers.length);
      if (groups.length) expect(['emergency', 'hotlines', 'embassy']).toContain(groups[0]!.id);
    }
  });
  it('lists every country once, by region', () => {
    const regions = byRegion(destinations, (d) => d.name.en, new Intl.Collator('en'));
    expect(regions.flatMap((r) => r.countries).length).toBe(destinations.length);
  });
});
