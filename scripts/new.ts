// npm run new -- <typ> "<titel>": creates a new, valid entry with every
// required field and a comment on each, named after the title.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isoDay } from '../src/lib/review.ts';
import { slugify } from '../src/lib/slug.ts';
import { today } from '../src/node/today.ts';
import { loadContent } from './check/load.ts';
import { placeholderIds } from './new/placeholders.ts';
import { COLLECTION_NAMES, contentType } from '../src/content-types/index.ts';
import { scaffold, scaffoldExtension } from './new/scaffold.ts';

const args = process.argv.slice(2);
const c = args.indexOf('--content');
const contentDir = path.resolve(c >= 0 ? args.splice(c, 2)[1] : 'content');
const [type, ...words] = args;
const title = words.join(' ').trim();
const usage = `Användning: npm run new -- <typ> "<titel>"\nTyper: ${COLLECTION_NAMES.join(', ')}\nExempel: npm run new -- sidor "Tolk i mottagandet"`;
const def = type ? contentType(type) : undefined;
if (!def || !title) {
  console.error(type && !def ? `Okänd typ "${type}".\n\n${usage}` : usage);
  process.exit(1);
}
const slug = slugify(title);
if (!slug) {
  console.error(`Titeln "${title}" ger inget filnamn: använd bokstäver eller siffror.`);
  process.exit(1);
}
const content = loadContent(contentDir);
const ext = scaffoldExtension(def);
const file = path.join(contentDir, def.folder, `${slug}.${ext}`);
const clash = content.entries.find((e) => e.collection.name === def.name && e.id === slug);
if (existsSync(file) || clash) {
  console.error(
    `Det finns redan en post med namnet "${slug}": ${path.relative(process.cwd(), clash?.file ?? file)}\nÄndra den i stället, eller välj en annan titel.`,
  );
  process.exit(1);
}
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, scaffold(def, { title, slug, today: isoDay(today()), ids: placeholderIds(content) }));
const rel = path.relative(process.cwd(), file);
console.log(
  `Skapade ${rel}\n\nNästa steg:\n  1. Öppna filen och fyll i fälten (kommentarerna med # förklarar dem).\n  2. Kör npm run check och rätta det som står.\n  3. Förhandsgranska med npm run dev.`,
);
