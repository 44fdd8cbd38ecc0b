/**
 * The search page: queries Pagefind's index for the page's language (Pagefind picks it from
 * <html lang>). Everything is served by the site itself; nothing leaves the origin.
 */
import { translatorFrom } from '../i18n/translate-lite';
import { bestPlace, type PagefindResultData } from '../lib/search-place';

interface PagefindResult {
  data: () => Promise<PagefindResultData>;
}

interface Pagefind {
  init: () => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 20;

export function initSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !status || !list || !input) return;
  const t = translatorFrom(form);
  status.textContent = t('search.ready');

  let pagefind: Promise<Pagefind> | undefined;
  const load = () => {
    // A URL in a variable, so the bundler leaves it alone: the file only exists after the build.
    const url = '/pagefind/pagefind.js';
    return (pagefind ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => (await pf.init(), pf)));
  };

  const run = async (query: string) => {
    list.replaceChildren();
    if (!query.trim()) {
      status.textContent = t('search.ready');
      return;
    }
    status.textContent = t('search.searching');
    try {
      const pf = await load();
      const { results } = await pf.search(query);
      const top = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
      for (const result of top) {
        const place = bestPlace(result);
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = place.url;
        link.textContent = result.meta.title ?? result.url;
        item.append(link);
        if (place.section) {
          const section = document.createElement('p');
          section.className = 'search-result__section';
          section.textContent = place.section;
          item.append(section);
        }
        const excerpt = document.createElement('p');
        // Pagefind's excerpt is text from this site's own pages with <mark> around the match.
        excerpt.innerHTML = place.excerpt;
        item.append(excerpt);
        list.append(item);
      }
      status.textContent = t('search.count', { count: results.length, query });
    } catch {
      status.textContent = t('search.failed');
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value;
    history.replaceState(null, '', `?q=${encodeURIComponent(query)}`);
    void run(query);
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
