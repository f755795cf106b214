// The pure parts of the process map as a workshop tool: handovers, fitting,
// URL state, arrow geometry, the export cache.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cachedArtefact, exportKey } from '../../src/node/export-cache.ts';
import { findHandovers, handoverText } from '../../src/lib/handover.ts';
import { ARROW_SPACING, arrowElements } from '../../src/lib/map-arrows.ts';
import { fitMap } from '../../src/lib/map-fit.ts';
import { buildMapModel } from '../../src/lib/map-model.ts';
import { elapsedText, isRevealed, presentationKey, readPresentation, stateSearch } from '../../src/lib/presentation.ts';

describe('handovers', () => {
  it('are where the lead changes between consecutive steps', () => {
    const steps = [
      { id: 'a', lead: 'x' },
      { id: 'b', lead: 'x' },
      { id: 'c', lead: 'y' },
      { id: 'd', lead: 'x' },
    ];
    expect(findHandovers(steps)).toEqual([
      { from: 'b', to: 'c', fromActor: 'x', toActor: 'y' },
      { from: 'c', to: 'd', fromActor: 'y', toActor: 'x' },
    ]);
    expect(findHandovers([])).toEqual([]);
    expect(handoverText('Intro Stockholm')).toBe('Lämnas över till Intro Stockholm');
  });

  it('count the lead changes, whatever the steps', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('x', 'y', 'z'), { maxLength: 30 }), (leads) => {
        const steps = leads.map((lead, i) => ({ id: String(i), lead }));
        const changes = leads.filter((l, i) => i > 0 && l !== leads[i - 1]).length;
        const found = findHandovers(steps);
        expect(found).toHaveLength(changes);
        for (const h of found) expect(h.fromActor).not.toBe(h.toActor);
      }),
    );
  });

  it('land on the model: the step before a change names the next lead', () => {
    const phase = (id: string, order: number) => ({ id, order, title: id, summary: 'x', notes: [] });
    const step = (id: string, ph: string, actors: string[]) => ({
      id,
      phase: ph,
      title: id,
      summary: '',
      description: '',
      actors,
      models: [],
      notes: [],
      url: `/${id}/`,
    });
    const m = buildMapModel(
      [phase('p1', 1), phase('p2', 2)],
      [step('a', 'p1', ['x']), step('b', 'p1', ['y', 'x']), step('c', 'p2', ['y'])],
      { x: 'X', y: 'Y', unused: 'U' },
    );
    expect(m.steps.map((s) => s.handoverTo)).toEqual(['y', null, null]);
    expect(m.steps.map((s) => [s.column, s.row])).toEqual([
      [1, 1],
      [1, 2],
      [2, 2],
    ]);
    expect(Object.keys(m.actors).sort()).toEqual(['x', 'y']);
  });
});

describe('fitting the map', () => {
  // A grid whose height falls as it gets wider (titles wrap less).
  const measure = (w: number) => 400 + 600_000 / w;

  it('never overflows the stage and picks the layout that fills it most', () => {
    const stage = { width: 1000, height: 700 };
    const f = fitMap(stage, measure);
    expect(f.width * f.scale).toBeLessThanOrEqual(stage.width + 0.01);
    expect(measure(f.width) * f.scale).toBeLessThanOrEqual(stage.height + 0.01);
    for (const w of [625, 1000, 2000]) {
      expect(f.scale).toBeGreaterThanOrEqual(Math.min(1.6, stage.width / w, stage.height / measure(w)) - 1e-9);
    }
  });

  it('holds for any stage and content', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 50, max: 4000 }),
        fc.integer({ min: 50, max: 3000 }),
        fc.integer({ min: 10, max: 5000 }),
        (w, h, k) => {
          const m = (x: number) => k + (k * 500) / x;
          const f = fitMap({ width: w, height: h }, m);
          expect(f.scale).toBeGreaterThan(0);
          expect(f.width * f.scale).toBeLessThanOrEqual(w + 0.01);
          expect(m(f.width) * f.scale).toBeLessThanOrEqual(h + 0.01);
        },
      ),
    );
  });

  it('does not enlarge beyond the limit', () =>
    expect(fitMap({ width: 1000, height: 1000 }, () => 10).scale).toBe(1.6));
});

