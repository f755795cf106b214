// "Hittade du något fel?": a mailto link with the page in the subject and a short
// template in the body. Nothing is sent by the site and nothing is stored.

export interface FeedbackPage {
  title: string;
  /** The page's full address (or its path when the site has no absolute address). */
  url: string;
}

/** The address to write to: the owning unit's own, else the site's, else none. */
export function feedbackAddress(ownerContact: string | undefined, siteDefault: string | undefined): string | undefined {
  return ownerContact || siteDefault || undefined;
}

export function feedbackBody(page: FeedbackPage): string {
  return [
    `Sida: ${page.title}`,
    `Adress: ${page.url}`,
    '',
    'Vad är fel eller svårt att förstå, eller vad fungerar inte (till exempel med skärmläsare eller tangentbord)?',
    '',
    '',
    'Skriv inga personuppgifter och inget om enskilda ärenden.',
  ].join('\n');
}

/** mailto: with subject and body percent-encoded (RFC 6068: spaces as %20, line breaks as %0D%0A). */
export function feedbackMailto(address: string, page: FeedbackPage): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  const subject = `Fel på sidan: ${page.title} (${page.url})`;
  return `mailto:${address}?subject=${enc(subject)}&body=${enc(feedbackBody(page))}`;
}

let warned = false;
/** One build warning while no address is set anywhere (not one per page). */
export function warnMissingFeedbackAddress(log: (msg: string) => void = console.warn): void {
  if (warned) return;
  warned = true;
  log(
    '[metodstöd] Ingen adress för "Hittade du något fel?": ange contact på den ansvariga enhetens aktörspost ' +
      'eller FEEDBACK_EMAIL vid bygget. Till dess pekar länken på sidan Kontakt.',
  );
}
