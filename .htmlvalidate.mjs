// html-validate's recommended rules apply to every built page (tests/e2e/html-valid.spec.ts).
// Rules turned off, each with its reason:
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Page titles carry the site name after the page title ("… · Fair Work Guide"); module titles
    // are legal subjects that run long. Search engines cut, nothing breaks.
    'long-title': 'off',
  },
};
