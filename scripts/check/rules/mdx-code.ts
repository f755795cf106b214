// MDX runs import/export lines and {…} expressions as code when the site is
// built: content needs none (beyond ALLOWED_ESM in src/lib/unsafe-content.ts).
import { unsafeRule } from '../unsafe.ts';

export const mdxCode = unsafeRule('mdx-code', ['mdx-code']);
