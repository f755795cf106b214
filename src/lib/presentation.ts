// Presentation mode rules, pure: which key does what, how the current step is
// kept in the URL (?presentation&steg=<id>), and moving between steps.

export type PresentAction = 'next' | 'prev' | 'first' | 'last' | 'close';

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
    default:
      return null;
  }
}

export function moveIndex(index: number, action: Exclude<PresentAction, 'close'>, length: number): number {
  if (length <= 0) return 0;
  const target = { next: index + 1, prev: index - 1, first: 0, last: length - 1 }[action];
  return Math.min(length - 1, Math.max(0, target));
}

export interface PresentationState {
  open: boolean;
  step: string | null;
}

export function readPresentation(search: string): PresentationState {
  const params = new URLSearchParams(search);
  return { open: params.has('presentation'), step: params.get('steg') || null };
}

/**
 * The query string with presentation state: `?presentation&steg=<id>` while
 * presenting (other parameters kept), without both when `step` is null.
 */
export function presentationSearch(search: string, step: string | null): string {
  const params = new URLSearchParams(search);
  params.delete('presentation');
  params.delete('steg');
  const parts = params.toString() ? [params.toString()] : [];
  if (step !== null) parts.push('presentation', `steg=${encodeURIComponent(step)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

export const counterText = (index: number, length: number) => `Steg ${index + 1} av ${length}`;
