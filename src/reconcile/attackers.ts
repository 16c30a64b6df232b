// Whether a toll counts those who did the killing: "11 people had been killed, including the gunman",
// "25 people had been killed, not counting the attacker", "the figure did not include the gunman". Two
// tolls of one attack, one with the attacker and one without, differ by the attackers and agree on the
// victims: such a claim allows the count without them (or with them) too, so that they are compared
// as the same victims (dossier rounds 6 and 8).
import type { Figure } from '../figure.js';

// Dossier round 10: "the suspected shooter", "the 19-year-old suspect" (a suspect only after a word of
// inclusion, so never a suspect arrested alive).
const PERPETRATORS = String.raw`(gunm[ae]n|shooters?|attackers?|assailants?|(?:suicide )?bombers?|perpetrators?|hijackers?|suspects?)`;
const DESCRIBED = String.raw`(?:(?:suspected|alleged|presumed|lone|\d{1,2}-year-old)\s+)?`;
const HOW_MANY = String.raw`(?:(?:the|both|all|its|their)\s+)?(?:(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?${DESCRIBED}`;
const EXCLUDED = new RegExp(String.raw`\b(?:not including|not counting|excluding|(?:does|did|do) not (?:include|count))\s+${HOW_MANY}${PERPETRATORS}\b`, 'i');
const INCLUDED = new RegExp(String.raw`\b(?:including|counting|among them)\s+${HOW_MANY}${PERPETRATORS}\b`, 'i');
/** A cheap test before the patterns: most sentences name no attacker. */
const CUE = /gunm[ae]n|shooter|attacker|assailant|bomber|perpetrator|hijacker|suspect/i;
/** How far after the figure its clause may say so: "…, and said the figure did not include the gunman". */
const REACH = 140;
const SMALL: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

export interface Attackers {
  /** The toll counts the attackers (true) or leaves them out (false). */
  counted: boolean;
  /** How many attackers, 1 unless the text says. */
  count: number;
  /** As written: "gunman", "attackers". */
  noun: string;
}

/** What the figure's sentence says of the attackers in its toll, after the figure; null when nothing. */
export function attackersOf(figure: Pick<Figure, 'sentence' | 'quote' | 'category'>): Attackers | null {
  if (figure.category !== 'killed' || !CUE.test(figure.sentence)) return null;
  const at = figure.sentence.indexOf(figure.quote);
  if (at === -1) return null;
  const after = figure.sentence.slice(at + figure.quote.length, at + figure.quote.length + REACH);
  const excluded = EXCLUDED.exec(after);
  const included = excluded ? null : INCLUDED.exec(after);
  const found = excluded ?? included;
  if (!found) return null;
  // Not the attackers of another count after this one: "9 killed, and 3 attackers including the gunman".
  if (/\d/.test(after.slice(0, found.index))) return null;
  const written = found[1]?.toLowerCase();
  const count = written === undefined ? 1 : (SMALL[written] ?? Number(written));
  return { counted: excluded === null, count, noun: found[2]!.toLowerCase() };
}
