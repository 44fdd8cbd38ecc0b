/** What a search result should show and where it should lead, from Pagefind's result data. */

/** A part of a page under one heading, as Pagefind reports it (the heading's id is in `url`). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}

/**
 * Where a result should lead: the section of the page with the most matches, so that a reader of a
 * long module lands on the passage (on a phone, the section reader opens that section), with its
 * heading as the result's second line. The page itself when its opening (before any heading) holds
 * the most matches, or Pagefind reports no part. Ties go to the earlier part.
 */
export function bestPlace(result: PagefindResultData): { url: string; section?: string; excerpt: string } {
  let best: PagefindSubResult | undefined;
  for (const part of result.sub_results ?? []) if (!best || part.locations.length > best.locations.length) best = part;
  if (!best || best.url === result.url || !best.url.includes('#')) return { url: result.url, excerpt: result.excerpt };
  return { url: best.url, section: best.title, excerpt: best.excerpt };
}
