// Ways to read a long single search word as two words. Pure, so it is unit-tested;
// used by the search module (src/browser/search/query.ts).

/**
 * "kvotflyktingmottagande" → "kvotflykting mottagande", … with and without a
 * linking s ("bosättnings underlag" and "bosättning underlag").
 */
export function compoundSplits(query: string, min = 4): string[] {
  const w = query.trim().toLocaleLowerCase('sv');
  if (!/^\p{L}{10,}$/u.test(w)) return [];
  const out: string[] = [];
  for (let p = min; p <= w.length - min; p++) {
    const head = w.slice(0, p);
    const tail = w.slice(p);
    out.push(`${head} ${tail}`);
    if (head.endsWith('s') && head.length > min) out.push(`${head.slice(0, -1)} ${tail}`);
  }
  return out;
}
