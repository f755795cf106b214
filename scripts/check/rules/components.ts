// Only components the site provides (PROVIDED_COMPONENTS in
// src/lib/unsafe-content.ts): an unknown <Varning> would fail the build later
// with an error an editor cannot read.
import { unsafeRule } from '../unsafe.ts';

export const components = unsafeRule('components', ['unknown-component']);
