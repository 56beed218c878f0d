/**
 * Site settings that an operator changes without touching pages. Keep this small: everything
 * else is content (content/) or UI text (src/i18n/da.json).
 */
export const siteConfig = {
  /** Who publishes the catalogue and answers for it. */
  publisher: 'Integrationskatalogets redaktion',
  /** Where readers report an error in the catalogue ("Rapportér en fejl" on every entry page). */
  corrections: {
    /** The editors' address; the page's permalink goes in the subject. */
    email: 'redaktion@integrationskataloget.dk',
  },
  /** Contact details and dates of the accessibility statement (/tilgaengelighed/). */
  accessibility: {
    /** Where readers report accessibility problems. */
    email: 'tilgaengelighed@integrationskataloget.dk',
    /** Working days within which a report is answered. */
    responseDays: 10,
    /** When the statement was written (ISO date). */
    statementDate: '2026-11-26',
    /** When the site was last assessed against WCAG 2.1 AA (ISO date). */
    assessedDate: '2026-11-26',
  },
} as const;
