// Who states each figure: the claimant of a report's figures, read from its attributions, quotations,
// anaphora ("he", "the ministry"), headline, dateline and source column.
import { covers, datelineAgency, findAttributions, openingSubject, sourceLine } from './attribution.js';
import type { Attribution } from './attribution.js';
import type { NumberMention } from './numbers.js';
import type { Span } from './sentences.js';
import type { Token } from './tokens.js';
import { DATELINE_AGENCIES } from './vocabulary.js';

const HEADLINE_MAX_WORDS = 14;
const PRONOUNS = new Set(['he', 'she', 'it', 'they']);
/** How many sentences back a pronoun or role noun looks for the claimant it stands for. */
const ANAPHORA_WINDOW = 20;

/** What claimant resolution needs of a sentence, read once while its tokens are at hand. */
export interface SentenceFacts {
  attributions: Attribution[];
  subject: string | null;
  words: number;
}

export function factsOf(text: string, tokens: readonly Token[]): SentenceFacts {
  let words = 0;
  for (const token of tokens) if (token.kind !== 'punct') words += 1;
  return { attributions: findAttributions(text, tokens), subject: openingSubject(text, tokens), words };
}

/**
 * Picks each figure's claimant: the nearest attribution in its sentence that covers it (a news
 * outlet only when no one else is named, otherwise it is the outlet); sentences inside one quotation
 * share the attribution that closes it; "he" and "the ministry" refer back to the last named claimant
 * (one with "ministry" in its name for the latter); a short first sentence (a headline) takes the
 * claimant of the first body sentence that has a figure; a dateline agency or a "Source:" line counts
 * only when the report names no one; last, the report's source column.
 */
export class ClaimantResolver {
  private readonly dateline: string | null;
  private readonly credit: string | null;
  private readonly attributions: (readonly Attribution[])[];
  private readonly anyAttribution: boolean;

  constructor(
    text: string,
    private readonly sentences: readonly Span[],
    private readonly facts: readonly SentenceFacts[],
    private readonly firstFigureBySentence: ReadonlyMap<number, NumberMention>,
    private readonly sourceColumn: string | null,
  ) {
    this.dateline = datelineAgency(text, DATELINE_AGENCIES);
    this.credit = sourceLine(text);
    this.attributions = shareQuotedAttributions(text, sentences, facts.map((f) => f.attributions));
    this.anyAttribution = this.attributions.some((list) => list.length > 0);
  }

  resolve(sentenceIndex: number, mention: NumberMention): { source: string | null; outlet: string | null } {
    const own = this.attributions[sentenceIndex].filter((a) => covers(a, mention.first, mention.last));
    const outletFallback = this.credit ?? this.dateline;
    if (own.length > 0) {
      const people = own.filter((a) => !a.media);
      // Among outlets alone, the one that closes the sentence carries the whole of it.
      const closing = own.filter((a) => a.scope === 'before');
      const chosen = people.length > 0 ? nearest(people, mention) : nearest(closing.length > 0 ? closing : own, mention);
      const media = people.length > 0 ? nearest(own.filter((a) => a.media), mention)?.name ?? outletFallback : null;
      const source = this.dereference(chosen, sentenceIndex);
      return { source, outlet: media === source ? null : media };
    }
    if (sentenceIndex === 0 && this.sentences.length > 1 && this.facts[0].words <= HEADLINE_MAX_WORDS) {
      const body = this.firstBodyClaimant();
      if (body) return body;
    }
    if (!this.anyAttribution && (this.credit || this.dateline)) return { source: this.credit ?? this.dateline, outlet: null };
    return { source: this.sourceColumn, outlet: null };
  }

  private firstBodyClaimant(): { source: string | null; outlet: string | null } | null {
    for (let i = 1; i < this.sentences.length; i++) {
      const figure = this.firstFigureBySentence.get(i);
      if (!figure) continue;
      const covering = this.attributions[i].filter((a) => covers(a, figure.first, figure.last));
      const people = covering.filter((a) => !a.media);
      const claimant = nearest(people.length > 0 ? people : covering, figure);
      return claimant ? { source: this.dereference(claimant, i), outlet: this.dateline } : null;
    }
    return null;
  }

  /** Attributions before this one, nearest last, from at most ANAPHORA_WINDOW sentences back. */
  private earlier(attribution: Attribution, sentenceIndex: number): Attribution[] {
    const found: Attribution[] = [];
    for (let i = Math.max(0, sentenceIndex - ANAPHORA_WINDOW); i <= sentenceIndex; i++) {
      for (const a of this.attributions[i]) if (i < sentenceIndex || a.at < attribution.at) found.push(a);
    }
    return found;
  }

  private dereference(attribution: Attribution, sentenceIndex: number): string {
    if (!attribution.anaphoric) return attribution.name;
    const earlier = this.earlier(attribution, sentenceIndex);
    const role = /^the\s+(\S+)$/i.exec(attribution.name)?.[1]?.toLowerCase();
    if (role) {
      // "the ministry" is the last claimant with "ministry" in its name, or stays as written.
      return earlier.filter((a) => !a.anaphoric && a.name.toLowerCase().includes(role)).pop()?.name ?? attribution.name;
    }
    // A pronoun takes the last named claimant, else the named subject of an earlier sentence, else a
    // bare role ("the official"), else a news outlet.
    const named = earlier.filter((a) => !a.anaphoric);
    const roles = earlier.filter((a) => a.anaphoric && !PRONOUNS.has(a.name.toLowerCase()));
    let subject: string | null = null;
    for (let i = sentenceIndex - 1; i >= Math.max(0, sentenceIndex - ANAPHORA_WINDOW) && subject === null; i--) subject = this.facts[i].subject;
    return named.filter((a) => !a.media).pop()?.name ?? subject ?? roles.pop()?.name ?? named.pop()?.name ?? attribution.name;
  }
}

/** Sentences inside one open quotation take the attributions of the sentence that closes it. */
function shareQuotedAttributions(
  text: string, sentences: readonly Span[], attributions: readonly (readonly Attribution[])[],
): (readonly Attribution[])[] {
  const shared = attributions.slice();
  let openSince = -1;
  sentences.forEach((sentence, i) => {
    const body = text.slice(sentence.start, sentence.end);
    const opens = (body.match(/“/g)?.length ?? 0) + ((body.match(/"/g)?.length ?? 0) % 2 === 1 && openSince === -1 ? 1 : 0);
    const closes = (body.match(/”/g)?.length ?? 0) + ((body.match(/"/g)?.length ?? 0) % 2 === 1 && openSince !== -1 ? 1 : 0);
    if (openSince === -1 && opens > closes) {
      openSince = i;
    } else if (openSince !== -1 && closes > opens) {
      // The closing sentence's attribution covers the whole quotation.
      const closing = attributions[i].map((a) => ({ ...a, scope: 'sentence' as const }));
      for (let q = openSince; q < i; q++) if (shared[q].length === 0) shared[q] = closing;
      openSince = -1;
    }
  });
  return shared;
}

function nearest(pool: readonly Attribution[], mention: NumberMention): Attribution;
function nearest(pool: readonly Attribution[], mention: NumberMention): Attribution | undefined;
function nearest(pool: readonly Attribution[], mention: NumberMention): Attribution | undefined {
  let best: Attribution | undefined;
  let bestDistance = Infinity;
  for (const a of pool) {
    const distance = a.at < mention.start ? mention.start - a.at : a.at - mention.last;
    if (distance < bestDistance) {
      best = a;
      bestDistance = distance;
    }
  }
  return best;
}
