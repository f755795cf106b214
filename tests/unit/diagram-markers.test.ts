import { describe, expect, it } from 'vitest';
import { fillMarkers, marker, markerHashes } from '../../src/lib/diagram-markers.ts';

const A = '0123456789abcdef';
const B = 'fedcba9876543210';

describe('diagram markers', () => {
  it('finds each hash once', () => {
    expect([...markerHashes(`<p>${marker(A)}</p>${marker(B)}${marker(A)}`)]).toEqual([A, B]);
  });

  it('puts every SVG in, the same diagram twice too', () => {
    const svgs: Record<string, string> = { [A]: '<svg>a</svg>', [B]: '<svg>b</svg>' };
    expect(fillMarkers(`${marker(A)}|${marker(B)}|${marker(A)}`, (h) => svgs[h])).toBe(
      '<svg>a</svg>|<svg>b</svg>|<svg>a</svg>',
    );
  });

  it('leaves a page without markers as it is', () => {
    expect(fillMarkers('<p>text</p><!-- a comment -->', () => undefined)).toBe('<p>text</p><!-- a comment -->');
  });

  it('gives undefined when one SVG is missing, so the caller draws it', () => {
    expect(fillMarkers(`${marker(A)}${marker(B)}`, (h) => (h === A ? '<svg/>' : undefined))).toBeUndefined();
  });
});
