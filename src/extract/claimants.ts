// Who states each figure: the claimant of a report's figures, read from its attributions, quotations,
// anaphora ("he", "the ministry"), headline, dateline and source column, with how it was resolved.
import type { SourceVia } from '../figure.js';
import { BODY_WORDS, closingCredit, covers, datelineAgency, DESCRIBED_MONITOR, documentHeader, findAttributions, openingSubject, PRONOUNS, releaseCredit, releaseHeader, sourceLine, writerCredit } from './attribution.js';
import type { Attribution, OpeningSubject } from './attribution.js';
import type { NumberMention } from './numbers.js';
import type { Span } from './sentences.js';
import type { Token } from './tokens.js';
import { CAPTOR_NOUNS, DATELINE_AGENCIES, NAME_LINKS, SPEAKER_ROLES } from './vocabulary.js';

const HEADLINE_MAX_WORDS = 14;
/** How many sentences back a pronoun or role noun looks for the claimant it stands for. */
const ANAPHORA_WINDOW = 20;
/** How many sentences ahead a pronoun that opens a report looks for its speaker ("It said ... the agency added"). */
const CATAPHORA_WINDOW = 2;
const DETERMINER_WORDS = new Set(['the', 'a', 'an']);
/** "their findings", "its statement": what the speaker said, standing for the speaker (not "its central bank"). */
const POSSESSIVE = /^(?:their|its|his|her|our|my) (?:\p{L}+ )?(?:findings|statement|report|figures|data|estimates?|count|tally|records|account|information|numbers|assessment|words)$/u;
/** "Of them, 9 were children", "Another 30 were wounded": a sentence that goes on with the statement before it. */
/**
 * Claimants, pass 3: "according to its MoMo surveillance system", "their monitoring network": a body's own system
 * of counting, up to three words, speaks for the body the possessive points to.
 */
const OWN_SYSTEM = /^(?:their|its) (?:[\p{L}-]+ ){0,2}(?:system|network|registry|register|database|monitoring|surveillance|records|teams?)$/u;

const CONTINUATION_OPENERS: readonly (readonly string[])[] = [
  ['another'], ['a', 'further'], ['in', 'addition'], ['additionally'], ['besides'], ['also', ','], ['of', 'them'],
  ['of', 'these'], ['of', 'those'], ['of', 'the', 'dead'], ['of', 'the', 'victims'], ['of', 'the', 'wounded'],
  ['of', 'the', 'injured'], ['among', 'them'], ['among', 'those'], ['among', 'the', 'dead'], ['among', 'the', 'victims'],
  ['they', 'included'], ['the', 'dead', 'included'], ['the', 'victims', 'included'], ['the', 'rest'],
];
/** Speed only: most sentences open with none of these, and need not try every opener. */
const CONTINUATION_FIRST_WORDS: ReadonlySet<string | undefined> = new Set(CONTINUATION_OPENERS.map((opener) => opener[0]));
/** "This was stated by X", "These figures come from X": a sentence that credits the one before it. */
const BACK_SUBJECTS = new Set(['this', 'that', 'these', 'those']);
const BACK_NOUNS = new Set(['figure', 'figures', 'number', 'numbers', 'toll', 'tally', 'data', 'count', 'estimate', 'information']);
const BACK_VERBS = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'came', 'comes', 'come']);

/** What claimant resolution needs of a sentence, read once while its tokens are at hand. */
export interface SentenceFacts {
  attributions: Attribution[];
  subject: OpeningSubject | null;
  words: number;
  /** "Of them, ...", "Another 30 ...": goes on with the statement of the sentence before. */
  continues: boolean;
  /** "This was stated by X": credits the sentence before. */
  refersBack: boolean;
  /** Armed groups named by their members: "Al-Shabab" of "Al-Shabab militants stormed …". */
  groups: { name: string; at: number }[];
}

