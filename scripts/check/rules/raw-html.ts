// No <script>, <style>, event handlers (onerror=…), embeds (<iframe>, <object>,
// <embed>) or other tags that run code or pull in another site.
import { unsafeRule } from '../unsafe.ts';

export const rawHtml = unsafeRule('raw-html', ['raw-html']);
