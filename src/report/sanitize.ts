// Text from reports is untrusted: before it reaches a terminal, remove what could move the cursor,
// rewrite the title, hide text or reorder it (escape sequences, control characters, bidi overrides).
// Every pattern is linear: classes exclude the introducers, so no scan crosses another sequence.

// CSI: ESC [ or the C1 byte 0x9B, parameters, intermediates, one final byte ("\x1b[31m").
const CSI = /(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]/g;
// String sequences — OSC (title, hyperlink), DCS, SOS, PM, APC — up to BEL or ST.
const STRING_SEQUENCE = /(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x90\x98\x9c-\x9f]*(?:\x07|\x1b\\|\x9c)/g;
// Any other escape: ESC, intermediates, a final byte ("\x1bc" resets the terminal).
const OTHER_ESCAPE = /\x1b[\x20-\x2f]*[\x30-\x7e]/g;
// Line breaks and tabs would break a table row: they become spaces.
const LINE_BREAKS = /[\t\n\v\f\r\x85\u2028\u2029]/g;
// Remaining C0 and C1 controls, DEL, the bidi embeddings, overrides, isolates and marks, and the
// zero-width characters (space, joiners, word joiner, invisible operators, BOM) that hide or split text.
const INVISIBLE = /[\x00-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Makes untrusted text safe to print to a terminal; visible text is kept. */
export function sanitizeText(text: string): string {
  return text
    .replace(CSI, '')
    .replace(STRING_SEQUENCE, '')
    .replace(OTHER_ESCAPE, '')
    .replace(LINE_BREAKS, ' ')
    .replace(INVISIBLE, '');
}

// What a terminal acts on, one character at a time: C0 and C1 controls, DEL, bidi controls; and
// what hides text: zero-width characters.
const CONTROL = /[\x00-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// In JSON text, JSON.stringify has escaped C0 already: the rest, and the line separators some
// JavaScript parsers and log viewers treat as line breaks.
const JSON_UNSAFE = /[\x7f-\x9f\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// In a CSV cell, line breaks and tabs are data the quoting keeps; every other control is shown.
const CSV_UNSAFE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

function escapeChar(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** JSON text (from JSON.stringify) with every invisible or control character as a \uXXXX escape: same data, inert bytes. */
export function escapeJsonText(json: string): string {
  return json.replace(JSON_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A CSV cell's text with controls and invisible characters shown as escapes ("\u202e"), as diagnostics show them. */
export function neutralizeCsvText(text: string): string {
  return text.replace(CSV_UNSAFE, escapeChar);
}

/**
 * Makes text safe to print by showing each control character as an escape ("\x1b", "\u202e")
 * instead of removing it: for diagnostics, which must name a file or column exactly as it is.
 */
export function showControls(text: string): string {
  return text.replace(CONTROL, escapeChar);
}
