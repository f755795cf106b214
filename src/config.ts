// Site settings that editors or operators may change, in one place.
export const SITE_NAME = 'Metodstöd kvotflyktingar';
export const SITE_OWNER = 'Stockholms stad, socialförvaltningen';
export const PLATFORM = 'Plattform socialtjänst';

/**
 * Where "Föreslå ändring" points: the repository's web editor, followed by the
 * file path (content/…). Set EDIT_BASE_URL at build time for the real host.
 */
export const EDIT_BASE_URL =
  process.env.EDIT_BASE_URL ?? 'https://github.com/stockholms-stad/metodstod-kvotflyktingar/edit/main/';

/**
 * Where "Hittade du något fel?" sends a reader when the page's owning unit has no
 * `contact` address of its own: a functional mailbox of the unit that manages the
 * site, never a person. No address is in the source documents, so it is unset until
 * the owning unit gives one (FEEDBACK_EMAIL at build time); until then the build warns
 * and the link points to the contact page.
 */
export const FEEDBACK_EMAIL: string | undefined = process.env.FEEDBACK_EMAIL || undefined;