describe('presentation state in the URL', () => {
  it('reads every part', () => {
    expect(readPresentation('?presentation&steg=a&talare&stegvis&aktor=intro')).toEqual({
      open: true,
      step: 'a',
      speaker: true,
      reveal: true,
      actor: 'intro',
    });
    expect(readPresentation('?aktor=x')).toEqual({
      open: false,
      step: null,
      speaker: false,
      reveal: false,
      actor: 'x',
    });
  });

  it('writes what it reads, keeping other parameters', () => {
    fc.assert(
      fc.property(
        fc.record({
          open: fc.constant(true),
          step: fc.option(fc.string({ minLength: 1 }), { nil: null }),
          speaker: fc.boolean(),
          reveal: fc.boolean(),
          actor: fc.option(fc.string({ minLength: 1 }), { nil: null }),
        }),
        (state) => {
          const search = stateSearch('?x=1', state);
          expect(readPresentation(search)).toEqual(state);
          expect(new URLSearchParams(search).get('x')).toBe('1');
        },
      ),
    );
  });

  it('leaves only the lane focus when closed', () => {
    const closed = { open: false, step: 'a', speaker: true, reveal: true, actor: 'intro' };
    expect(stateSearch('?presentation&steg=a&talare', closed)).toBe('?aktor=intro');
    expect(stateSearch('?presentation', { ...closed, actor: null })).toBe('');
  });

  it('blank screen keys, reveal and elapsed time', () => {
    expect(['b', 'B', '.'].map((k) => presentationKey(k))).toEqual(['blank', 'blank', 'blank']);
    expect([0, 1, 2].map((i) => isRevealed(i, 1, true))).toEqual([true, true, false]);
    expect(isRevealed(5, 0, false)).toBe(true);
    expect([0, 59_999, 61_000, 3_723_000].map(elapsedText)).toEqual(['0:00', '0:59', '1:01', '1:02:03']);
  });
});

describe('handover arrows', () => {
  const g = { columns: 4, rows: 5, ...ARROW_SPACING };
  const heads = (svg: string) => (svg.match(/<polygon/g) ?? []).length;

  it('have one head and start at the source row', () => {
    for (const [a, b] of [
      [
        { column: 1, row: 1 },
        { column: 2, row: 3 },
      ],
      [
        { column: 2, row: 4 },
        { column: 2, row: 1 },
      ],
      [
        { column: 1, row: 2 },
        { column: 3, row: 2 },
      ],
    ] as const) {
      const svg = arrowElements(a, b, g);
      expect(heads(svg)).toBe(1);
      expect(svg).toContain(`y="${((a.row - 1) / g.rows) * 100}%"`);
    }
  });

  it('run a vertical bar only between different rows', () => {
    const same = arrowElements({ column: 1, row: 2 }, { column: 2, row: 2 }, g);
    const other = arrowElements({ column: 1, row: 2 }, { column: 2, row: 4 }, g);
    expect(same).not.toContain('height="40%"');
    expect(other).toContain('height="40%"');
  });
});

describe('export cache', () => {
  it('makes an artefact once per key and copies it afterwards', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'map-cache-'));
    try {
      let made = 0;
      const make = () => {
        made++;
        return Promise.resolve(new TextEncoder().encode(`v${made}`));
      };
      const key = exportKey(['a', new Uint8Array([1, 2])]);
      expect(key).not.toBe(exportKey(['a', new Uint8Array([1, 3])]));
      const target = path.join(dir, 'out', 'x.pdf');
      expect(await cachedArtefact(path.join(dir, 'cache'), key, target, make)).toBe(true);
      expect(await cachedArtefact(path.join(dir, 'cache'), key, target, make)).toBe(false);
      expect(made).toBe(1);
      expect(readFileSync(target, 'utf8')).toBe('v1');
      expect(await cachedArtefact(path.join(dir, 'cache'), exportKey(['b']), target, make)).toBe(true);
      expect(readFileSync(target, 'utf8')).toBe('v2');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('handovers and open responsibility', () => {
  it('claims no handover into or out of a step whose responsibility the sources leave open', () => {
    const steps = [
      { id: 'a', lead: 'x' },
      { id: 'b', lead: 'y', open: true },
      { id: 'c', lead: 'x' },
      { id: 'd', lead: 'z' },
    ];
    expect(findHandovers(steps).map((h) => h.from)).toEqual(['c']);
  });
});
