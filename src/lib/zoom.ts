// The arithmetic of the zoom widget (src/browser/zoom.ts), kept pure so it
// can be unit-tested without a browser.

export const ZOOM_MIN = 0.25;
export const ZOOM_MAX = 4;
/** Factor per press of Zooma in / Zooma ut. */
export const ZOOM_STEP = 1.25;

const round = (s: number) => Math.round(s * 1000) / 1000;

export function clampScale(s: number): number {
  if (!Number.isFinite(s) || s <= 0) return 1;
  return round(Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, s)));
}

/** One step in or out; lands exactly on 100 % when passing close to it. */
export function stepScale(s: number, direction: 1 | -1): number {
  const next = direction > 0 ? s * ZOOM_STEP : s / ZOOM_STEP;
  const crossed = (s < 1 && next > 1) || (s > 1 && next < 1);
  if (crossed || Math.abs(next - 1) < 0.02) return 1;
  return clampScale(next);
}

export interface Size {
  width: number;
  height: number;
}

/** The largest scale at which the content fits inside the box. */
export function fitScale(content: Size, box: Size): number {
  if (content.width <= 0 || content.height <= 0 || box.width <= 0 || box.height <= 0) return 1;
  return clampScale(Math.min(box.width / content.width, box.height / content.height));
}

/**
 * The scroll offset that keeps the point under the cursor (at `point` px from
 * the viewport edge) in place when the scale changes from `from` to `to`.
 */
export function scrollForZoom(scroll: number, point: number, from: number, to: number): number {
  return Math.max(0, ((scroll + point) * to) / from - point);
}

export type ZoomAction = 'in' | 'out' | 'reset';

/** Keys handled while the widget has focus (without Ctrl/Alt/Cmd). */
export function zoomKey(key: string): ZoomAction | null {
  if (key === '+' || key === '=' || key === 'Add') return 'in';
  if (key === '-' || key === '_' || key === 'Subtract') return 'out';
  if (key === '0') return 'reset';
  return null;
}

/** "125 %" the Swedish way (non-breaking space before the percent sign). */
export const percent = (s: number) => `${Math.round(s * 100)}\u00a0%`;
