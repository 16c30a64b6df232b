// Untrusted text into HTML: sanitised as for a terminal (controls, escape sequences and bidi
// overrides removed), then escaped, so that no report text can open a tag, end an attribute or
// reorder what follows it.
import { sanitizeText } from '../sanitize.js';

const SPECIALS = /[&<>"']/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text toll made itself (already free of controls) for element content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(SPECIALS, (char) => ENTITIES[char]!);
}

/** Untrusted text, sanitised and escaped. */
export function html(text: string): string {
  return escapeHtml(sanitizeText(text));
}

/** Untrusted text in its own bidi isolate: a right-to-left name cannot reorder the text around it. */
export function bdi(text: string): string {
  return `<bdi>${html(text)}</bdi>`;
}
