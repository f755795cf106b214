// Section index pages take their intro text and governance from content/avsnitt/<id>.mdx.
import { getEntry, render } from 'astro:content';

export async function sectionIntro(id: string) {
  const entry = await getEntry('avsnitt', id);
  if (!entry) throw new Error(`Saknar content/avsnitt/${id}.mdx: skapa den med npm run new -- avsnitt "${id}"`);
  const { Content } = await render(entry);
  return { entry, Content };
}
