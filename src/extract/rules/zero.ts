// Zero counts stated as such are figures (guideline): "no one was killed", "no deaths were
// reported", "caused no injuries", "nobody was hurt".
import type { NumberMention } from '../numbers.js';
import type { Token } from '../tokens.js';
import { LINKING_WORDS, PREDICATE_WORDS } from '../vocabulary.js';
import type { Governor } from './rule.js';

const NOBODY = [['no', 'one'], ['nobody'], ['none'], ['no-one']] as const;
const NEGATORS: ReadonlySet<string> = new Set(NOBODY.map((words) => words[0]));
const HARM_NOUNS = new Set(['deaths', 'casualties', 'injuries', 'fatalities', 'dead', 'injured', 'wounded', 'victims']);

export interface ZeroCount {
  mention: NumberMention;
  governor: Governor;
}

function zeroMention(start: number, last: number): NumberMention {
  return { start, first: start, last, low: 0, high: 0, qualifier: 'exact', spelled: true };
}

/** "no Americans were", "no civilians were": "no" and up to two words naming people, before a verb. */
function noPeople(tokens: readonly Token[], i: number): readonly string[] | undefined {
  if (tokens[i].norm !== 'no') return undefined;
  let k = i + 1;
  while (k < i + 3 && tokens[k]?.kind === 'word' && !LINKING_WORDS.has(tokens[k].norm) && !PREDICATE_WORDS.has(tokens[k].norm)) k += 1;
  return k > i + 1 && LINKING_WORDS.has(tokens[k]?.norm ?? '') ? tokens.slice(i, k).map((t) => t.norm) : undefined;
}

export function findZeroCounts(tokens: readonly Token[]): ZeroCount[] {
  const found: ZeroCount[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i].norm;
    if (!NEGATORS.has(norm)) continue;
    if (norm === 'no' && HARM_NOUNS.has(tokens[i + 1]?.norm ?? '')) {
      const noun = tokens[i + 1].norm;
      const category = noun === 'victims' ? 'killed' : PREDICATE_WORDS.get(noun) ?? 'casualties';
      found.push({ mention: zeroMention(i, i + 1), governor: { category, rule: 'zero', confidence: 0.8, actor: null } });
      continue;
    }
    const nobody = NOBODY.find((words) => words.every((w, k) => tokens[i + k]?.norm === w)) ?? noPeople(tokens, i);
    if (!nobody) continue;
    let k = i + nobody.length;
    if (tokens[k]?.norm === 'else') k += 1;
    while (k < tokens.length && k < i + 8 && LINKING_WORDS.has(tokens[k].norm)) k += 1;
    const category = PREDICATE_WORDS.get(tokens[k]?.norm ?? '');
    if (category && tokens[k].norm !== 'death') {
      found.push({ mention: zeroMention(i, i + nobody.length - 1), governor: { category, rule: 'zero', confidence: 0.8, actor: null } });
    }
  }
  return found;
}
