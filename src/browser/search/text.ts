// Small text helpers shared by the search field and the search page.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for HTML (content and double-quoted attributes). */
export const esc = (s: unknown): string => String(s).replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c);

export const hitsText = (n: number): string => (n === 1 ? '1 träff' : `${n} träffar`);