export function factsOf(text: string, tokens: readonly Token[]): SentenceFacts {
  let words = 0;
  for (const token of tokens) if (token.kind !== 'punct') words += 1;
  const norms = tokens.map((t) => t.norm);
  const continues = CONTINUATION_FIRST_WORDS.has(norms[0]) && CONTINUATION_OPENERS.some((opener) => opener.every((w, k) => norms[k] === w));
  // "According to Ukrinform, this was reported by ...": the credit may itself be credited.
  let k = norms[0] === 'according' ? norms.indexOf(',') + 1 : 0;
  if (k > 0 && k > 12) k = 0;
  if (norms[k] === 'the' && BACK_NOUNS.has(norms[k + 1])) k += 1;
  const refersBack = (BACK_SUBJECTS.has(norms[k]) || (k > 0 && BACK_NOUNS.has(norms[k]))) && BACK_VERBS.has(norms[k + 1]);
  return { attributions: findAttributions(text, tokens), subject: openingSubject(text, tokens), words, continues, refersBack, groups: groupsNamed(text, tokens) };
}

/** Members by whom an armed group is named: "Al-Shabab militants", "Houthi fighters". */
const GROUP_MEMBERS: ReadonlySet<string> = new Set([...CAPTOR_NOUNS, 'fighters', 'peacekeepers']);
/** Capitalised words before members that describe them, naming no group: "Armed militants", "Rebel fighters". */
const DESCRIBING_WORDS: ReadonlySet<string> = new Set([
  'armed', 'suspected', 'rebel', 'islamist', 'jihadist', 'militant', 'foreign', 'local', 'unidentified', 'unknown',
  'tribal', 'separatist', 'government', 'opposition', 'rival', 'the', 'a', 'an', 'some', 'several', 'dozens', 'hundreds',
]);
/** How many capitalised words a group's name may have: "Islamic State", "Lord's Resistance Army". */
const MAX_GROUP_NAME = 3;

/** Each armed group named by its members in a sentence, with the token it starts at. */
function groupsNamed(text: string, tokens: readonly Token[]): { name: string; at: number }[] {
  const found: { name: string; at: number }[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (!GROUP_MEMBERS.has(tokens[k].norm) || tokens[k].text !== tokens[k].norm) continue;
    let start = k;
    while (start > 0 && k - start < MAX_GROUP_NAME && tokens[start - 1].kind === 'word' && /^\p{Lu}/u.test(tokens[start - 1].text)) start -= 1;
    if (start === k || tokens.slice(start, k).some((t) => DESCRIBING_WORDS.has(t.norm))) continue;
    found.push({ name: text.slice(tokens[start].start, tokens[k - 1].end), at: start });
  }
  return found;
}

/** A body named only by its kind, standing for the one the report names: "the group", "the organisation". */
// Round 20, press-freedom reports: "… says IFJ — The federation says 138 …" (federation, union, association, syndicate).
// Claimants, pass 4: "UNMISS peacekeepers in Malakal found …, the mission said": a mission named by its peacekeepers.
const KIND_OF_BODY = /^the (?:group|organi[sz]ation|charity|movement|federation|union|association|syndicate|mission)$/i;
/** How many sentences back "the group" looks for the group it stands for. */
const GROUP_WINDOW = 3;

export interface Claimant {
  source: string | null;
  outlet: string | null;
  via?: SourceVia;
}

/** The body a role stands for: "the ministry" → ministry; "health officials" → (health); "Health Minister X" → health ministry. */
interface BodySpec {
  body: string | null;
  qualifier: string | null;
  /** "Health Minister Ana Ruiz": a person named for the body, already as capitalised as the body. */
  person?: boolean;
  /** "Health Ministry" as written with capitals: the fuller name must hold it word for word ("Gaza Health Ministry"). */
  phrase?: string;
}

