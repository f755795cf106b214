// How a source document is named where a fact cites it, and the note for general knowledge.
import { DOCUMENT_TYPES, type DocumentType } from '../schemas/dokument.ts';

/** Shown where a text is general knowledge rather than taken from a seed document. */
export const GENERAL_NOTE = 'Allmän beskrivning, inte ur projektets dokument.';

/** "Slutrapport (Socialförvaltningen, Stockholms stad, 2020)": short enough to stand after each fact. */
export function sourceLabel(doc: { type: DocumentType; issuer: string; date: string } | undefined, id: string): string {
  if (!doc) return id;
  return `${DOCUMENT_TYPES[doc.type]} (${doc.issuer}, ${doc.date.slice(0, 4)})`;
}
