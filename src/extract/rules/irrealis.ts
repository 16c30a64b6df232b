// Hypothetical, future and denied statements are not figures: "could kill thousands",
// "threatened to kill two hostages", "denied that 50 died".
import type { Token } from '../tokens.js';

const MODALS_AND_DENIALS = new Set([
  'could', 'would', 'might', 'may', 'will', 'shall', 'should', "won't", "wouldn't", "couldn't", 'threatened',
  'threatening', 'threatens', 'threaten', 'denied', 'denies', 'deny', 'denying', 'vowed', 'vows', 'not', 'never',
  "n't", 'if', 'unless', 'planned', 'planning', 'plans', 'intends', 'intended',
]);
/** Base forms after an infinitive "to": "to kill", "to capture". */
const BASE_FORMS = new Set([
  'kill', 'wound', 'injure', 'hurt', 'capture', 'abduct', 'kidnap', 'seize', 'execute', 'murder', 'die',
]);

/** True when a modal, denial or negation stands among the `span` tokens before index `at`. */
export function isIrrealisBefore(tokens: readonly Token[], at: number, span = 3): boolean {
  if (at > 0 && tokens[at - 1].norm === 'to' && BASE_FORMS.has(tokens[at]?.norm ?? '')) return true;
  for (let k = Math.max(0, at - span); k < at; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && (t.text === ',' || t.text === ';')) continue;
    if (MODALS_AND_DENIALS.has(t.norm)) return true;
  }
  return false;
}

export function isModal(norm: string): boolean {
  return MODALS_AND_DENIALS.has(norm);
}
