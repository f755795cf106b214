// The Markdown features the build parses with; the checker parses with the same.
import type { Features } from 'satteri';

// Swedish quotes come from punctuationPlugin; SmartyPants would set English ones.
export const FEATURES: Features = { gfm: true, smartPunctuation: false };
