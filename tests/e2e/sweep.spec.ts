// The fixture site gets the same sweep as the real site: every feature page it shows is accessible.
import { sweepSite } from '../support/sweep.ts';
import { FIXTURE } from '../support/sites.ts';

sweepSite(FIXTURE);
