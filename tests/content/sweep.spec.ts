// The real content (content/ → dist/): only what holds for any valid content, so an editor's
// change that passes npm run check cannot fail here unless the site itself is broken.
import { sweepSite } from '../support/sweep.ts';
import { CONTENT } from '../support/sites.ts';

sweepSite(CONTENT);
