// "Hittade du något fel?", source labels and the "not decided" key: pure helpers.
import { describe, expect, it } from 'vitest';
import { feedbackAddress, feedbackMailto, warnMissingFeedbackAddress } from '../../src/lib/feedback.ts';
import { sourceLabel } from '../../src/lib/sources.ts';
import { responsibleKey, responsibleLabel } from '../../src/lib/responsibility.ts';

const page = { title: 'Bankkonto & el', url: 'https://example.se/checklista/?a=1#b' };

describe('feedbackMailto', () => {
  const href = feedbackMailto('enhet@example.se', page);
  const url = new URL(href);
  it('writes to the address', () => expect(href.startsWith('mailto:enhet@example.se?')).toBe(true));
  it('puts title and address in the subject, encoded', () => {
    expect(url.searchParams.get('subject')).toBe('Fel på sidan: Bankkonto & el (https://example.se/checklista/?a=1#b)');
    expect(href).not.toMatch(/[ #&]el/);
  });
  it('has a Swedish template body with CRLF line breaks and no personal data asked for', () => {
    const body = decodeURIComponent(href.split('&body=')[1]);
    expect(body).toContain('Sida: Bankkonto & el\r\nAdress: https://example.se/checklista/?a=1#b');
    expect(body).toMatch(/Skriv inga personuppgifter/);
  });
});

describe('feedbackAddress', () => {
  it('prefers the owning unit', () => expect(feedbackAddress('a@x.se', 'b@x.se')).toBe('a@x.se'));
  it('falls back to the site setting', () => expect(feedbackAddress(undefined, 'b@x.se')).toBe('b@x.se'));
  it('is unset when neither is', () => expect(feedbackAddress(undefined, '')).toBeUndefined());
});

it('warns once per build, not once per page', () => {
  const seen: string[] = [];
  warnMissingFeedbackAddress((m) => seen.push(m));
  warnMissingFeedbackAddress((m) => seen.push(m));
  expect(seen).toHaveLength(1);
  expect(seen[0]).toMatch(/FEEDBACK_EMAIL/);
});

describe('sourceLabel', () => {
  it('names type, issuer and year', () =>
    expect(sourceLabel({ type: 'forslag', issuer: 'Linköpings kommun', date: '2018-10' }, 'x')).toBe(
      'Förslag (Linköpings kommun, 2018)',
    ));
  it('falls back to the id', () => expect(sourceLabel(undefined, 'okant')).toBe('okant'));
});

describe('responsibleKey', () => {
  it('is the actor when one is named', () => expect(responsibleKey({ responsible: { id: 'intro' } })).toBe('intro'));
  it('is the open value otherwise', () =>
    expect(responsibleKey({ responsibility: 'oppen-fraga' })).toBe('oppen-fraga'));
  it('labels open values in Swedish and actors by name', () => {
    expect(responsibleLabel('framgar-inte', () => 'x')).toBe('Ansvar framgår inte av underlaget');
    expect(responsibleLabel('intro', (id) => id.toUpperCase())).toBe('INTRO');
  });
});
