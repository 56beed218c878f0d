/**
 * html-validate configuration for the built site (tests/pages/html-validate.test.ts; also
 * `npx html-validate dist`). The recommended preset, with only these changes:
 */
/** @type {import('html-validate').ConfigData} */
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // An SEO suggestion, not validity: page titles are the sources' own titles (long case and
    // initiative names, transcribed verbatim) plus " · Integrationskataloget"; cutting them would
    // make browser tabs and bookmarks ambiguous.
    'long-title': 'off',
  },
};
