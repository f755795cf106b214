// Swedish quotes and dashes in Markdown text, instead of SmartyPants' English
// quotes (“ ”). Code, inline code and raw HTML are other node types and stay
// as written. A page without anything to replace skips the plugin entirely.
import type { MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { swedishPunctuation } from '../lib/typography.ts';

const CANDIDATES = /["']|--|\.\.\./;

export function punctuationPlugin(): MdastPluginEntry {
  return ({ source }: PluginFactoryContext) =>
    CANDIDATES.test(source) && {
      name: 'swedish-punctuation',
      text(node) {
        const value = swedishPunctuation(node.value);
        if (value !== node.value) return { type: 'text', value };
      },
    };
}
