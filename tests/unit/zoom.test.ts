import { describe, expect, it } from 'vitest';
import {
  ZOOM_MAX,
  ZOOM_MIN,
  clampScale,
  fitScale,
  percent,
  scrollForZoom,
  stepScale,
  zoomKey,
} from '../../src/lib/zoom.ts';

describe('zoom arithmetic', () => {
  it('clamps the scale and treats nonsense as 100 %', () => {
    expect(clampScale(10)).toBe(ZOOM_MAX);
    expect(clampScale(0.01)).toBe(ZOOM_MIN);
    expect(clampScale(0)).toBe(1);
    expect(clampScale(Number.NaN)).toBe(1);
    expect(clampScale(1.23456)).toBe(1.235);
  });

  it('steps in and out and comes back to exactly 100 %', () => {
    expect(stepScale(1, 1)).toBe(1.25);
    expect(stepScale(1.25, -1)).toBe(1);
    expect(stepScale(1, -1)).toBe(0.8);
    expect(stepScale(0.9, 1)).toBe(1);
    let s = 1;
    for (let i = 0; i < 20; i++) s = stepScale(s, 1);
    expect(s).toBe(ZOOM_MAX);
  });

  it('fits by the tighter dimension', () => {
    expect(fitScale({ width: 2000, height: 500 }, { width: 1000, height: 1000 })).toBe(0.5);
    expect(fitScale({ width: 500, height: 2000 }, { width: 1000, height: 1000 })).toBe(0.5);
    expect(fitScale({ width: 100, height: 100 }, { width: 300, height: 200 })).toBe(2);
    expect(fitScale({ width: 0, height: 100 }, { width: 300, height: 200 })).toBe(1);
  });

  it('keeps the point under the cursor in place', () => {
    // Point 100 px into the viewport, scrolled 50: content x = 150 at 1×, 300 at 2×.
    expect(scrollForZoom(50, 100, 1, 2)).toBe(200);
    expect(scrollForZoom(200, 100, 2, 1)).toBe(50);
    expect(scrollForZoom(0, 100, 2, 1)).toBe(0);
  });

  it('maps keys', () => {
    expect(['+', '=', '-', '0', 'a'].map(zoomKey)).toEqual(['in', 'in', 'out', 'reset', null]);
  });

  it('formats Swedish percent', () => expect(percent(1.25)).toBe('125\u00a0%'));
});
