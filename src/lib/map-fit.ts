// Fitting the whole swimlane into the presentation stage. A grid laid out
// wider wraps its titles less and gets shorter, so the best scale is found by
// trying a few layout widths and keeping the one that fills the stage most.
// Pure: the browser passes a measuring function.
import type { Size } from './zoom.ts';

export interface Fit {
  /** Width to lay the grid out at (CSS px, before scaling). */
  width: number;
  scale: number;
}

/**
 * @param stage the space available
 * @param measure the grid's natural height when laid out at a width
 * @param maxScale never enlarge beyond this (type would get coarse)
 */
export function fitMap(stage: Size, measure: (width: number) => number, maxScale = 1.6): Fit {
  if (stage.width <= 0 || stage.height <= 0) return { width: Math.max(1, stage.width), scale: 1 };
  let best: Fit = { width: stage.width, scale: 0 };
  // From a layout twice as large as the stage down to half its width: scales 0.5 … 2.
  for (const factor of [0.625, 0.75, 0.875, 1, 1.15, 1.3, 1.5, 1.75, 2]) {
    const width = Math.round(stage.width * factor);
    const height = measure(width);
    if (height <= 0) continue;
    const scale = Math.min(maxScale, stage.width / width, stage.height / height);
    if (scale > best.scale + 1e-6) best = { width, scale };
  }
  return best.scale > 0 ? best : { width: stage.width, scale: 1 };
}
