// html-validate's recommended rules apply to every built page (tests/e2e/html-valid.spec.ts).
// Rules turned off, each with its reason:
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Page titles carry the site name after the page title ("… · Fair Work Guide"); module titles
    // are legal subjects that run long. Search engines cut, nothing breaks.
    'long-title': 'off',
    // The HTML is generated (Astro keeps the templates' indentation so that running text keeps its
    // spaces); trailing whitespace in output is not authored and changes nothing for a reader.
    'no-trailing-whitespace': 'off',
    // Heading ids come from the heading text, so Chinese headings give Chinese ids and numbered
    // headings ("2014年议定书…", "1. Abuse of vulnerability") start with a digit. HTML allows any id
    // without spaces; the strict default only protects hand-written CSS selectors, which we avoid.
    'valid-id': ['error', { relaxed: true }],
    // WCAG technique H32 asks every form for a submit button. The job-offer self-check is a form
    // only for its reset button; it is never submitted, by design: nothing a worried reader ticks
    // may leave the device. The search form keeps its submit button.
    'wcag/h32': 'off',
  },
};
