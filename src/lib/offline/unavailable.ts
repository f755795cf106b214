// The answer to a page that is neither in the offline copy nor read before,
// when the network does not answer: plain words instead of "page not found",
// with the way to what the copy has.
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export const UNAVAILABLE = 'Inte tillgänglig utan nätverk';

export function unavailablePage(base: string, path: string): string {
  const b = esc(base.endsWith('/') ? base : `${base}/`);
  return `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${UNAVAILABLE}</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}</style></head>
<body><main><h1>${UNAVAILABLE}</h1>
<p>Sidan <code>${esc(path)}</code> finns inte i den sparade kopian. Den visas när nätverket fungerar igen.</p>
<p>Utan nätverk finns <a href="${b}processkarta/">processkartan</a> med sina steg och presentationen,
<a href="${b}samverkansmodeller/">samverkansmodellerna</a>, <a href="${b}checklista/">checklistan</a>
och sidor du redan har läst.</p></main></body>
</html>`;
}
