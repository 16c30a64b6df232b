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
// Remaining C0 and C1 controls, DEL, and the bidi embeddings, overrides and isolates.
const INVISIBLE = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** Makes untrusted text safe to print to a terminal; visible text is kept. */
export function sanitizeText(text: string): string {
  return text
    .replace(CSI, '')
    .replace(STRING_SEQUENCE, '')
    .replace(OTHER_ESCAPE, '')
    .replace(LINE_BREAKS, ' ')
    .replace(INVISIBLE, '');
}

// What a terminal acts on, one character at a time: C0 and C1 controls, DEL, bidi controls.
const CONTROL = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes text safe to print by showing each control character as an escape ("\x1b", "\u202e")
 * instead of removing it: for diagnostics, which must name a file or column exactly as it is.
 */
export function showControls(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