function bodyOf(name: string): BodySpec | null {
  const words = name.replace(/['’]s(?=\s|$)/g, '').split(/\s+/);
  const lower = words.map((w) => w.toLowerCase());
  let i = 0;
  while (i < lower.length && DETERMINER_WORDS.has(lower[i])) i += 1;
  const rest = lower.slice(i);
  // "Health Minister Ana Ruiz": a capitalised department before "Minister", a name after.
  const minister = rest.indexOf('minister');
  if (minister === 1 && /^\p{Lu}/u.test(words[i]) && /^\p{Lu}/u.test(words[i + 2] ?? '')) return { body: 'ministry', qualifier: rest[0], person: true };
  // Everything else must be written in lower case: a capitalised name is already a name.
  if (words.slice(i).some((w) => /^\p{Lu}/u.test(w)) || rest.length === 0 || rest.length > 3) {
    if (rest.length === 2 && BODY_WORDS.has(rest[1])) return { body: rest[1], qualifier: rest[0], phrase: rest.join(' ') };
    return rest.length === 1 && BODY_WORDS.has(rest[0]) ? { body: rest[0], qualifier: null } : null;
  }
  const last = rest[rest.length - 1];
  if (BODY_WORDS.has(last) && rest.length <= 2) return { body: last, qualifier: rest.length === 2 ? rest[0] : null };
  if (SPEAKER_ROLES.has(last)) {
    const before = rest.slice(0, -1);
    const body = before.find((w) => BODY_WORDS.has(w)) ?? null;
    const qualifier = before.find((w) => !BODY_WORDS.has(w)) ?? null;
    if (body || qualifier) return { body, qualifier };
  }
  return null;
}

/** Does a candidate name the body in full: all the spec's words, a body word, and more than the role gives? */
function namesBody(candidate: string, spec: BodySpec, role: string): boolean {
  const words = candidate.toLowerCase().replace(/['’]s(?=\s|$)/g, '').split(/\s+/);
  if (spec.body && !words.includes(spec.body)) return false;
  if (spec.qualifier && !words.includes(spec.qualifier)) return false;
  if (!words.some((w) => BODY_WORDS.has(w))) return false;
  if (spec.phrase && !` ${words.join(' ')} `.includes(` ${spec.phrase} `)) return false;
  // Fuller than the role: a name (a capital past the first word) the role does not already have.
  const capitals = (s: string) => s.split(/\s+/).slice(1).filter((w) => /^\p{Lu}/u.test(w)).length;
  return candidate.toLowerCase() !== role.toLowerCase() && (spec.person === true || capitals(candidate) > capitals(role));
}

/**
 * Picks each figure's claimant: the nearest attribution in its sentence that covers it (a news
 * outlet only when no one else is named, otherwise it is the outlet); sentences inside one quotation
 * share the attribution that closes it; a sentence credited by the next ("This was stated by X") takes
 * that credit, and one that plainly goes on with the statement before ("Of them, ...") takes its
 * speaker; pronouns refer back to the last speaker or named subject, and are never claimants in
 * themselves; role nouns ("the ministry", "health officials", "Health Minister X") take the fullest
 * name of their body the report gives; a short first sentence (a headline) takes the claimant of the
 * body; a dateline agency or a "Source:" line counts only when the report names no one; last, the
 * report's source column. A source column or dateline never replaces a named claimant; a dateline is its outlet.
 */
export class ClaimantResolver {
  private readonly dateline: string | null;
  /** The report-wide credit and the name a release's own header gives, read when first wanted (few figures fall back to them). */
  private reportCredit: { credit: string | null; releaseName: string | null } | undefined;
  private anyAttributionMemo: boolean | undefined;
  /** Round 17: the service heading its own press release ("NSW Police: …"), the claimant of what no one else is said to claim. */
  private readonly release: string | null;
  private readonly attributions: (readonly Attribution[])[];
  private readonly quoted: ReadonlySet<number>;

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Span[],
    private readonly facts: readonly SentenceFacts[],
    private readonly firstFigureBySentence: ReadonlyMap<number, NumberMention>,
    private readonly sourceColumn: string | null,
    private readonly secondSentenceFigures: readonly NumberMention[] = [],
  ) {
    this.dateline = datelineAgency(text, DATELINE_AGENCIES);
    this.release = releaseHeader(text) ?? writerCredit(text);
    const shared = shareQuotedAttributions(text, sentences, facts.map((f) => f.attributions));
    this.attributions = shared.attributions;
    this.quoted = shared.quoted;
  }

  /** A "Source:" line, a document's header, or else a press release's header or signature. */
  private get credit(): string | null {
    return this.creditOfReport().credit;
  }

  private creditOfReport(): { credit: string | null; releaseName: string | null } {
    if (this.reportCredit === undefined) {
      const line = sourceLine(this.text) ?? documentHeader(this.text);
      // Round 22: a closing credit line ("… -- NWS Jackson", "(Metro Police Department)") signs the report as a release's signature does.
      const releaseName = line === null ? releaseCredit(this.text) ?? closingCredit(this.text) : null;
      this.reportCredit = { credit: line ?? releaseName, releaseName };
    }
    return this.reportCredit;
  }

  /** Whether the report names anyone; a release's own header ("Press release – Amnesty International.") names no one else. */
  private get anyAttribution(): boolean {
    if (this.anyAttributionMemo === undefined) {
      const { releaseName } = this.creditOfReport();
      // Round 22: the closing credit line's own words ("Compiled by … from partner reports") name no one else.
      const lastSentence = this.sentences.length - 1;
      const signed = releaseName !== null && lastSentence > 0 && !this.firstFigureBySentence.has(lastSentence);
      this.anyAttributionMemo = this.attributions.some((list, i) => !(signed && i === lastSentence) && list.some((a) => a.name !== releaseName));
    }
    return this.anyAttributionMemo;
  }

  resolve(sentenceIndex: number, mention: NumberMention): Claimant {
    const claimant = this.resolveAsWritten(sentenceIndex, mention);
    // Round 12: "… - NDRRMC. The National Disaster Risk Reduction and Management Council said …": an
    // acronym stands for the fullest name the report spells out for it.
    const spelled = claimant.source !== null ? this.spelledOut(claimant.source) : null;
    return spelled ? { ...claimant, source: spelled } : claimant;
  }

  private readonly spelled = new Map<string, string | null>();

  /** The name in the report whose capitals' initials spell `acronym` (3 to 8 capitals), or null. */
  private spelledOut(name: string): string | null {
    // "the SIA announced" after "the Secret Islamic Army (SIA)": the article stays with the name.
    const article = /^the /i.exec(name)?.[0] ?? '';
    const acronym = name.slice(article.length);
    if (!/^\p{Lu}{3,8}$/u.test(acronym)) return null;
    // With its article, only where the report defines it in brackets ("the RSF" after a bare "Rapid Support Forces fighters" stays).
    if (article) {
      const spelled = this.spelledOut(acronym);
      return spelled && this.text.includes(`${spelled} (${acronym})`) ? `${article}${spelled}` : null;
    }
    if (!this.spelled.has(acronym)) this.spelled.set(acronym, spellingIn(this.text, acronym));
    return this.spelled.get(acronym)!;
  }

  private resolveAsWritten(sentenceIndex: number, mention: NumberMention): Claimant {
    const own = this.attributions[sentenceIndex].filter((a) => covers(a, mention.first, mention.last));
    const named = this.choose(own, sentenceIndex, mention);
    if (named) return this.quoted.has(sentenceIndex) && named.via === 'named' ? { ...named, via: 'quotation' } : named;
    const carried = this.carried(sentenceIndex);
    if (carried) return carried;
    if (this.release) return { source: this.release, outlet: null, via: 'source-line' };
    if (sentenceIndex === 0 && this.sentences.length > 1 && this.facts[0].words <= HEADLINE_MAX_WORDS) {
      // Round 22: headlines a feed joined with a glued semicolon ("Four killed in clashes;Two soldiers
      // killed by shelling - police") are stories of their own: the next one's credit is the first's only
      // where it restates the first's figure ("Four killed in clashes;Four killed, rebels say").
      const listed = this.text[this.sentences[0].end] === ';';
      const body = this.bodyClaimant(listed ? mention : null);
      if (body) return body;
    }
    if (!this.anyAttribution && this.credit) return { source: this.credit, outlet: null, via: 'source-line' };
    if (!this.anyAttribution && this.dateline) return { source: this.dateline, outlet: null, via: 'dateline' };
    return this.sourceColumn === null ? { source: null, outlet: null } : { source: this.sourceColumn, outlet: null, via: 'column' };
  }

  /** The claimant among attributions that cover a figure: people before outlets, nearest first; null when none names anyone. */
  private choose(covering: readonly Attribution[], sentenceIndex: number, mention: NumberMention | null): Claimant | null {
    if (covering.length === 0) return null;
    const people = covering.filter((a) => !a.media);
    const media = covering.filter((a) => a.media);
    // Among outlets alone, the one that closes the sentence carries the whole of it.
    const closing = media.filter((a) => a.scope === 'before');
    // People first; an outlet when no one else is named or a named pronoun stays unresolved.
    const nearest = byDistance(people, mention);
    // Claimants, pass 3: "A hospital in Lombardy reported 64 deaths …, the regional health authority said", "Care homes
    // have recorded 1,818 deaths …, according to National Records of Scotland": the speaker closing the sentence states
    // what the subject of a verb of recording counted.
    if (mention && nearest.length > 1 && nearest[0].records) {
      const closer = nearest.find((a) => a !== nearest[0] && a.closes && a.at > mention.last && a.at > nearest[0].at);
      if (closer) {
        nearest.splice(nearest.indexOf(closer), 1);
        nearest.unshift(closer);
      }
    }
    const order = [...nearest, ...byDistance(closing, mention), ...byDistance(media, mention)];
    for (const chosen of order) {
      const resolved = this.dereference(chosen, sentenceIndex);
      if (!resolved.name) continue;
      const carrier = people.length > 0 ? (nearestOf(media, mention)?.name ?? this.outletFallback()) : null;
      return { source: resolved.name, outlet: carrier === resolved.name ? null : carrier, via: resolved.via };
    }
    return null;
  }

  /** The report's own carrier. Not the source column: it holds an outlet in some inputs, a claimant in others. */
  private outletFallback(): string | null {
    return this.credit ?? this.dateline;
  }

  /** A claimant carried from a neighbour: "This was stated by X" after it, or the statement it plainly continues. */
  private carried(sentenceIndex: number): Claimant | null {
    const next = sentenceIndex + 1;
    if (next < this.sentences.length && this.facts[next]?.refersBack && !this.firstFigureBySentence.has(next)) {
      const credit = this.choose(this.attributions[next], next, null);
      if (credit) return { ...credit, via: credit.via === 'named' ? 'back-reference' : credit.via };
    }
    const previous = sentenceIndex - 1;
    if (previous >= 0 && this.facts[sentenceIndex].continues && this.firstFigureBySentence.has(previous)) {
      // The speaker of the end of the sentence before: an attribution that covers what follows it, or closes it.
      const speaking = this.attributions[previous].filter((a) => a.scope !== 'after' || a.until === undefined);
      const statement = this.choose(speaking, previous, null);
      if (statement) return { ...statement, via: statement.via === 'named' ? 'continued' : statement.via };
    }
    return null;
  }

  /** The claimant of a headline: that of the first body figure, else (no figure in the body) of the lead sentence. */
  private bodyClaimant(restating: NumberMention | null = null): Claimant | null {
    let claimant: Claimant | null = null;
    const figureAt = [...this.firstFigureBySentence.keys()].filter((i) => i > 0).sort((a, b) => a - b)[0];
    const restated = restating && this.secondSentenceFigures.find((m) => sameValue(m, restating));
    if (restating && !restated) return null;
    if (figureAt !== undefined) {
      const figure = restated || this.firstFigureBySentence.get(figureAt)!;
      claimant = this.choose(this.attributions[figureAt].filter((a) => covers(a, figure.first, figure.last)), figureAt, figure);
    } else if (this.sentences.length > 1) {
      // A lead that restates the headline without a figure we read: only the speaker who closes it counts.
      claimant = this.choose(this.attributions[1].filter((a) => a.scope === 'before'), 1, null);
    }
    if (!claimant) return null;
    return { ...claimant, outlet: claimant.outlet ?? (this.dateline === claimant.source ? null : this.dateline), via: 'headline←body' };
  }

  /** The name an attribution stands for, resolving pronouns and roles within the report; null for an unresolved pronoun. */
  private dereference(attribution: Attribution, sentenceIndex: number): { name: string | null; via: SourceVia } {
    const spec = bodyOf(attribution.name);
    if (spec) {
      const full = this.fullName(spec, attribution.name, sentenceIndex);
      if (full) return { name: full, via: 'role→named' };
    }
    // Round 15: "Al-Shabab militants stormed a base, and the group claimed …", "MSF teams received 57
    // wounded, the organisation said": the body of that kind the report last named.
    if (KIND_OF_BODY.test(attribution.name)) {
      const named = this.namedBody(attribution, sentenceIndex);
      if (named) return { name: named, via: 'role→named' };
    }
    if (!attribution.anaphoric) return { name: attribution.name, via: 'named' };
    const lower = attribution.name.toLowerCase();
    // "their findings", "its statement": the pronoun's antecedent is the claimant.
    if (!PRONOUNS.has(lower) && !POSSESSIVE.test(lower) && !OWN_SYSTEM.test(lower)) {
      // "the spokesman" is the last claimant with "spokesman" in its name, or stays as written.
      const role = /^the\s+(\S+)$/i.exec(attribution.name)?.[1]?.toLowerCase();
      const earlier = role ? this.earlier(attribution, sentenceIndex).filter((a) => !a.anaphoric && a.name.toLowerCase().includes(role)).pop() : undefined;
      if (earlier) return { name: earlier.name, via: 'role→named' };
      // "the Britain-based monitor": the monitor last named as a speaker, whatever its name.
      const described = DESCRIBED_MONITOR.test(attribution.name)
        ? this.earlier(attribution, sentenceIndex).filter((a) => !a.anaphoric && !a.media && isProperBody(a.name)).pop() : undefined;
      return described ? { name: described.name, via: 'role→named' } : { name: attribution.name, via: 'role' };
    }
    const antecedent = this.antecedent(attribution, sentenceIndex);
    // Claimants, pass 3: "…, according to its MoMo surveillance system": a body's own system or network, unresolved, stays as written.
    if (!antecedent && OWN_SYSTEM.test(lower)) return { name: attribution.name, via: 'role' };
    return { name: antecedent, via: 'pronoun→named' };
  }

  /**
   * What a pronoun refers to: the last speaker named before it (a role resolved in turn), else the last
   * named subject of a sentence, else a news outlet; at the opening of a report, the next speaker.
   */
  private antecedent(pronoun: Attribution, sentenceIndex: number): string | null {
    const speakers = this.earlier(pronoun, sentenceIndex).filter((a) => !PRONOUNS.has(a.name.toLowerCase()));
    const person = speakers.filter((a) => !a.media).pop();
    if (person) return this.dereference(person, sentenceIndex).name;
    const own = this.facts[sentenceIndex].subject;
    if (own && own.end <= pronoun.at) return own.name;
    for (let i = sentenceIndex - 1; i >= Math.max(0, sentenceIndex - ANAPHORA_WINDOW); i--) {
      const subject = this.facts[i].subject;
      if (subject) return subject.name;
    }
    const outlet = speakers.pop();
    if (outlet) return outlet.name;
    for (let i = sentenceIndex + 1; i < Math.min(this.sentences.length, sentenceIndex + 1 + CATAPHORA_WINDOW); i++) {
      const next = this.attributions[i].find((a) => !PRONOUNS.has(a.name.toLowerCase()));
      if (next) return this.dereference(next, i).name;
    }
    return null;
  }

  /**
   * The body last named before a kind of body: an armed group named by its members, a proper name
   * opening a sentence, or a proper body that spoke, within GROUP_WINDOW sentences; null when none.
   */
  private namedBody(attribution: Attribution, sentenceIndex: number): string | null {
    for (let i = sentenceIndex; i >= Math.max(0, sentenceIndex - GROUP_WINDOW); i--) {
      const before = (at: number) => i < sentenceIndex || at < attribution.at;
      const subject = this.facts[i].subject;
      const candidates = [
        ...this.facts[i].groups.filter((g) => before(g.at)),
        ...(subject && namesABody(subject.name) && before(subject.end - 1) ? [{ name: subject.name, at: 0 }] : []),
        ...this.facts[i].attributions.filter((a) => !a.anaphoric && !a.media && namesABody(a.name) && before(a.at)),
      ];
      if (candidates.length > 0) return candidates.sort((a, b) => a.at - b.at)[candidates.length - 1].name;
    }
    return null;
  }

  /** The fullest name of a role's body in the report: the last one before it, else the first after. */
  private fullName(spec: BodySpec, role: string, sentenceIndex: number): string | null {
    const names = (i: number) => [
      ...(this.facts[i].subject ? [this.facts[i].subject!.name] : []),
      ...this.facts[i].attributions.filter((a) => !a.anaphoric).map((a) => a.name),
    ].filter((name) => namesBody(name, spec, role));
    for (let i = sentenceIndex; i >= 0; i--) {
      const found = names(i);
      if (found.length > 0) return found[found.length - 1];
    }
    for (let i = sentenceIndex + 1; i < this.sentences.length; i++) {
      const found = names(i);
      if (found.length > 0) return found[0];
    }
    return null;
  }

  /** Attributions before this one, nearest last, from at most ANAPHORA_WINDOW sentences back. */
  private earlier(attribution: Attribution, sentenceIndex: number): Attribution[] {
    const found: Attribution[] = [];
    for (let i = Math.max(0, sentenceIndex - ANAPHORA_WINDOW); i <= sentenceIndex; i++) {
      for (const a of this.facts[i].attributions) if (i < sentenceIndex || a.at < attribution.at) found.push(a);
    }
    return found;
  }
}

/** A body named as a name ("the Syrian Observatory for Human Rights", "SOHR"), not "police" or "officials". */
/** A run of capitalised words, small words between them. Linear: each word is one alternation step. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and|for|on|the|&)\s+)?\p{Lu}[\p{L}'’-]*)*/gu;

/**
 * Where `text` spells out `acronym`: a run of capitalised words whose initials, with or without those
 * of the small words between them, are the acronym ("Department of Health" is DOH and DH), and no more
 * words than that; the run's first such stretch, or null.
 */
function spellingIn(text: string, acronym: string): string | null {
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const words = match[0].split(/\s+/);
    for (let start = 0; start < words.length; start++) {
      if (NAME_LINKS.has(words[start].toLowerCase())) continue;
      let capitals = '';
      let all = '';
      // The small words' initials may make the run longer than the acronym ("International Committee of the Red Cross", ICRC).
      for (let end = start; end < words.length && capitals.length < acronym.length; end++) {
        const initial = words[end][0].toUpperCase();
        all += initial;
        if (!NAME_LINKS.has(words[end].toLowerCase())) capitals += initial;
        const closes = !NAME_LINKS.has(words[end].toLowerCase());
        if (closes && (capitals === acronym || all === acronym) && end > start) return words.slice(start, end + 1).join(' ');
      }
    }
  }
  return null;
}

/** A proper name of a body, not "A Somali military officer" (someone unnamed) nor "police spokesman Ali Musa" (a person). */
function namesABody(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return isProperBody(name) && words[0] !== 'a' && words[0] !== 'an' && !words.some((w) => SPEAKER_ROLES.has(w));
}

function isProperBody(name: string): boolean {
  const words = name.split(/\s+/);
  return words.some((w, i) => i > 0 && /^\p{Lu}/u.test(w)) || (words.length === 1 && /^\p{Lu}{2,}$/u.test(name));
}

// Round 15, British quotation marks: "'Some 300 were killed,' said X. 'Three of our staff …'" goes on in X's voice.
const OPENS_WITH_QUOTE = /^["“'‘]/;
const CLOSES_WITH_QUOTE = /["”'’]$/;

/** Sentences inside one open quotation take the attributions of the sentence that closes it. */
function shareQuotedAttributions(
  text: string, sentences: readonly Span[], attributions: readonly (readonly Attribution[])[],
): { attributions: (readonly Attribution[])[]; quoted: Set<number> } {
  const shared = attributions.slice();
  const quoted = new Set<number>();
  const bodies = sentences.map((sentence) => text.slice(sentence.start, sentence.end));
  /**
   * Round 9: '"They came at night," a survivor told Reuters. "We buried 23 people."': a quotation that
   * opens right after a quoted sentence its speaker closed, with no speaker of its own, goes on in that voice.
   */
  const speakerBefore = (i: number) => (i > 0 && OPENS_WITH_QUOTE.test(bodies[i - 1]) && attributions[i - 1].length > 0
    ? attributions[i - 1].map((a) => ({ ...a, scope: 'sentence' as const })) : []);
  const share = (from: number, to: number, closing: Attribution[]) => {
    for (let q = from; q <= to; q++) {
      if (shared[q].length === 0 && closing.length > 0) {
        shared[q] = closing;
        quoted.add(q);
      }
    }
  };
  let openSince = -1;
  bodies.forEach((body, i) => {
    const opens = (body.match(/“/g)?.length ?? 0) + ((body.match(/"/g)?.length ?? 0) % 2 === 1 && openSince === -1 ? 1 : 0);
    const closes = (body.match(/”/g)?.length ?? 0) + ((body.match(/"/g)?.length ?? 0) % 2 === 1 && openSince !== -1 ? 1 : 0);
    if (openSince === -1 && opens > closes) {
      openSince = i;
    } else if (openSince !== -1 && closes > opens) {
      // The closing sentence's attribution covers the whole quotation.
      const closing = attributions[i].map((a) => ({ ...a, scope: 'sentence' as const }));
      if (closing.length > 0) share(openSince, i - 1, closing);
      else if (OPENS_WITH_QUOTE.test(bodies[openSince])) share(openSince, i, speakerBefore(openSince));
      openSince = -1;
    } else if (openSince === -1 && OPENS_WITH_QUOTE.test(body) && CLOSES_WITH_QUOTE.test(body)) {
      share(i, i, speakerBefore(i));
    }
  });
  return { attributions: shared, quoted };
}

function distance(a: Attribution, mention: NumberMention | null): number {
  // With no figure to measure from, the last attribution of the sentence is the nearest to what follows.
  if (!mention) return -a.at;
  return a.at < mention.start ? mention.start - a.at : a.at - mention.last;
}

function byDistance(pool: readonly Attribution[], mention: NumberMention | null): Attribution[] {
  return pool.slice().sort((a, b) => distance(a, mention) - distance(b, mention));
}

function nearestOf(pool: readonly Attribution[], mention: NumberMention | null): Attribution | undefined {
  return byDistance(pool, mention)[0];
}

/** Two mentions of one value: "Four" and "4", "about 20" and "some 20". */
function sameValue(a: NumberMention, b: NumberMention): boolean {
  return a.low === b.low && a.high === b.high;
}
