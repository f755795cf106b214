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
