// The process map as a PowerPoint file (pptxgenjs, no network): an overview
// slide with the whole swimlane as a table, then one slide per step, with the
// facilitator's questions for the step and its phase as speaker notes.
import PptxGenJS from 'pptxgenjs';
import { handoverText } from './handover.ts';
import { actorName, type MapModel } from './map-model.ts';

const FONT = 'Arial';
const LANG = 'sv-SE';
const DARK = '0B2F5B';

export async function mapPptx(map: MapModel, title: string): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = title;
  pptx.company = 'Stockholms stad';

  const overview = pptx.addSlide();
  overview.addText(title, {
    x: 0.3,
    y: 0.15,
    w: 12.7,
    h: 0.6,
    fontFace: FONT,
    lang: LANG,
    fontSize: 24,
    bold: true,
    color: DARK,
  });
  const header = [
    { text: 'Aktör', options: { bold: true, fill: { color: 'E8EEF6' } } },
    ...map.phases.map((p) => ({
      text: `Fas ${p.order}: ${p.title}`,
      options: { bold: true, fill: { color: 'E8EEF6' } },
    })),
  ];
  const rows = map.lanes.map((lane) => [
    { text: actorName(map, lane.actor), options: { bold: true } },
    ...map.phases.map((p) => ({
      text: map.steps
        .filter((s) => s.lead === lane.actor && s.phase === p.id)
        .map((s) => `${s.number}. ${s.title}`)
        .join('\n'),
      options: {},
    })),
  ]);
  overview.addTable([header, ...rows], {
    x: 0.3,
    y: 0.85,
    w: 12.7,
    fontFace: FONT,
    lang: LANG,
    fontSize: map.steps.length > 20 ? 7 : 9,
    border: { type: 'solid', pt: 0.5, color: '888888' },
    valign: 'top',
    autoPage: false,
  });
  overview.addNotes(map.phases.map((p) => `Fas ${p.order}: ${p.title}. ${p.summary}`).join('\n'));

  const phases = new Map(map.phases.map((p) => [p.id, p]));
  for (const step of map.steps) {
    const phase = phases.get(step.phase)!;
    const slide = pptx.addSlide();
    slide.addText(`Steg ${step.number} av ${map.steps.length} · Fas ${phase.order}: ${phase.title}`, {
      x: 0.5,
      y: 0.3,
      w: 12.3,
      h: 0.4,
      fontFace: FONT,
      lang: LANG,
      fontSize: 14,
      color: '484949',
    });
    slide.addText(step.title, {
      x: 0.5,
      y: 0.75,
      w: 12.3,
      h: 0.9,
      fontFace: FONT,
      lang: LANG,
      fontSize: 32,
      bold: true,
      color: DARK,
    });
    const lines = [
      { text: step.description, options: { breakLine: true, paraSpaceAfter: 12 } },
      {
        text: `Aktörer: ${step.actors.map((a) => actorName(map, a)).join(', ')}`,
        options: { breakLine: true, bold: true },
      },
      ...(step.handoverTo
        ? [{ text: `${handoverText(actorName(map, step.handoverTo))}.`, options: { breakLine: true } }]
        : []),
      ...(step.models.length
        ? [{ text: `Samverkansmodell: ${step.models.map((m) => m.title).join(', ')}`, options: { breakLine: true } }]
        : []),
    ];
    slide.addText(lines, {
      x: 0.5,
      y: 1.75,
      w: 12.3,
      h: 5.3,
      fontFace: FONT,
      lang: LANG,
      fontSize: 18,
      valign: 'top',
      color: '0B0C0C',
    });
    const notes = [
      ...(step.notes.length ? ['Frågor till gruppen om steget:', ...step.notes.map((n) => `– ${n}`)] : []),
      ...(phase.notes.length ? ['Frågor till gruppen om fasen:', ...phase.notes.map((n) => `– ${n}`)] : []),
    ];
    if (notes.length) slide.addNotes(notes.join('\n'));
  }
  const out = await pptx.write({ outputType: 'uint8array' });
  return out as Uint8Array;
}
