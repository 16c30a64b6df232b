// --explain: the sentence around each figure of a row, with the number marked (the renderers put
// FILE:LINE in front). The text is untrusted: it is cut first, then each piece is neutralised by the
// caller's `clean` (terminal or markdown), and only then marked, so no report text can forge or
// break the marking.
import type { Figure } from '../figure.js';

/** Figures listed per claim; the rest are counted. */
const CITATIONS_SHOWN = 3;
/** How much of a word at a cut may be dropped to end the cut on a space. */
const WORD_CUT_LIMIT = 15;

export interface EvidenceStyle {
  /** Neutralises untrusted text for the output (sanitise, escape). */
  clean: (text: string) => string;
  /** Marks the figure's words. */
  mark: (text: string) => string;
  /** At most this many characters of the sentence around the figure, or Infinity. */
  room: number;
}

/** The sentence around the figure, cleaned and marked, in curly quotes (the quote alone when the sentence lacks it). */
export function evidenceOf(figure: Figure, style: EvidenceStyle): string {
  // A total reckoned from shares ("2 soldiers and 3 civilians") quotes no words of its own: the
  // sentence is cited whole, its shares are marked on their own rows.
  if (figure.shares !== undefined) {
    const lead = `sum of ${figure.shares} shares: `;
    let sentence = [...figure.sentence];
    const room = Math.max(0, style.room - lead.length);
    if (sentence.length > room) sentence = [...wholeWords(sentence.slice(0, Math.max(0, room - 1)), 'end'), '…'];
    return `${lead}“${style.clean(sentence.join('')).trim()}”`;
  }
  const at = figure.sentence.indexOf(figure.quote);
  if (at === -1 || figure.quote === '') return `“${style.mark(style.clean(figure.quote))}”`;
  const room = Math.max(0, style.room - [...figure.quote].length);
  let before = [...figure.sentence.slice(0, at)];
  let after = [...figure.sentence.slice(at + figure.quote.length)];
  // Share the room, giving one side what the other does not need; cut at a space where one is near.
  const beforeRoom = Math.max(Math.floor(room / 2), room - after.length);
  if (before.length > beforeRoom) before = ['…', ...wholeWords(before.slice(before.length - beforeRoom + 1), 'start')];
  const afterRoom = room - before.length;
  if (after.length > afterRoom) after = [...wholeWords(after.slice(0, Math.max(0, afterRoom - 1)), 'end'), '…'];
  const text = style.clean(before.join('')) + style.mark(style.clean(figure.quote)) + style.clean(after.join(''));
  return `“${text.trim()}”`;
}

/** A word cut at the `edge` of the characters is dropped, unless that leaves little. */
function wholeWords(chars: string[], edge: 'start' | 'end'): string[] {
  const space = edge === 'start' ? chars.indexOf(' ') : chars.lastIndexOf(' ');
  if (space === -1 || (edge === 'start' ? space : chars.length - space) > WORD_CUT_LIMIT) return chars;
  return edge === 'start' ? chars.slice(space) : chars.slice(0, space + 1);
}

/** The figures to cite for some claims: the first few of each, and how many were left out. */
export function citedFigures(claims: readonly { figures: readonly Figure[] }[]): { figures: Figure[]; omitted: number } {
  const figures = claims.flatMap((claim) => claim.figures.slice(0, CITATIONS_SHOWN));
  const total = claims.reduce((sum, claim) => sum + claim.figures.length, 0);
  return { figures, omitted: total - figures.length };
}
