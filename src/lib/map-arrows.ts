// Geometry of the handover arrows, drawn at build time as one SVG laid over
// the body of the swimlane grid. The phase columns are equal (1fr) and so are
// the body rows (1fr rows in an auto-height grid all take the tallest row's
// height), so every cell edge is a fraction of the overlay. Offsets from those
// edges (card margins, the title line) are in em and applied through nested
// <svg x y> frames, since one SVG attribute cannot mix % and em. Pure string
// building: the arrows print and need no JavaScript.

export interface ArrowCell {
  /** 1-based phase column. */
  column: number;
  /** 1-based body row. */
  row: number;
}

export interface ArrowGeometry {
  columns: number;
  rows: number;
  /** Card margin on its right side, the gutter the arrows run in (em). */
  gutter: number;
  /** Card margin on its left side (em). */
  inset: number;
  /** From a row's top to the line an arrow leaves and enters at (em). */
  lineY: number;
}

/** Must match the card margins in MapStepCard.astro (--card-gutter, --card-inset). */
export const ARROW_SPACING = { gutter: 1.5, inset: 0.3, lineY: 1.35 } as const;

/** Stroke width, head length and head half-width (em): arrows grow with the type. */
const W = 0.18;
const HEAD = 0.6;
const HALF = 0.36;

const pct = (n: number) => `${+(n * 100).toFixed(4)}%`;
const em = (n: number) => `${+n.toFixed(4)}em`;

/** Content placed at (x, y) of the overlay (fractions) plus (dx, dy) em. */
const at = (x: number, y: number, dx: number, dy: number, body: string) =>
  `<svg x="${pct(x)}" y="${pct(y)}" overflow="visible"><svg x="${em(dx)}" y="${em(dy)}" overflow="visible">${body}</svg></svg>`;

/** A horizontal bar from x1 to x2 em (on the frame's origin line). */
const hBar = (x1: number, x2: number) =>
  `<rect x="${em(Math.min(x1, x2))}" y="${em(-W / 2)}" width="${em(Math.abs(x2 - x1))}" height="${em(W)}"/>`;

/**
 * One arrow from the card in `a` to the card in `b` (b later in reading order,
 * so b.column >= a.column): out of a's right edge into the gutter, along the
 * gutter to b's row, then into b (from the left in a later column, back from
 * the right in the same column).
 */
export function arrowElements(a: ArrowCell, b: ArrowCell, g: ArrowGeometry): string {
  const right = (c: number) => c / g.columns;
  const left = (c: number) => (c - 1) / g.columns;
  const top = (r: number) => (r - 1) / g.rows;
  const trunk = -g.gutter / 2;
  const parts = [at(right(a.column), top(a.row), 0, g.lineY, hBar(-g.gutter, trunk + W / 2))];
  if (a.row !== b.row) {
    const y = Math.min(top(a.row), top(b.row));
    const span = Math.abs(top(a.row) - top(b.row));
    parts.push(
      at(right(a.column), y, trunk - W / 2, g.lineY - W / 2, `<rect width="${em(W)}" height="${pct(span)}"/>`),
      // Square off the corners where the bar meets the horizontal parts.
      at(right(a.column), y + span, trunk - W / 2, g.lineY - W / 2, `<rect width="${em(W)}" height="${em(W)}"/>`),
    );
  }
  if (b.column === a.column) {
    parts.push(
      at(right(b.column), top(b.row), 0, g.lineY, hBar(trunk - W / 2, -g.gutter + HEAD) + emHead(-g.gutter, -1)),
    );
  } else {
    parts.push(at(right(a.column), top(b.row), 0, g.lineY, hBar(trunk - W / 2, 0)));
    if (b.column > a.column + 1) {
      parts.push(
        at(
          right(a.column),
          top(b.row),
          0,
          g.lineY - W / 2,
          `<rect width="${pct(left(b.column) - right(a.column))}" height="${em(W)}"/>`,
        ),
      );
    }
    parts.push(at(left(b.column), top(b.row), 0, g.lineY, hBar(-W, g.inset - HEAD) + emHead(g.inset, 1)));
  }
  return parts.join('');
}

/** Polygon points take no units, so the head is drawn in a frame scaled to 1 em. */
function emHead(tip: number, dir: 1 | -1) {
  return `<svg x="${em(tip)}" overflow="visible" viewBox="0 0 1 1" width="1em" height="1em"><polygon points="0 0 ${-dir * HEAD} ${-HALF} ${-dir * HEAD} ${HALF}"/></svg>`;
}

/** The whole overlay: every arrow, hidden from assistive technology (the cards say it in words). */
export function arrowsSvg(pairs: [ArrowCell, ArrowCell][], g: ArrowGeometry): string {
  return pairs.map(([a, b]) => `<g class="pmap__arrow">${arrowElements(a, b, g)}</g>`).join('');
}
