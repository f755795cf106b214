// Presentation mode rules, pure: which key does what, how the state is kept
// in the URL (?presentation&steg=<id>&talare&stegvis&aktor=<id>), and moving
// between steps.

export type PresentAction = 'next' | 'prev' | 'first' | 'last' | 'close' | 'blank';

/** Keys a facilitator (or a presentation clicker) sends. */
export function presentationKey(key: string, shift = false): PresentAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      return shift ? 'prev' : 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'close';
    // The slide-show convention for a black screen (clickers send "." or "b").
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    default:
      return null;
  }
}

export function moveIndex(index: number, action: 'next' | 'prev' | 'first' | 'last', length: number): number {
  if (length <= 0) return 0;
  const target = { next: index + 1, prev: index - 1, first: 0, last: length - 1 }[action];
  return Math.min(length - 1, Math.max(0, target));
}

export interface PresentationState {
  open: boolean;
  step: string | null;
  /** The presenter view (?talare). */
  speaker: boolean;
  /** Progressive reveal: steps not yet reached are dimmed (?stegvis). */
  reveal: boolean;
  /** Lane focus: the actor whose lane is highlighted (?aktor=<id>). */
  actor: string | null;
}

export const CLOSED: PresentationState = { open: false, step: null, speaker: false, reveal: false, actor: null };

export function readPresentation(search: string): PresentationState {
  const p = new URLSearchParams(search);
  return {
    open: p.has('presentation'),
    step: p.get('steg') || null,
    speaker: p.has('talare'),
    reveal: p.has('stegvis'),
    actor: p.get('aktor') || null,
  };
}

const OWN = ['presentation', 'steg', 'talare', 'stegvis', 'aktor'];

/**
 * The query string for a state, other parameters kept: flags are written
 * bare (`?presentation&steg=a&talare`), and nothing of the presentation is
 * left when it is closed (the lane focus stays: it also works on the page).
 */
export function stateSearch(search: string, state: PresentationState): string {
  const params = new URLSearchParams(search);
  for (const k of OWN) params.delete(k);
  const parts = params.toString() ? [params.toString()] : [];
  if (state.open) {
    parts.push('presentation');
    if (state.step !== null) parts.push(`steg=${encodeURIComponent(state.step)}`);
    if (state.speaker) parts.push('talare');
    if (state.reveal) parts.push('stegvis');
  }
  if (state.actor) parts.push(`aktor=${encodeURIComponent(state.actor)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** `?presentation&steg=<id>` while presenting, without both when `step` is null (other state kept). */
export function presentationSearch(search: string, step: string | null): string {
  const state = readPresentation(search);
  return stateSearch(search, step === null ? { ...CLOSED, actor: state.actor } : { ...state, open: true, step });
}

export const counterText = (index: number, length: number) => `Steg ${index + 1} av ${length}`;

/** Steps before the current one are reached; with progressive reveal the rest are dimmed. */
export const isRevealed = (index: number, current: number, reveal: boolean) => !reveal || index <= current;

/** Elapsed time as m:ss or h:mm:ss. */
export function elapsedText(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
