// Images, video, audio and their sources load from the site itself: a file on
// another host would be a request from every reader. Links to other sites stay allowed.
import { unsafeRule } from '../unsafe.ts';

export const externalResources = unsafeRule('external-resources', ['external-resource']);
