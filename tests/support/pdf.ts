// Reads what the print tests need from a PDF's bytes: its pages and their
// sizes (MediaBox, in points). Chromium writes page dictionaries uncompressed.
export interface PdfPage {
  width: number;
  height: number;
}

export function pdfPages(pdf: Buffer): PdfPage[] {
  const text = pdf.toString('latin1');
  const pages: PdfPage[] = [];
  for (const [, body] of text.matchAll(/\d+\s+0\s+obj([\s\S]*?)endobj/g)) {
    if (!/\/Type\s*\/Page(?![a-zA-Z])/.test(body)) continue;
    const box = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(body);
    if (!box) throw new Error('En PDF-sida saknar MediaBox');
    pages.push({ width: Number(box[3]) - Number(box[1]), height: Number(box[4]) - Number(box[2]) });
  }
  return pages;
}
