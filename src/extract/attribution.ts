// Who states a figure: "X said (that) ...", "..., X said.", "..., said X", "according to X",
// "reported by X", "citing X", "(per X)", "X quoted Y as saying", "figures from X", a headline's
// leading "X:" or trailing ": X" / "– X". Each attribution carries the part of the sentence it covers,
// so that a figure takes the nearest attribution that covers it; pronouns and bare role nouns ("he",
// "the ministry") are resolved by the claimant resolver. Words that name no one ("initial reports",
// "the latest information") give no attribution at all.
import { COUNT_WORDS } from './phrases.js';
import { CALLED_WRONG_AFTER } from './refiners/revision.js';
import { CLOSING_QUOTES, OPENING_QUOTES, type Token } from './tokens.js';
import {
  ACCUSED_HARMS, ANAPHORS, BRACKETED_BODY_HEADS, COMPILING_VERBS, IDENTIFYING_VERBS, NAME_LINKS, ORDINAL_SUFFIXES, COUNT_MODIFIERS, COUNT_NOUNS, CREDIT_BODIES, DATELINE_AGENCIES, HARMED_PEOPLE, MODALS, MONTHS, OF_NOMINALS, OUTCOME_LEADS, OWN_POSSESSIVES, PREDICATE_WORDS, QUALIFIER_PHRASES, RELATIVE_BREAKERS, SAY_VERBS, SOCIAL_CHANNELS, SPEAKER_ROLES, TENS, AUXILIARY_VERBS,
  SCALES, TRANSITIVE_VERBS, TURN_TITLES, CAPITALISED_LABELS, DOCUMENT_NOUNS, AUDIENCE_NOUNS, HEADER_DOCUMENTS, TOTAL_MODIFIERS, UNITS, VAGUE_QUANTITIES, WEEKDAYS,
} from './vocabulary.js';

/** after: "X said that ..." covers what follows; before: "..., X said." covers what precedes. */
export type AttributionScope = 'after' | 'before' | 'sentence';

export interface Attribution {
  /** The claimant as written in the text. */
  name: string;
  /** Token index of the verb or preposition that introduces it. */
  at: number;
  scope: AttributionScope;
  /** "he", "it", "the agency", "their findings": to be resolved to a named claimant. */
  anaphoric: boolean;
  /** A news outlet rather than the party that counted: "Yonhap reported", "Reuters". */
  media: boolean;
  /** For scope 'after': what was said ends before this token ("While he said X, <another clause>"). */
  until?: number;
  /**
   * Claimants, pass 3: the subject of a verb of recording ("A hospital reported 64 deaths", "Care homes have
   * recorded 1,818 deaths"), which a speaker closing the sentence passes on as its own statement.
   */
  records?: boolean;
  /** Claimants, pass 3: a speaker closing its sentence with a plain verb of saying (", the authority said", ", according to X"). */
  closes?: boolean;
  /** Round 27, for scope 'before': what was said starts at this token, a timeline's entry ("…; 2015 — at least 769 killed, Saudi authorities said"). */
  from?: number;
}

/** A speaker's own people or records, named with a possessive or as a bare plural: "its monitors", "their own records", "officers". */
const OWN_PEOPLE = /^(?:(?:its|their|our)\s+(?:own\s+)?)?\p{Ll}+s$/u;

/** The plain verbs of a speaker who closes a sentence and passes on what a subject recorded. */
const CLOSING_SAY_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'say', 'told', 'added', 'showed', 'shows', 'show', 'according']);

/**
 * Verbs by which a place or a body keeps a count that a closing speaker then states: "a hospital reported 64 deaths, the
 * health authority said", "Guanajuato recorded 3,029 …".
 */
const RECORDING_VERBS: ReadonlySet<string> = new Set(['reported', 'reports', 'recorded', 'records', 'registered', 'registers', 'logged', 'counted', 'documented']);

/** Prepositions and articles that open some qualifiers ("in the region of 400") but far more often no clause ("accused of"). */
const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'on', 'the']);
/** "a spokesman for", "the head of", "an official at", "an adviser to": what links a role to its body. */
const ROLE_LINKS = new Set(['for', 'of', 'at', 'with', 'to', 'in']);
/** Words of a qualifier before a number: "more than", "at least", "between". */
const QUALIFIER_WORDS = new Set([...QUALIFIER_PHRASES.flatMap((q) => q.words).filter((w) => !PREPOSITIONS.has(w)), 'between']);
const SUBJECT_BOUNDARIES = new Set([',', ';', ':', '"', '“', '”', '(', ')', '—', '–', '-', '.', '[', ']']);
const CLAUSE_WORDS = new Set(['that', 'and', 'but', 'while', 'as', 'whereas', 'which', 'who', 'where', 'when', 'after', 'although', 'though', 'because', 'if']);
const SUBJECT_NOISE = new Set([
  'earlier', 'meanwhile', 'however', 'also', 'later', 'has', 'have', 'had', 'was', 'were', 'is', 'are',
  'been', 'already', 'previously', 'separately', 'subsequently', 'then', 'now', 'further', 'initially', 'only',
  'yesterday', 'today', 'last', ...WEEKDAYS,
  'night', 'morning', 'evening', 'officially', 'reportedly', 'repeatedly', 'would', 'will', 'did', 'does',
  // Round 17, historians: "Algerian nationalists have long claimed 45,000".
  'long',
  // "Police can now confirm": a release's present statement.
  'can',
]);
const MEDIA_WORDS = new Set([
  // Not "agency": a spy agency counts; a news agency is caught by "news".
  'news', 'newspaper', 'daily', 'radio', 'television', 'tv', 'reuters', 'yonhap', 'ap', 'afp', 'cnn',
  'bbc', 'jazeera', 'tass', 'interfax', 'xinhua', 'times', 'post', 'press', 'broadcaster', 'channel', 'ukrinform',
  'media', 'outlet', 'website', 'tribune', 'journal', 'herald', 'guardian', 'telegraph', 'abc', 'nbc', 'cbs',
  // Round 17, English-language state television: "…, CGTN reported, citing the county government" (as "cnn"; not the
  // agencies IRNA or Tasnim, whose "It said …" must still resolve to them, see phrase-families.md, "Left by round 17").
  'cgtn',
  // Round 21, East Asian agencies and broadcasters: "…, CNA reported, citing data from the Central Emergency Operation Center".
  'cna', 'kyodo', 'nhk',
]);
/** "according to X", "citing X": the claimant follows and the attribution covers the sentence. */
const FOLLOWED_BY_CLAIMANT: readonly (readonly string[])[] = [
  ['according', 'to'], ['as', 'per'], ['citing'], ['reported', 'by'], ['claimed', 'by'], ['announced', 'by'],
  ['confirmed', 'by'], ['released', 'by'], ['estimated', 'by'], ['provided', 'by'],
  // Round 17, Chinese state media: "…, the Global Times learned from local emergency authorities", "Xinhua learnt from".
  ['learned', 'from'], ['learnt', 'from'],
];
/** Round 27: deeds whose "claimed by" names the perpetrator owning them, not a speaker of figures. */
const CLAIMED_DEEDS: ReadonlySet<string> = new Set(['attacks', 'attack', 'bombings', 'bombing', 'assaults', 'raids', 'ambushes', 'operations', 'blasts']);
const LEAD_FIRST_WORDS = new Set(FOLLOWED_BY_CLAIMANT.map((words) => words[0]));
/** "This was stated by X", "figures from X": a passive or a noun whose agent follows. */
const AGENT_LEADS: readonly (readonly string[])[] = [
  ['stated', 'by'], ['said', 'by'], ['documented', 'by'], ['recorded', 'by'], ['compiled', 'by'], ['published', 'by'],
  ['issued', 'by'], ['verified', 'by'], ['given', 'by'],
  // Claimants, pass 3: "the 162,000–378,000 excess deaths modelled by Ghent researchers", "the 600,000 cited by the mediator".
  ['modelled', 'by'], ['modeled', 'by'], ['cited', 'by'], ['counted', 'by'], ['tallied', 'by'],
  // Round 21, debates over tolls: "the 31 deaths acknowledged by the Soviet authorities", "conceded by the Coalition".
  ['acknowledged', 'by'], ['conceded', 'by'], ['admitted', 'by'],
  // Claimants, pass 4: "Eleven miners were declared dead by rescue officials", "pronounced dead by doctors at the scene".
  ['declared', 'dead', 'by'], ['pronounced', 'dead', 'by'], ['confirmed', 'dead', 'by'],
  // Claimants, pass 4: "the claim by the Houthis' Saba news agency that 6 people were killed".
  ['claim', 'by'],
];
const AGENT_FIRST_WORDS = new Set(AGENT_LEADS.map((words) => words[0]));
/** "X quoted Y as saying ...": Y is the claimant, X only passes it on. */
const QUOTING_VERBS = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites']);
/** Verbs of finding that state a figure only with a clause: "Data showed that ...", not "showed video". */
const FINDING_VERBS = new Set([
  'found', 'finds', 'showed', 'shows', 'show', 'suggested', 'suggests', 'suggest', 'concluded', 'concludes',
  'determined', 'established', 'calculated',
  // Round 21, Japanese broadcasters: "NHK has learned that at least 241 people have died" (only with "that").
  'learned', 'learnt',
]);
/**
 * Round 21, accident investigations: "…, the U.S. Chemical Safety Board found." (a body of inquiry's last word
 * closing the sentence, as round 17's "the official inquiry later found").
 */
const INQUIRING_BODIES: ReadonlySet<string> = new Set(['board', 'commission', 'committee', 'inspectorate', 'tribunal', 'panel', 'coroner', 'ombudsman', 'regulator']);
/** Documents that find a count themselves ("the survey found 212 deaths"; not "searchers found 12 bodies"). */
const DOCUMENT_SUBJECTS: ReadonlySet<string> = new Set([...DOCUMENT_NOUNS, 'inquiry', 'investigation', 'audit', 'analysis', 'census']);
/** Verbs of speaking that state a figure only with "of": "accounts speak of 300 dead" (not "spoke to reporters"). */
const SPEAK_VERBS = new Set(['speak', 'speaks', 'spoke', 'spoken', 'speaking', 'talk', 'talks', 'talked']);
/** Finding verbs that close a sentence with its source: "..., ministry data show." */
const SHOWING_VERBS = new Set(['shows', 'show', 'showed', 'suggest', 'suggests', 'suggested']);
/** Claim verbs that are not in the shared vocabulary (which also feeds actor phrases). */
/** Verbs by which a body changes or takes back its own toll: "raised the toll to 51", "revised its
 * figure to 318 from 350", "retracted his earlier figure of 50". */
const REVISING_VERBS = new Set([
  'raised', 'raises', 'revised', 'revises', 'lowered', 'lowers', 'increased', 'increases', 'reduced', 'reduces', 'cut',
  'corrected', 'corrects', 'adjusted', 'adjusts', 'upped', 'ups', 'retracted', 'retracts', 'withdrew', 'withdraws',
]);
/** Round 26: verbs by which an outlet passes on what it cites: "TamilNet reported …, citing medical officers". */
const REPORTING_VERBS: ReadonlySet<string> = new Set(['reported', 'reports']);
/** Round 26: words that say a document was kept inside a body or leaked from it: "an internal log", "a spreadsheet kept by". */
const INSIDE_DOCUMENT_WORDS: ReadonlySet<string> = new Set(['internal', 'leaked', 'confidential', 'secret', 'classified', 'kept', 'obtained', 'seen']);
/** Verbs of saying that state a figure only with a body as their subject (SAY_VERBS has them). */
const LISTING_VERBS = new Set(['lists', 'listed']);
/** Verbs by which a body disputes a figure it names: "the minister dismissed the rights group's figure
 * of 40 dead" (the figure is marked denied, extract/refiners/revision.ts; its claimant is the denier). */
const DENYING_VERBS = new Set(['dismissed', 'dismisses', 'rejected', 'rejects', 'disputed', 'disputes']);
/** "denied", "denies": with DENYING_VERBS, the verbs of a body that disputes what it goes on to count. */
const DENIAL_VERBS: ReadonlySet<string> = new Set([...DENYING_VERBS, 'denied', 'denies']);
/** Participles by which the subject of the main clause goes on to speak: "The army rejected the claim, saying 12 died". */
const SPEAKING_PARTICIPLES = new Set(['saying', 'adding', 'noting', 'stating', 'insisting', 'claiming', 'estimating']);
/** Verbs of counting the dead: "the ministry has identified 14 of the dead" (not "identified 3 suspects"). */
const COUNTING_VERBS = new Set([...IDENTIFYING_VERBS, 'verified', 'verifies']);
/** What a counting verb counts: the dead and their deaths ("the dead", "deaths", "the killing of", "bodies", "victims"). */
const DEAD_OBJECTS: ReadonlySet<string> = new Set([
  ...[...PREDICATE_WORDS, ...OF_NOMINALS].filter(([, category]) => category === 'killed' || category === 'casualties').map(([word]) => word),
  ...HARMED_PEOPLE,
]);
/** Claimants, pass 4: "recognised (for the first time) that …": an admission, only before "that" (not "recognised the new government"). */
const RECOGNISING_VERBS: ReadonlySet<string> = new Set(['recognised', 'recognized', 'recognises', 'recognizes']);
/** Words of an adverbial between "recognised" and its "that": "for the first time". */
const RECOGNISED_REACH = 5;
/** "UNHCR fears that around 180 refugees … are dead": a body's fear states the count (a clause must follow; not "amid fears that"). */
/** Round 25: bare verbs of claiming, in the plural present only: "Local channels claim 11 dead", "villagers allege 6". */
const BARE_CLAIMS: ReadonlySet<string> = new Set(['claim', 'allege']);
/** Words before a bare claim that leave it unsaid: "cannot claim", "to claim", "do not claim", "must allege". */
const NOT_STATING: ReadonlySet<string> = new Set(['to', 'not', "n't", 'cannot', "can't", 'can', 'must', 'never', 'dare', "don't", "didn't"]);
/** Words before "claim" that make it a noun: "lay claim to", "their claim", "stake a claim". */
const CLAIM_NOUN_BEFORE: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'these', 'those', 'lay', 'laid', 'lays', 'laying', 'stake', 'staked', 'stakes', 'staking', 'no', 'any', 'this', 'that']);
const FEARING_VERBS: ReadonlySet<string> = new Set(['fears', 'feared', 'fear']);
/** Verbs of bringing a charge, whose subject counts the harmed of the charge (chargeOfHarm). */
const CHARGING_VERBS: ReadonlySet<string> = new Set(['indicted', 'indicts', 'charged']);
/** What opens a charge after the accused: "with", "over", "for", "in". */
const CHARGE_LEADS: ReadonlySet<string> = new Set(['with', 'over', 'for', 'in']);
const MAX_ACCUSED_WORDS = 6;

/**
 * "indicted four former militia commanders over the killing of 187 civilians", "charged two officers with the
 * deaths of 9 protesters": the accused (a few words), a lead, "the", then a harm's "of" nominal and "of" (not
 * "charged the crowd", "charged with fraud", "charged a fee of").
 */
function chargeOfHarm(tokens: readonly Token[], v: number): boolean {
  for (let j = v + 1; j <= v + 1 + MAX_ACCUSED_WORDS && j < tokens.length; j++) {
    if (CHARGE_LEADS.has(tokens[j]!.norm)) {
      const k = tokens[j + 1]?.norm === 'the' ? j + 2 : j + 1;
      return HARM_OF_NOMINALS.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'of';
    }
    if (tokens[j]!.kind === 'punct') return false;
  }
  return false;
}

const EXTRA_CLAIM_VERBS = new Set([
  'accused', 'accuses', 'documented', 'documents', 'registered', 'attributed', 'attributes', ...COUNTING_VERBS,
  // Round 21, recording projects and their critics: "the Coalition later conceded one civilian death", "IBC's database
  // now records 186,901 … deaths".
  'conceded', 'concedes', 'concede', 'records',
  // Claimants, pass 4: "the government in 2018 recognised for the first time that one plant worker had died" (as conceded).
  ...RECOGNISING_VERBS,
  // Round 10, indictments and despatches: "The indictment charges the accused with …", "Our correspondent telegraphs that …".
  'charges', 'telegraphs', 'telegraphed', 'cabled',
  // Dossier round 9, prosecutions: "The state prosecutor's office indicted four commanders over the killing of 187
  // civilians", "Prosecutors charged three soldiers with the murder of 12 villagers" (only with a charge of harm: chargeOfHarm).
  ...CHARGING_VERBS,
  // Round 15, histories: "most historians accept roughly one million excess deaths" (a figure must follow: clauseFollows).
  'accept', 'accepts',
  ...FEARING_VERBS,
  // Claimants, pass 3: "the Red Crescent initially cited 11,300 deaths" (a count must follow: "cited security concerns" states none);
  // "The inquest jury's findings state that …" (the plural only before "that": "the state recorded" is a noun).
  'cited', 'cites', 'state',
]);
/** A subject that is itself the harm counted names no speaker: "No fatalities reported", "Casualty estimates vary". */
const HARM_SUBJECT = /^(?:deaths?|dead|casualt|fatalit|injur|wound|kill)/;
/** A headline is short: a leading "X:" credit is read only there ("BAGHDAD :" opens a long body sentence). */
const HEADLINE_WORDS = 14;
/** Plural and role nouns that name a claimant without a capital: "police", "officials". */
const CLAIMANT_NOUNS = new Set([
  'police', 'officials', 'official', 'authorities', 'witnesses', 'sources', 'medics', 'doctors', 'residents', 'rescuers',
  'militants', 'rebels', 'troops', 'spokesman', 'spokeswoman', 'spokesperson', 'ministry', 'army', 'military', 'government',
  // Round 6, wire credits: "… kills 14 -state media".
  'media',
  // Wire headlines of a war's both sides: "3 rebels, 2 civilians killed in assault: insurgents".
  'insurgents', 'separatists', 'activists',
  // "… in night combat - militia": a self-declared republic's forces credited in a headline.
  'militia',
]);
/** Nouns that name an organisation: what "the ministry", "ministry officials" stand for. */
export const BODY_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'agency', 'army', 'military', 'police', 'government', 'council', 'office', 'department', 'service', 'committee',
  'commission', 'authority', 'directorate', 'bureau', 'administration', 'organisation', 'organization', 'observatory',
  'group', 'municipality', 'command', 'forces', 'force', 'monitor', 'coalition', 'mission', 'cross', 'crescent', 'institute',
  // Dossier round 3: "the rights centre raised its count to 57".
  'centre', 'center',
  // Dossier round 4: "The corporation lowered the number of injured to 174".
  'corporation', 'company',
  // Round 6: "says coast guard", "the National Guard".
  'guard',
  // Round 19, anti-piracy operations: "Nigerian Navy: troops of Operation Delta Sanity rescued 9 hostages …".
  'navy',
  // Round 22, headline shorthand: "Four soldiers die in rebel fire: govt", "Govt: 12 dead in floods", "fire dept".
  'govt', "gov't", 'dept',
]);
/** A word of harm or of a count: an object that states a figure. */
const HARM_HINT = /^(?:death|dead|kill|casualt|injur|wound|toll|fatalit|victim|missing|hostage|bod(?:y|ies)|rise|increase|figure|total|count|tally|number|further|new|more)/;
/** Words that open a subordinate clause: "While he said X, ..." covers X only. */
const SUBORDINATORS = new Set(['while', 'although', 'though', 'whereas', 'if', 'because', 'since', 'as', 'when']);
/** Verbs that also serve as nouns ("initial reports", "United States"): verbs only before a clause. */
// Round 19: "By Crisis Group's count, …" (a noun), "military reports count 1,749" (a verb).
const NOUN_LIKE_VERBS = new Set(['reports', 'report', 'states', 'claims', 'notes', 'estimates', 'estimate', 'count', 'counts']);
/** Which of a dataset's estimates a note gives: "Best estimate 14", "high estimate 20". */
const CODED_ESTIMATES: ReadonlySet<string> = new Set(['best', 'low', 'high', 'lower', 'upper', 'conservative', 'preliminary', 'central']);
/** Verbs with a plural subject that show the word before them a noun: "estimates range", "reports say". */
const PLURAL_SUBJECT_VERBS: ReadonlySet<string> = new Set(['range', 'vary', 'differ', 'run', 'say', 'suggest', 'show', 'indicate', 'put', 'place']);
/** Verbs of speech proper: whatever follows them (but a comma) is what was said. */
const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'added', 'adds', 'wrote', 'writes', 'estimated', 'estimates', 'estimate', 'believe', 'believes',
  'noted', 'notes', 'insisted', 'warned', 'explained', 'complained', 'acknowledged', 'indicated', 'stated', 'states',
  'clarified', 'alleged', 'alleges', 'allege',
  // Round 9, Nigerian and Indian press: ", the command's spokesperson, SP Jane Doe, disclosed in a statement".
  'disclosed', 'revealed',
  // Round 22, military-history magazines: "…, Martin Middlebrook calculates.", "…, one historian reckons."
  'calculates', 'reckons', 'computes',
]);
/** First words of what was said: "that", a number, a qualifier, a determiner, a pronoun, a name. */
const CLAUSE_STARTERS = new Set([
  'that', 'he', 'she', 'it', 'they', 'there', 'we', 'no', 'none', 'nobody', 'another', 'a', 'an',
  ...UNITS.keys(), ...TENS.keys(), ...QUALIFIER_PHRASES.map((q) => q.words[0]).filter((w) => !PREPOSITIONS.has(w)), ...VAGUE_QUANTITIES.map((v) => v.words[0]),
]);
// Round 14: "has confirmed only five bodies recovered": "only" and "just" before what was said.
const SKIPPED_BEFORE_CLAUSE = /^(?:on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|lawmakers|reporters|journalists|parliament|mps|msps|legislators|later|also|earlier|me|us|only|just)$/;
/** Speech verbs that may come before their speaker: ", said police officials". */
// Round 6: "…, reports the press service", "…, informs the prosecutor's office" (translated English).
const INVERTIBLE_VERBS = new Set(['said', 'says', 'added', 'wrote', 'told', 'reports', 'reported', 'informs', 'informed']);
const NAME_STOPS = new Set(['details', 'which', 'who', 'that', 'said', 'says', 'told', 'adding', 'as', 'on', 'while', 'and', 'but', 'in', 'was', 'were', 'is', 'are', 'has', 'had', 'have']);
/** Verbs of estimating that state a figure only as "put X at N". */
const PUTTING_VERBS = new Set(['put', 'puts', 'placed']);
/** Prepositions after which a say verb in -ed is an adjective: "the number of confirmed fatalities". */
const PARTICIPLE_PREPOSITIONS = new Set(['of', 'for', 'with', 'among', 'about', 'from']);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'these', 'those']);
const POSSESSIVE_ANAPHORS = /^(?:their|its|his|her)\s/i;
/** How many tokens may follow a closing "X said" before it stops being the sentence's last clause. */
const FINAL_TAIL = 8;
/** A tail that names where it was said may be longer: "in its annual report on the death penalty". */
const LONG_TAIL = 13;
const CONTINUATIONS = new Set(['adding', 'saying', 'noting', 'citing']);
/**
 * The writer's clause of circumstance after a speaker set off by commas: ", as rescuers searched ...",
 * ", amid fears of ...". Not "while", which opens a report of its own ("while 40 others were hurt").
 */
// Round 20: "…, the union said on Sunday, after a commentator was shot dead": "after", "following" the same.
const CIRCUMSTANCE_OPENERS = new Set(['as', 'amid', 'after', 'following']);
/** A speaker named after the verb is a short name: ", said police officials", ", said Amina Yusuf". */
const MAX_INVERTED_NAME = 5;
/** A longer inverted speaker, when it ends in a body: ", said the head of the district administration". */
const MAX_INVERTED_BODY = 11;
/** What may follow a closing "X said": when, where, how, to whom, and nothing that is a clause. */
const ADJUNCT_OPENERS = /^(?:ahead|here|on|in|at|to|via|through|by|from|late|early|earlier|later|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|overnight|lawmakers|reporters|journalists|parliament|mps|msps|legislators|citing|quoting|without|after|during|separately|also)$/;

function isBoundaryToken(t: Token): boolean {
  return t.kind === 'punct' && (SUBJECT_BOUNDARIES.has(t.text) && (!t.glued || t.text === ',' || t.text === '”' || t.text === '"' || t.text === ':'));
}

/** "on board; the coast guard said": a semicolon ends a clause glued or not, but not the one of an entity ("#39;", "&amp;"). */
function isClauseBoundary(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t.text === ';' && t.kind === 'punct' && t.glued) {
    const entity = tokens[k - 1]?.glued && (tokens[k - 2]?.text === '#' || tokens[k - 2]?.text === '&');
    return !entity;
  }
  return isBoundaryToken(t);
}

/**
 * "JERUSALEM A preliminary army investigation": a dateline whose dash a feed dropped runs into the
 * subject after it; the capitalised article says where the name begins. ("NATO Secretary General"
 * keeps its acronym: no article follows it.)
 */
const RUN_IN_DATELINE = /^\p{Lu}{3,}(?: \p{Lu}{3,}){0,2},? (?=(?:A|An|The) )/u;

const EDGE_CHARACTERS = new Set([...' \t\n\r,;:\'"“”‘’-–—']);

/** Collapses white space and trims quotes and separators from both ends (a loop: a trailing-anchored
 * character-class regex would rescan long runs of separators quadratically). */
function clean(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ');
  let start = 0;
  let end = collapsed.length;
  while (start < end && EDGE_CHARACTERS.has(collapsed[start])) start += 1;
  while (end > start && EDGE_CHARACTERS.has(collapsed[end - 1])) end -= 1;
  let cleaned = collapsed.slice(start, end).replace(RUN_IN_DATELINE, '');
  // "JFO HQ;Euromaidan Press": a semicolon joins items of a list (an export's headlines, its authors), never words of a name.
  const semicolon = cleaned.indexOf(';');
  if (semicolon > 0) cleaned = clean(cleaned.slice(0, semicolon));
  // "the Kherson RM ." and "police.": a full stop ends the sentence, not the name; "the U.N." keeps its own.
  if (cleaned.endsWith('.') && !isAbbreviation(cleaned.slice(cleaned.lastIndexOf(' ') + 1))) cleaned = clean(cleaned.slice(0, -1));
  // "(per the ministry)", "ministry)": brackets that open or close nothing inside the name.
  if (cleaned.startsWith('(') && !cleaned.includes(')')) cleaned = clean(cleaned.slice(1));
  if (cleaned.endsWith(')') && !cleaned.includes('(')) cleaned = clean(cleaned.slice(0, -1));
  if (cleaned.startsWith('(') && cleaned.endsWith(')') && cleaned.indexOf(')') === cleaned.length - 1) cleaned = clean(cleaned.slice(1, -1));
  // "<Noranda Inc>": a wire ticker's angle brackets are no part of the name.
  if (cleaned.endsWith('>') && !cleaned.slice(1).includes('<')) cleaned = clean(cleaned.slice(cleaned.startsWith('<') ? 1 : 0, -1));
  return cleaned;
}

/** "U.N.", "S.", "Inc.": a last word whose full stop is its own. */
function isAbbreviation(word: string): boolean {
  return word.slice(0, -1).includes('.') || /^\p{Lu}\.$/u.test(word) || /^(?:inc|co|corp|ltd|jr|sr|dept|govt)\.$/i.test(word);
}

/** News outlets, and unnamed "reports", carry claims rather than make them. */
function isMedia(name: string): boolean {
  const words = name.toLowerCase().split(/[^a-z]+/);
  // "a press spokesman", "the press service of the governor": a body's own voice to the press.
  return words.some((w, i) => (MEDIA_WORDS.has(w) && !(w === 'press' && PRESS_VOICES.has(words[i + 1] ?? ''))) || w === 'reports');
}
const PRESS_VOICES: ReadonlySet<string> = new Set([...SPEAKER_ROLES, 'service', 'office', 'attache', 'department']);

/** Nouns that name a piece of information, not who gave it: "initial reports", "the latest figures". */
const INFO_NOUNS = new Set([
  'report', 'reports', 'estimate', 'estimates', 'figure', 'figures', 'data', 'information', 'findings', 'statistics',
  'numbers', 'tally', 'tallies', 'count', 'counts', 'records', 'message', 'messages', 'accounts', 'indications', 'details',
  'assessment', 'assessments', 'footage', 'video', 'videos', 'images', 'photos', 'pictures',
]);
/** Words that may stand before such a noun without naming anyone: "the latest official figures". */
/** Information nouns that stand for a claim of their own when nothing names its author: "reports said". */
const UNNAMED_CLAIMS: ReadonlySet<string> = new Set(['report', 'reports', 'estimates']);
const GENERIC_MODIFIERS = new Set([
  'the', 'a', 'an', 'some', 'other', 'initial', 'latest', 'early', 'earlier', 'first', 'preliminary', 'new',
  'unconfirmed', 'recent', 'previous', 'final', 'updated', 'available', 'current', 'conflicting', 'various',
  'several', 'multiple', 'more', 'further', 'fresh', 'additional', 'provisional', 'revised',
]);
/** Agents named after an information noun: "figures from the UN", "a statement by the army". */
const AGENT_WORDS = new Set(['from', 'by', 'of']);
/** Personal pronouns: never a claimant in themselves. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
/** A claimant of more words than this, none of them a name, is a description, not a claimant. */
const MAX_UNNAMED_WORDS = 9;

/** "IS", "WHO", "UN": all-capital acronyms are names, never the function words they spell. */
export function isAcronym(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && /^\p{Lu}/u.test(word);
}

/**
 * The claimant a written name stands for: "figures from the UN" is the UN; "initial reports", "the
 * latest information" and "a message posted on a website" name no one (null); long descriptions without
 * a name are not claimants either.
 */
/** Nouns that end like adverbs and may name a speaker alone: "family said", "the assembly said". */
const NOUNS_IN_LY: ReadonlySet<string> = new Set(['family', 'assembly', 'ally', 'rally', 'monopoly', 'supply']);

export function claimantName(name: string): string | null {
  const words = name.split(' ');
  // Round 26, corrections: "not 71 as originally reported": an adverb alone names no one (a noun in -ly does).
  if (words.length === 1 && /^\p{Ll}+ly$/u.test(words[0]!) && !NOUNS_IN_LY.has(words[0]!)) return null;
  let head = 0;
  while (head < words.length - 1 && head < 4 && GENERIC_MODIFIERS.has(words[head].toLowerCase())) head += 1;
  if (INFO_NOUNS.has(words[head].toLowerCase()) && !isAcronym(words[head])) {
    const next = words[head + 1]?.toLowerCase();
    if (next && AGENT_WORDS.has(next) && head + 2 < words.length) return claimantName(clean(words.slice(head + 2).join(' ')));
    // "Unconfirmed reports said", "according to media reports", "some estimates run as high as": unnamed
    // reports and estimates are claimants as written (the gold's convention: "a news report").
    if (next === undefined && UNNAMED_CLAIMS.has(words[head].toLowerCase())) return name;
    // Round 17: "A report released on Thursday by the Zimbabwe Human Rights NGO Forum": the agent of the document's participle.
    const by = next !== undefined && /^\p{Ll}+ed$/u.test(next) ? words.indexOf('by', head + 2) : -1;
    if (by !== -1 && by <= head + MAX_PARTICIPLE_AGENT && by + 1 < words.length) return claimantName(clean(words.slice(by + 1).join(' ')));
    // "a report published Friday in the medical journal The Lancet": the named journal or outlet that carried it.
    const carried = next !== undefined && PUBLISHED.has(next) ? words.indexOf('in', head + 2) : -1;
    if (carried !== -1 && carried <= head + MAX_PARTICIPLE_AGENT && words.slice(carried + 1).some((w) => /^\p{Lu}/u.test(w))) return claimantName(clean(words.slice(carried + 1).join(' ')));
    // "information minister Ana Ruiz": the noun only modifies the head that follows it.
    if (next === undefined || /^(?:on|in|at|about|for|to|with|that|which|\p{Ll}+ed)$/u.test(next)) return null;
  }
  // "according to the UN's count", "the army's latest figures": the owner of the figures states them.
  // (Not a document of its own: "the tribunal's own records list 2,100 executions" is the records'.)
  const owned = words.length > 1 && OWNED_COUNTS.has(words[words.length - 1]!.toLowerCase()) && !words.includes('own') ? OWNER_BEFORE_FIGURES.exec(name) : null;
  if (owned) return claimantName(owned[1]!);
  // "one KIA reported - JFO HQ": a count and its harm are what was reported, not who reported it.
  if (COUNT_WORDS.has(words[0]!.toLowerCase()) && words.some((w) => PREDICATE_WORDS.has(w.toLowerCase()))) return null;
  const named = words.some((w, i) => /^\p{Lu}/u.test(w) && (i > 0 || words.length === 1 || isAcronym(w)));
  // Round 26: "the minutes of a closed-door meeting of the provincial security council": a long unnamed claimant
  // that ends in a body's word (BODY_WORDS) is that body's.
  if (!named && words.length > MAX_UNNAMED_WORDS && !BODY_WORDS.has(words[words.length - 1]!.toLowerCase())) return null;
  return name;
}

/** "the UN's count", "the army's latest figures": the owner before a possessive, then a few words of the figures. */
const OWNER_BEFORE_FIGURES = /^(.{2,80}?)['’]s?(?: [\p{Ll}-]+){1,3}$/u;

const PUBLISHED: ReadonlySet<string> = new Set(['published', 'released', 'printed']);

/** How far after a document's participle its agent's "by" may stand: "released on Thursday by". */
const MAX_PARTICIPLE_AGENT = 5;

/**
 * Round 9, wires: "the Britain-based monitor", "the UK-based war monitor", "the rights watchdog": a
 * description of a monitor named before it, not a name of its own.
 */
export const DESCRIBED_MONITOR = /^the (?:[\p{L}]+-based )?(?:war |rights |human rights )?(?:monitor|watchdog)$/iu;

/** Object pronouns a claimant may be written as ("according to him"), with the subject pronoun resolved for it. */
const OBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);

function make(name: string | null, at: number, scope: AttributionScope): Attribution | null {
  if (!name) return null;
  // "they're saying": the pronoun without its verb.
  const written = clean(name.replace(/['’]re$/u, ''));
  if (!written || written.length > 120) return null;
  // Claimants, pass 4: "According to him, 3 Maoists were also killed": the object pronoun stands for its speaker as "he" does.
  const pronoun = OBJECT_PRONOUNS.get(written.toLowerCase());
  if (pronoun) return { name: pronoun, at, scope, anaphoric: true, media: false };
  const cleaned = ANAPHORS.has(written.toLowerCase()) ? written : claimantName(written);
  if (!cleaned) return null;
  const lower = cleaned.toLowerCase();
  const anaphoric = !isAcronym(cleaned) && (ANAPHORS.has(lower) || PRONOUNS.has(lower) || POSSESSIVE_ANAPHORS.test(cleaned) || DESCRIBED_MONITOR.test(cleaned));
  return { name: cleaned, at, scope, anaphoric, media: isMedia(cleaned) };
}

/** Text of tokens [from, to) from the source text, null when empty. */
function span(text: string, tokens: readonly Token[], from: number, to: number): string | null {
  if (to <= from) return null;
  return text.slice(tokens[from].start, tokens[to - 1].end);
}

/** The claimant named after "according to" and the like: up to a comma, clause word or the end. */
function nameAfter(tokens: readonly Token[], from: number): number {
  let k = from;
  for (; k < tokens.length && k < from + 16; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && !'()’\'&-“”'.includes(t.text) && t.text !== '.') break;
    // "S. Korea", "the U.N. agency": the full stop of an abbreviation inside the name.
    const abbreviation = t.glued && k > from && (tokens[k - 1].text.includes('.') || /^\p{Lu}$/u.test(tokens[k - 1].text));
    if (t.text === '.' && (!t.glued || !(/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') || (abbreviation && tokens[k + 1]?.kind === 'word')))) break;
    if (k > from && NAME_STOPS.has(t.norm) && !/^\p{Lu}/u.test(t.text) && !isAndInName(tokens, k)) break;
    // Round 10: "reported by General Ashford at 2,912": the figure the agent gives is no part of the name.
    if (k > from && t.norm === 'at' && (tokens[k + 1]?.kind === 'num' || QUALIFIER_WORDS.has(tokens[k + 1]?.norm ?? ''))) break;
    // Claimants, pass 3: "modelled by Harbin researchers to the 90,000 cited by …": the other end of a range of counts.
    if (k > from && t.text === 'to' && tokens.slice(k + 1, k + 4).some((n) => n.kind === 'num')) break;
    if (k > from && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/.test(t.norm)) break;
    // Claimants, pass 4: "declared dead by rescue officials late on Monday", "by doctors early this morning": a time after the agent.
    if (k > from && (t.text === 'late' || t.text === 'early') && /^(?:on|last|this|in|yesterday|today|tonight)$/.test(tokens[k + 1]?.norm ?? '')) break;
    // Round 21: "the 31 deaths acknowledged by the Soviet authorities to the 30,000 …": "to" then no name ends it
    // (not "the Special Envoy to Yemen", "the Mission to the Sudan").
    if (k > from && t.text === 'to' && !/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && !(tokens[k + 1]?.norm === 'the' && /^\p{Lu}/u.test(tokens[k + 2]?.text ?? ''))) break;
  }
  return k;
}

const capitalised = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
/** How far a body's head word may stand from the "and" inside its name. */
const NAME_AND_REACH = 4;
/**
 * Is the "and" at `k` inside one body's name? "the National Search and Rescue Agency", "the Institute
 * of Climate and Health", "the Ministry of Health and Population": capitalised words on both sides (or,
 * written small, after an article), neither a body nor a claimant of its own, and a body's head word in
 * the name ("Police and Army officials", "witnesses and medics" are two).
 */
function isAndInName(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (tokens[k]?.text !== 'and' || before?.kind !== 'word' || after?.kind !== 'word' || isAcronym(before.text) || isAcronym(after.text)) return false;
  if (BODY_WORDS.has(before.norm) || BODY_WORDS.has(after.norm) || CLAIMANT_NOUNS.has(before.norm) || CLAIMANT_NOUNS.has(after.norm)) return false;
  // Written small, the name is short and opens with an article or its clause: "the search and rescue
  // agency", "the fire and rescue service", ", search and rescue agency chief Hadi Santoso said".
  if (!capitalised(before) && !capitalised(after)) {
    const opener = tokens[k - 2];
    return (opener === undefined || opener.kind === 'punct' || DETERMINERS.has(opener.norm)) && [tokens[k + 2], tokens[k + 3]].some((t) => t?.kind === 'word' && BODY_WORDS.has(t.norm));
  }
  if (!capitalised(before) || !capitalised(after)) return false;
  const isHead = (t: Token | undefined) => capitalised(t) && BODY_WORDS.has(t!.norm);
  for (let j = k + 2; j <= k + NAME_AND_REACH && capitalised(tokens[j]); j++) if (isHead(tokens[j])) return true;
  // Round 19: "the Pakistan Institute for Conflict and Security Studies": "for" inside the name as "of".
  for (let j = k - 2; j >= k - NAME_AND_REACH && j >= 0 && (capitalised(tokens[j]) || tokens[j].norm === 'of' || tokens[j].norm === 'for'); j--) if (isHead(tokens[j])) return true;
  return false;
}

/** How many words the first of two joined claimants may have: "the Interior Ministry", "Police". */
const JOINED_CLAIMANT_WORDS = 4;
/**
 * Is the "and" at `k` between two claimants who speak together? "witnesses and medics said",
 * "Police and Army officials said", "Hamas and Islamic Jihad said" (guideline: the fullest name the
 * text gives, both of them). The first opens its clause and is a name, a body or a claimant noun, no
 * verb ("Five died in Mosul and officials said" is two clauses).
 */
function isAndOfClaimants(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.text !== 'and') return false;
  const right = tokens[k + 1];
  if (right?.kind !== 'word' || !(capitalised(right) || DETERMINERS.has(right.norm) || CLAIMANT_NOUNS.has(right.norm) || UNNAMED_CLAIMS.has(right.norm))) return false;
  let j = k - 1;
  while (j >= 0 && k - 1 - j < JOINED_CLAIMANT_WORDS && tokens[j].kind === 'word'
    && (capitalised(tokens[j]) || DETERMINERS.has(tokens[j].norm) || CLAIMANT_NOUNS.has(tokens[j].norm) || BODY_WORDS.has(tokens[j].norm) || tokens[j].norm === 'of')) j -= 1;
  if (j === k - 1 || (j >= 0 && !isClauseBoundary(tokens, j))) return false;
  const last = tokens[k - 1]!;
  return CLAIMANT_NOUNS.has(last.norm) || BODY_WORDS.has(last.norm) || (capitalised(last) && !SAY_VERBS.has(last.norm));
}

/** Start of the clause that ends just before index `end`. */
function clauseStart(tokens: readonly Token[], end: number): number {
  let start = end;
  while (start > 0) {
    const t = tokens[start - 1];
    // "disputed the figure, saying its monitors had counted five dead": what was said opens after "saying".
    if (isClauseBoundary(tokens, start - 1) || (CLAUSE_WORDS.has(t.norm) && !isAcronym(t.text) && !isAndInName(tokens, start - 1) && !isAndOfClaimants(tokens, start - 1))
      || SPEAKING_PARTICIPLES.has(t.norm)
      || (t.kind === 'num' && !inName(tokens, start - 1) && !isClockTime(tokens, start - 1))) break;
    start -= 1;
  }
  return start;
}

/** Round 13: "the bulletin, updated at 8am, revised …": an hour inside an aside is no count that ends the clause. */
function isClockTime(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return next !== undefined && next.glued && (next.norm === 'am' || next.norm === 'pm');
}

/**
 * Round 8: "Rescue 1122 officials said", "Channel 4 News reported": a number inside a name, after a
 * capitalised word and before another or before a speaker's role.
 */
function inName(tokens: readonly Token[], k: number): boolean {
  if (isYearInName(tokens, k)) return true;
  const after = tokens[k + 1];
  // Round 17, historians: "The census commissioners of 1851 recorded", "German military reports of 1905 count": the year
  // names the body or the document, its verb right after.
  if (/^(?:1[5-9]|20)\d\d$/.test(tokens[k].text) && tokens[k - 1]?.norm === 'of' && SAY_VERBS.has(after?.norm ?? '')) return true;
  // Not a date: "In March 2023 Police said".
  if (/^(?:19|20)\d\d$/.test(tokens[k].text) || MONTHS.has(tokens[k - 1]?.norm ?? '') || MONTHS.has(tokens[k + 1]?.norm ?? '')) return false;
  // Not a headline in capitals ("FIRE CAUSED 10 MLN DLRS"): a name's words are not all capitals.
  const shouted = (t: Token | undefined) => t !== undefined && t.text.length > 1 && t.text === t.text.toUpperCase();
  if (shouted(tokens[k - 1]) || shouted(tokens[k + 1])) return false;
  // "the 3rd Brigade", "the 101st Airborne Division": a rank; "the 20-member commission": a size.
  if (after?.glued && (ORDINAL_SUFFIXES.has(after.norm) || (after.text === '-' && tokens[k + 2]?.glued && tokens[k + 2]?.kind === 'word'))) return true;
  // "the Group of 77": a body named by its number.
  if (tokens[k - 1]?.norm === 'of' && capitalised(tokens[k - 2]) && BODY_WORDS.has(tokens[k - 2]!.norm)) return true;
  // Round 12: "Rescue 1122 said the toll …": a name of one word and its number opening the sentence, then its verb;
  // "The Inquiry's Phase 2 report concludes": a numbered document (DOCUMENT_NOUNS).
  const opensWithVerb = after !== undefined && SAY_VERBS.has(after.norm) && k >= 1 && (k === 1 || isClauseBoundary(tokens, k - 2));
  return /^\d{1,5}$/.test(tokens[k].text) && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '') && tokens[k - 1].kind === 'word'
    && after?.kind === 'word' && (/^\p{Lu}/u.test(after.text) || SPEAKER_ROLES.has(after.norm) || CLAIMANT_NOUNS.has(after.norm) || DOCUMENT_NOUNS.has(after.norm) || opensWithVerb);
}

/** Words before a year inside a name: "The 1851 census", "its 2019 report", "the government's own 1979 inquiry". */
const YEAR_NAME_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'own']);
/** How far from its clause's start a year inside a name may stand. */
const YEAR_NAME_REACH = 6;

/**
 * Round 15: "The 1851 census commissioners recorded", "The provincial government's own 1979 inquiry
 * acknowledged": a year after an article or "own", before a word in lower case, near the start of its
 * clause with no preposition before it (not "In the 2019 floods police said").
 */
function isYearInName(tokens: readonly Token[], k: number): boolean {
  if (!/^(?:1[6-9]|20)\d\d$/.test(tokens[k].text) || !YEAR_NAME_OPENERS.has(tokens[k - 1]?.norm ?? '')) return false;
  if (tokens[k + 1]?.kind !== 'word' || !/^\p{Ll}/u.test(tokens[k + 1].text)) return false;
  for (let j = k - 2; j >= 0; j--) {
    if (k - j > YEAR_NAME_REACH || DANGLING_PREPOSITIONS.has(tokens[j].norm) || TIME_PREPOSITIONS.has(tokens[j].norm)) return false;
    if (isClauseBoundary(tokens, j)) return true;
  }
  return true;
}
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['during', 'after', 'before', 'since', 'until', 'through', 'throughout']);

function isNoise(t: Token): boolean {
  return SUBJECT_NOISE.has(t.norm) && !isAcronym(t.text);
}

/** Does the aside that opens after the comma at index `comma` stand between a name and its verb?
 * ", a spokeswoman for X,", ", run by Hamas,", ", as reported by the BBC,", ", who ...": it starts
 * with a lower-case word; a capitalised aside (", Lieutenant General Ken Keen,") is itself the name. */
function isLowerAside(tokens: readonly Token[], comma: number, end: number): boolean {
  const first = tokens[comma + 1];
  if (!first || first.kind !== 'word' || !/^\p{Ll}/u.test(first.text)) return false;
  for (let k = comma + 1; k < end; k++) if (tokens[k].kind === 'num' && !isClockTime(tokens, k) && !isDateNumber(tokens, k)) return false;
  return true;
}

/**
 * In an aside, a day beside its month or a year ("on the 4 May crash", "in its 2019 report") is a date, and a
 * number after a capitalised word inside the sentence a model's name ("of an ATR 72-600", "a Dash 8"): no count.
 */
function isDateNumber(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.kind !== 'num') return false;
  const model = (k > 1 && capitalised(tokens[k - 1]) && !isClauseBoundary(tokens, k - 2))
    || (tokens[k].glued && tokens[k - 1]?.text === '-' && tokens[k - 1].glued && isDateNumber(tokens, k - 2));
  return model || inDate(tokens, k) || /^(?:1[6-9]|20)\d\d$/.test(tokens[k].text);
}

/** Is tokens [from, to) a speaker's role for a body: "a spokeswoman for the Red Crescent", "the army's chief of staff"? */
function isRoleAside(tokens: readonly Token[], from: number, to: number): boolean {
  let k = from;
  if (k < to && DETERMINERS.has(tokens[k].norm)) k += 1;
  // "a senior military spokesman for", "the regional health director of"
  for (let words = 0; k < to && words < 4; k++, words++) {
    if (SPEAKER_ROLES.has(tokens[k].norm)) return k + 2 < to && ROLE_LINKS.has(tokens[k + 1].norm);
  }
  return false;
}

/** Is the name at [start, end) set off after a short role phrase of a body: "the army's spokesman, Ruben Osei"? */
function roleBeforeName(tokens: readonly Token[], start: number, end: number): boolean {
  const comma = start - 1;
  if (comma < 2 || tokens[comma].text !== ',' || !/^\p{Lu}/u.test(tokens[start]?.text ?? '') || end - start > 4) return false;
  if (!tokens.slice(start, end).every((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text))) return false;
  const from = clauseStart(tokens, comma);
  const phrase = tokens.slice(from, comma);
  if (phrase.length < 2 || phrase.length > 6 || !SPEAKER_ROLES.has(phrase.at(-1)!.norm)) return false;
  // Whose role: a possessive ("the army's", "Vardania's") or a word of the body ("the health
  // minister"); "the spokesperson, SP Jane Doe" names no body, and the person stays the claimant.
  return phrase.some((t) => /['’]s$/.test(t.text)) || (phrase.length >= 3 && DETERMINERS.has(phrase[0]!.norm));
}

/** Does a name-like phrase (capitalised or with a determiner, no number, short) end just before index `end`? */
function nameEndsAt(tokens: readonly Token[], end: number): boolean {
  let start = clauseStart(tokens, end);
  // "As per the assessment of X, provided to Y, estimated": the name after a leading "per".
  if (tokens[start]?.norm === 'per') start += 1;
  if (start >= end || end - start > 10) return false;
  const first = tokens[start];
  return first.kind === 'word' && (/^\p{Lu}/u.test(first.text) || DETERMINERS.has(first.norm) || CLAIMANT_NOUNS.has(first.norm));
}

/** The subject before a verb of saying at index v, back to the nearest clause boundary, as a token span. */
/** Words of a subject before its verb, and of a subject with its role set off after the name. */
const MAX_SUBJECT = 14;
const MAX_ROLE_SUBJECT = 20;

/**
 * Claimants, pass 4: an adjunct between a subject and its verb, ending just before `end`: "so far", "thus far", "to
 * date" ("The district administration has so far confirmed"), "in 2018", and "in a (joint|written…) statement" and the like
 * ("Samuel Aruwan, in a statement on Sunday, confirmed", "in a post on Telegram"); where it starts, or -1.
 */
function adjunctBefore(tokens: readonly Token[], end: number): number {
  // "in a post on Telegram": the channel after the statement's noun.
  if (SOCIAL_CHANNELS.has(tokens[end - 1]?.norm ?? '') && tokens[end - 2]?.norm === 'on') end -= 2;
  const last = tokens[end - 1]?.norm;
  if ((last === 'far' && (tokens[end - 2]?.norm === 'so' || tokens[end - 2]?.norm === 'thus')) || (last === 'date' && tokens[end - 2]?.norm === 'to')) return end - 2;
  // "the government in 2018 acknowledged that": a year after "in" is the time of the statement, no count before it.
  if (tokens[end - 1]?.kind === 'num' && /^(?:1[89]|20)\d\d$/.test(tokens[end - 1].text) && tokens[end - 2]?.norm === 'in') return end - 2;
  if (!STATEMENT_HEADS.has(last ?? '') && last !== 'post' && last !== 'interview') return -1;
  for (let k = end - 2; k >= Math.max(1, end - 4); k--) {
    if (DETERMINERS.has(tokens[k].norm)) return tokens[k - 1].norm === 'in' ? k - 1 : -1;
    if (tokens[k].kind !== 'word' || !/^\p{Ll}+$/u.test(tokens[k].text)) return -1;
  }
  return -1;
}

function subjectSpan(tokens: readonly Token[], v: number): { start: number; end: number; aside: boolean } | null {
  let end = v;
  while (end > 0 && isNoise(tokens[end - 1])) end -= 1;
  // Claimants, pass 4: "has so far confirmed", "in a statement on Sunday confirmed": the adjunct, its day, and what was
  // noise before them.
  for (let hops = 0; hops < 2; hops++) {
    const day = dayBefore(tokens, end);
    const adjunct = adjunctBefore(tokens, day !== -1 && day < end ? day : end);
    if (adjunct < 1 || (tokens[adjunct - 1].kind !== 'word' && tokens[adjunct - 1].text !== ',')) break;
    end = adjunct;
    while (end > 0 && isNoise(tokens[end - 1])) end -= 1;
  }
  // "Police on Monday said", "The coroner on 3 May identified": a day between the subject and its verb.
  let day = dayBefore(tokens, end);
  // "French officials at the time put …": so is "at the time".
  if (tokens[end - 1]?.norm === 'time' && tokens[end - 2]?.norm === 'the' && tokens[end - 3]?.norm === 'at' && end - 3 > 0) day = end - 3;
  if (day !== -1 && day < end) {
    end = day;
    while (end > 0 && isNoise(tokens[end - 1])) end -= 1;
  }
  // Round 9: "Later accounts, however, spoke of …": a sentence adverb set off by commas is no aside of the name.
  if (tokens[end - 1]?.text === ',' && DISCOURSE_ADVERBS.has(tokens[end - 2]?.norm ?? '') && tokens[end - 3]?.text === ',') end -= 3;
  // "Lieutenant General Ken Keen, said": the name is the aside just before the comma.
  const afterAside = end > 0 && tokens[end - 1].text === ',';
  if (afterAside) end -= 1;
  let start = clauseStart(tokens, end);
  // "the National Prison Institute (INAP) said": the acronym in brackets belongs to the name before it.
  if (!afterAside && start > 1 && tokens[start - 1].text === '(' && tokens[end - 1]?.text === ')' && /^\p{Lu}/u.test(tokens[start - 2].text)) start = clauseStart(tokens, start - 1);
  let aside = false;
  // "Jane Roe, a spokeswoman for the Red Crescent, said", "The ministry, run by X, said", "The agency,
  // received here, said": skip the aside back to the fullest name, the one it describes.
  // A speaker's role is part of the fullest name ("Jane Roe, a spokeswoman for the Red Crescent"):
  // it says which body she speaks for.
  const nameEnd = end;
  let keepRole = false;
  for (let hops = 0; afterAside && hops < 2; hops++) {
    // "The board, in its final report on the 4 May crash, found that": a date inside the aside is no count.
    while (start > 0 && isDateNumber(tokens, start - 1)) start = clauseStart(tokens, start - 1);
    // Claimants, pass 4: "Figures from the ministry, which do not distinguish between civilians and combatants, show":
    // a relative aside may hold "and" or "or".
    if (hops === 0 && (tokens[start - 1]?.norm === 'and' || tokens[start - 1]?.norm === 'or')) start = relativeAsideStart(tokens, start - 1) ?? start;
    let comma = start - 1;
    if (comma > 0 && tokens[comma].kind === 'word' && CLAUSE_WORDS.has(tokens[comma].norm)) comma -= 1;
    // Round 26, leaked documents: "An internal police report, parts of which were read to Al Jazeera, counted", "…, a copy
    // of which was passed to the Kyiv Independent, lists": a partitive before the relative pronoun.
    if (tokens[comma]?.norm === 'of' && tokens[comma + 1]?.norm === 'which') {
      let j = comma - 1;
      while (j > comma - 4 && tokens[j]?.kind === 'word' && /^\p{Ll}/u.test(tokens[j]!.text)) j -= 1;
      if (j < comma - 1 && tokens[j]?.text === ',') comma = j;
    }
    if (comma < 1 || tokens[comma].text !== ',' || !isLowerAside(tokens, comma, end) || !nameEndsAt(tokens, comma)) break;
    // "Twelve soldiers were killed, the Observatory, a war monitor, said": what stands before the
    // name is a clause of its own ("were killed"), not a fuller name the name describes.
    if (hops > 0 && tokens.slice(clauseStart(tokens, comma), comma).some((t) => VERB_INSIDE.has(t.norm) && !isAcronym(t.text))) break;
    // "The day before, the Associated Press, citing …, wrote": a time opening the sentence names no one.
    if (tokens.slice(clauseStart(tokens, comma), comma).every((t) => TIME_OPENERS.has(t.norm))) break;
    if (hops === 0) keepRole = isRoleAside(tokens, comma + 1, end);
    end = comma;
    start = clauseStart(tokens, end);
    aside = true;
  }
  if (keepRole) end = nameEnd;
  // "The army's spokesman, Colonel Ruben Osei, said", "Vardania's health minister, Leyla Dorsun,
  // said": the role set off before the name says which body the person speaks for, as after it.
  // Round 15: so set off, the name is an aside of its role ("…, the police spokesman, DSP Jane Doe, confirmed").
  if (afterAside && !aside && roleBeforeName(tokens, start, end)) {
    start = clauseStart(tokens, start - 1);
    aside = true;
  }
  // "rebels who accused ...", "a group that claimed to have ...": the subject is what the relative pronoun stands for.
  let s = start;
  while (s < end && (isNoise(tokens[s]) || tokens[s].kind === 'punct')) s += 1;
  if (s >= end && start > 0 && /^(?:who|that|which)$/.test(tokens[start - 1].norm) && !isAcronym(tokens[start - 1].text)) {
    end = start - 1;
    start = clauseStart(tokens, end);
    // "a boycott by rebels who ...": the agent after "by".
    for (let k = end - 1; k > start; k--) if (tokens[k].norm === 'by') { start = k + 1; break; }
  }
  // "a nurse who took part in the rescue said": the speaker is who the relative clause describes.
  // Not "the driver who they believe killed": there the pronoun speaks.
  if (s < end && start > 1 && tokens[start - 1].norm === 'who' && /^\p{Ll}/u.test(tokens[s].text) && !PRONOUNS.has(tokens[s].norm)
    && nameEndsAt(tokens, start - 1)) {
    end = start - 1;
    start = clauseStart(tokens, end);
  }
  // A subject that directly follows a number is what was counted ("32,825 cases reported"), unless
  // the number is a wire's slug ("UPDATE 3-Rebels say they captured 120").
  // Nor is a year ("Between 2017 and 2019 our researchers recorded", round 10).
  const year = /^(?:1[6-9]|20)\d\d$/.test(tokens[start - 1]?.text ?? '') && /^(?:and|in|since|of|until|to)$/.test(tokens[start - 2]?.norm ?? '');
  // Round 16: "The 2024 Cluster Munition Monitor report lists …": a year inside a capitalised document's name.
  const editionYear = /^(?:19|20)\d\d$/.test(tokens[start - 1]?.text ?? '') && tokens[start - 2]?.norm === 'the' && start - 2 === clauseStart(tokens, start - 2)
    && /^\p{Lu}/u.test(tokens[start]?.text ?? '') && DOCUMENT_NOUNS.has(tokens[end - 1]?.norm ?? '');
  // Round 16, headlines: "41 missing, 4 survivors say", "12 dead, two witnesses said": witnesses counted, who speak.
  const countedSpeakers = end - start === 1 && COUNTED_SPEAKERS.has(tokens[start].norm) && tokens[start - 2]?.text === ',';
  if (editionYear) start -= 2;
  else if (start > 0 && tokens[start - 1].kind === 'num' && !isWireSlug(tokens, start - 1) && !year && !countedSpeakers && !isClockStamp(tokens, start - 1)) return null;
  // "Police released a photo ... and said": the subject of the first of two joined verbs.
  let s2 = start;
  while (s2 < end && (isNoise(tokens[s2]) || tokens[s2].kind === 'punct')) s2 += 1;
  if (s2 >= end && start > 0 && tokens[start - 1].norm === 'and') {
    const first = leadingName(tokens, clauseStart(tokens, start - 1), start - 1);
    if (first) return { ...first, aside };
  }
  // Round 15: "Later accounts spoke of …": "later" before unnamed accounts is theirs, no adverb.
  while (start < end && (isNoise(tokens[start]) || tokens[start].kind === 'punct') && !(ESTIMATE_MODIFIERS.has(tokens[start].norm) && UNNAMED_ESTIMATES.has(tokens[start + 1]?.norm ?? ''))) start += 1;
  // Claimants, pass 4: "Colonel Ahmed Ould Bah, spokesman for the general staff of the armed forces of Mauritania,
  // said": a role set off after the name may run longer than a subject of its own.
  if (start >= end || end - start > (keepRole ? MAX_ROLE_SUBJECT : MAX_SUBJECT) || tokens[start].kind !== 'word') return null;
  // "the men the army claimed to have killed were farmers": two noun phrases side by side make a
  // relative clause without "whom"; its verb, taking "to", tells what the men are, not who speaks.
  for (let k = start + 2; k < end && tokens[v + 1]?.norm === 'to'; k++) {
    const before = tokens[k - 1];
    if (tokens[k].norm === 'the' && before.kind === 'word' && /^\p{Ll}+$/u.test(before.text) && !RELATIVE_BREAKERS.has(before.norm)) return null;
  }
  // "SIX REPORTED WOUNDED": a count before the verb is what was counted, never who spoke.
  if (tokens.slice(start, end).every((t) => COUNT_WORDS.has(t.norm))) return null;
  // "The Ministry of Defence regrets to announce": the verb before "to" is no word of the name.
  if (end - start > 2 && tokens[end - 1].norm === 'to' && /^\p{Ll}/u.test(tokens[end - 2].text)) end -= 2;
  // "when asked about reports that …": a name never ends in a preposition; "reports" is a noun there.
  if (DANGLING_PREPOSITIONS.has(tokens[end - 1].norm) && !isAcronym(tokens[end - 1].text)) return null;
  // "officials were trying to cross off": a clause, not a name; "the office said it had verified":
  // the speaker of "said" speaks.
  for (let k = start + 1; k < end - 1; k++) if (VERB_INSIDE.has(tokens[k].norm) && !isAcronym(tokens[k].text) && !isMissionTo(tokens, k)) return null;
  for (let k = start + 1; k < end - 1; k++) if (SAY_VERBS.has(tokens[k].text) && (PRONOUNS.has(tokens[k + 1].norm) || tokens[k + 1].norm === 'that')) return null;
  // "Radio Kestrel said police reported 12 deaths": the subject of the inner verb starts after the outer one.
  // (A past or "says": "report" and "reports" may be nouns, "A report by the inquiry found".)
  for (let k = end - 2; k > start; k--) {
    if (!SAY_VERBS.has(tokens[k].text) || !/(?:ed|said|says|told)$/.test(tokens[k].text)) continue;
    // "MSF said its treatment centres had recorded 37 deaths": the inner subject is the speaker's own.
    if (OWN_POSSESSIVES.has(tokens[k + 1]?.norm ?? '')) end = k;
    else start = k + 1;
    break;
  }
  return { start, end, aside };
}

/** How far back from a conjunction inside it a relative aside may open. */
const MAX_RELATIVE_ASIDE = 12;

/** The start of the clause after ", which" or ", who" that holds the conjunction at `k`; null when none opens near it. */
function relativeAsideStart(tokens: readonly Token[], k: number): number | null {
  for (let j = k - 1; j > 0 && j >= k - MAX_RELATIVE_ASIDE; j--) {
    if (tokens[j].kind === 'num') return null;
    if (tokens[j].kind !== 'punct') continue;
    return tokens[j].text === ',' && (tokens[j + 1]?.norm === 'which' || tokens[j + 1]?.norm === 'who') ? j + 2 : null;
  }
  return null;
}

/** The "on" opening a day or date that ends just before `end` ("on Monday", "on Monday night", "on 3 May", "on May 3"), or -1. */
function dayBefore(tokens: readonly Token[], end: number): number {
  let k = end;
  while (k > 0 && isNoise(tokens[k - 1])) k -= 1;
  while (k > end - 3 && k > 0 && (MONTHS.has(tokens[k - 1].norm) || (tokens[k - 1].kind === 'num' && inDate(tokens, k - 1)))) k -= 1;
  return k > 1 && tokens[k - 1].norm === 'on' && tokens[k - 2].kind === 'word' ? k - 1 : -1;
}

/**
 * Claimants, pass 4, live blogs: "09:15 Our correspondent in Goma says": the minutes of a time stamp opening the
 * sentence ("09:15", "9:15") are no count before the subject.
 */
function isClockStamp(tokens: readonly Token[], k: number): boolean {
  return k === 2 && /^\d\d$/.test(tokens[k].text) && tokens[k].glued && tokens[1].text === ':' && tokens[1].glued
    && /^\d{1,2}$/.test(tokens[0].text) && tokens[0].kind === 'num';
}

/** Round 10, wires: the version slug that opens a story, "UPDATE 3-", "WRAPUP 1-": no count. */
function isWireSlug(tokens: readonly Token[], k: number): boolean {
  return /^(?:UPDATE|WRAPUP)$/.test(tokens[k - 1]?.text ?? '') && tokens[k + 1]?.text === '-' && k === 1;
}

/** Words of a time that opens a sentence: "The day before,", "A week later,", "On Monday,". */
const TIME_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'on', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'before', 'after', 'earlier', 'later',
  'next', 'previous', 'following', 'same', 'that', 'last', 'this', 'yesterday', 'today', 'morning', 'evening', 'night',
  ...WEEKDAYS,
]);
/** Sentence adverbs set off by commas between a speaker and the verb. */
const DISCOURSE_ADVERBS: ReadonlySet<string> = new Set(['however', 'though', 'meanwhile', 'moreover', 'too', 'also', 'instead', 'nevertheless']);
const VERB_INSIDE = new Set(['was', 'were', 'is', 'are', 'to', 'had', 'has', 'have', 'been']);
// Not "to": "regrets to announce" keeps its subject.
const DANGLING_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'of', 'for', 'with', 'on', 'at', 'by', 'from', 'in', 'into', 'over']);

/** Round 9: "the DPR mission to the JCCC", "Russia's envoy to the UN": "to" before a name is part of the body's name. */
const TIES_TO: ReadonlySet<string> = new Set(['linked', 'close', 'loyal', 'allied', 'affiliated', 'tied', 'connected']);

function isMissionTo(tokens: readonly Token[], k: number): boolean {
  if (tokens[k].norm !== 'to') return false;
  // "A militant leader linked to al-Qaeda said", "a commander loyal to the warlord said": a tie, no verb after "to".
  if (TIES_TO.has(tokens[k - 1]?.norm ?? '')) return true;
  const next = tokens[k + 1]?.norm === 'the' ? tokens[k + 2] : tokens[k + 1];
  return next !== undefined && next.kind === 'word' && /^\p{Lu}/u.test(next.text);
}

/** A name that opens tokens [from, to) and is followed by a lower-case verb: "Police" in "Police released a photo". */
function leadingName(tokens: readonly Token[], start: number, to: number): { start: number; end: number } | null {
  let from = start;
  while (from < to && tokens[from].kind === 'punct') from += 1;
  let k = from;
  while (k < to && k < from + 6) {
    const t = tokens[k];
    // "The health authority accepted the finding and revised …": lower-case words before the body word are its name.
    const nameWord = t.kind === 'word' && (/^\p{Lu}/u.test(t.text) || CLAIMANT_NOUNS.has(t.norm) || BODY_WORDS.has(t.norm)
      || (k > from && (t.norm === 'of' || t.norm === 'the')) || (k === from && DETERMINERS.has(t.norm)) || beforeBodyWord(tokens, k, to));
    if (!nameWord) break;
    k += 1;
  }
  const named = tokens.slice(from, k).some((t) => /^\p{Lu}/u.test(t.text) || CLAIMANT_NOUNS.has(t.norm));
  return k > from && named && tokens[k]?.kind === 'word' && /^\p{Ll}/u.test(tokens[k].text) ? { start: from, end: k } : null;
}

/** "health" in "the regional health authority": a lower-case word or two, then a body word. */
function beforeBodyWord(tokens: readonly Token[], k: number, to: number): boolean {
  for (let j = k; j < Math.min(to, k + 3); j++) {
    if (tokens[j].kind !== 'word' || !/^\p{Ll}+$/u.test(tokens[j].text)) return false;
    if (j > k && BODY_WORDS.has(tokens[j].norm)) return true;
  }
  return false;
}

/** Does a clause (what was said) start at index k? "that", a number, a determiner, a name, a pronoun. */
function clauseFollows(tokens: readonly Token[], k: number): boolean {
  let j = k;
  // "said on Saturday that", "told lawmakers that"
  while (j < k + 4 && tokens[j] && SKIPPED_BEFORE_CLAUSE.test(tokens[j].norm)) j += 1;
  // Round 10: "confirmed to our correspondent that", "said to the mission that": the hearer, then the clause.
  // Round 16, translated communiqués: "announced in a new toll that", "said in its weekly bulletin that": where it was said, then the clause.
  if (tokens[j]?.norm === 'to' || tokens[j]?.norm === 'in') {
    let h = j + 1;
    while (h < j + 5 && tokens[h]?.kind === 'word' && tokens[h].norm !== 'that') h += 1;
    if (h > j + 1 && tokens[h]?.norm === 'that') j = h;
  }
  const t = tokens[j];
  if (!t) return false;
  if (t.kind === 'num' || OPENING_QUOTES.has(t.text)) return true;
  // "documented between 43,000 and 48,000", "recorded more than 300": a qualified number.
  for (let q = j; q < j + 3 && tokens[q]?.kind === 'word'; q++) if (tokens[q + 1]?.kind === 'num' && QUALIFIER_WORDS.has(tokens[q].norm)) return true;
  return t.kind === 'word' && (CLAUSE_STARTERS.has(t.norm) || DETERMINERS.has(t.norm) || /^\p{Lu}/u.test(t.text));
}

/**
 * Round 9, wires: ", the ministry said Friday, in what would be the deadliest attack …", ", which
 * would make it …": the writer's comment after the closing speaker, no part of what was said.
 */
function isCommentAt(tokens: readonly Token[], k: number): boolean {
  // Round 20: "…, the mayor told reporters at the site, where teams searched for a 33rd day": "where" as "which".
  return (tokens[k]?.norm === 'in' && tokens[k + 1]?.norm === 'what') || tokens[k]?.norm === 'which' || tokens[k]?.norm === 'where' || tokens[k]?.norm === 'making' || tokens[k]?.norm === 'marking'
    || isShareOfThem(tokens, k);
}

/** What a share of the counted opens with: "the majority of them", "most of them", "half of whom". */
const SHARE_WORDS: ReadonlySet<string> = new Set(['majority', 'most', 'many', 'half', 'all', 'some', 'several', 'nearly', 'almost', 'mostly']);

/**
 * Round 22, agencies' staff counts: "…, UNRWA said on Monday, the majority of them its own staff": a share of the
 * counted after the closing speaker is the writer's aside, no part of what was said.
 */
function isShareOfThem(tokens: readonly Token[], k: number): boolean {
  const share = tokens[k]?.norm === 'the' ? k + 1 : k;
  if (!SHARE_WORDS.has(tokens[share]?.norm ?? '')) return false;
  const of = tokens[share + 1]?.norm === 'of' ? share + 1 : -1;
  return of !== -1 && (tokens[of + 1]?.norm === 'them' || tokens[of + 1]?.norm === 'whom');
}

/** True when nothing but a short adjunct ("on Thursday.", "told lawmakers.", "in a statement") follows index k. */
function endsSentence(tokens: readonly Token[], k: number): boolean {
  // ", adding that ...": the speaker goes on, but this clause has ended.
  let end = tokens.length;
  for (let j = k; j < Math.min(tokens.length - 1, k + FINAL_TAIL); j++) {
    if (tokens[j].text === ',' && (CONTINUATIONS.has(tokens[j + 1].norm) || isCommentAt(tokens, j + 1))) end = j;
    // Round 10, headlines and live updates: "… rises to 29, police say; driver detained": a semicolon
    // closes the speaker's clause like a full stop.
    if (tokens[j].text === ';' && isClauseBoundary(tokens, j)) {
      end = Math.min(end, j);
      break;
    }
  }
  // Round 10: "…, Amnesty International said in its annual report on the death penalty.": a longer
  // adjunct when it names where it was said (a preposition and a determiner), no clause of its own.
  // Round 19: or when: "ahead of the International Day of UN Peacekeepers".
  const where = (/^(?:in|on|at)$/.test(tokens[k]?.norm ?? '') && DETERMINERS.has(tokens[k + 1]?.norm ?? ''))
    || (tokens[k]?.norm === 'ahead' && tokens[k + 1]?.norm === 'of');
  if (end - k > (where ? LONG_TAIL : FINAL_TAIL)) return false;
  const first = tokens[k];
  if (first && first.kind === 'word' && !ADJUNCT_OPENERS.test(first.norm) && !/^\p{Lu}/u.test(first.text)) return false;
  // Claimants, pass 3: "the army acknowledged 'losses' without a figure.": an opening quotation mark opens what was said.
  // (Not a closing mark glued to the verb: '…, army says"'.)
  if (first && OPENING_QUOTES.has(first.text) && !first.glued && k > 0 && tokens[k - 1].kind === 'word' && tokens[k + 1]?.kind !== 'punct') return false;
  for (let j = k; j < end; j++) {
    const t = tokens[j];
    // "said at least nine had died": a number word is what was said, not an adjunct; but a date's
    // day or year is one ("said on 12 May", "said on May 3, 2022": round 8, coder notes and wires).
    if ((t.kind === 'num' && !inDate(tokens, j)) || t.norm === 'that' || t.text === ';' || UNITS.has(t.norm) || TENS.has(t.norm)) return false;
  }
  return true;
}

/** The clause from k, up to the next semicolon, holds a number (digits or a number word), no speech verb of its own, and no later event. */
function countInClause(tokens: readonly Token[], k: number): boolean {
  let count = false;
  for (let j = k; j < tokens.length && tokens[j].text !== ';'; j++) {
    const t = tokens[j];
    // "…, police said; one of them later died": what happened after the statement is the writer's account.
    if (SAY_VERBS.has(t.norm) || t.norm === 'according' || t.norm === 'later' || t.norm === 'subsequently') return false;
    if ((t.kind === 'num' && !inDate(tokens, j)) || UNITS.has(t.norm) || TENS.has(t.norm)) count = true;
  }
  return count;
}

/** A qualified number ("at least 300") or a vague quantity ("hundreds", "dozens of") starts at k. */
function countFollows(tokens: readonly Token[], from: number): boolean {
  // Round 14: "claims 'over 100,000 civilians' died": the count in quotation marks.
  const k = OPENING_QUOTES.has(tokens[from]?.text ?? '') ? from + 1 : from;
  for (let q = k; q < k + 3 && tokens[q]?.kind === 'word'; q++) if (tokens[q + 1]?.kind === 'num' && QUALIFIER_WORDS.has(tokens[q].norm)) return true;
  return VAGUE_QUANTITIES.some((v) => v.words.length === 1 && v.words[0] === tokens[k]?.norm);
}

/** A day or year beside a month name: "12 May", "May 12", "May 3, 2022". */
function inDate(tokens: readonly Token[], j: number): boolean {
  const month = (k: number) => MONTHS.has(tokens[k]?.norm ?? '') && /^\p{Lu}/u.test(tokens[k].text);
  return /^\d{1,4}$/.test(tokens[j].text) && (month(j - 1) || month(j + 1) || (tokens[j - 1]?.text === ',' && month(j - 3)));
}

/** Verbs of giving that give a figure ("gave a toll of 12") except in their idioms ("gave way"). */
const GIVING_VERBS: ReadonlySet<string> = new Set(['gave', 'give', 'gives', 'giving']);
const GIVING_IDIOMS: ReadonlySet<string> = new Set(['way', 'birth', 'chase', 'up', 'in', 'rise', 'ground']);

/** Words before the last of several named states: "in Edo and Ondo states", "across Borno, Yobe and Adamawa states". */
const STATE_LIST_OPENERS: ReadonlySet<string> = new Set(['and', 'or', 'in', 'across', 'of', 'from', 'between']);
/**
 * Round 7: "9 deaths were recorded in Edo and Ondo states.": "states" closing the sentence after a
 * named state in a list or after a preposition is the plural noun (Nigerian, Indian, US English), no speaker.
 */
function namesStates(tokens: readonly Token[], v: number): boolean {
  return tokens[v].norm === 'states' && /^\p{Lu}/u.test(tokens[v - 1]?.text ?? '')
    && STATE_LIST_OPENERS.has(tokens[v - 2]?.norm ?? '');
}

/** The comma that closes a short adjunct opening at k ("in a statement,", "on Tuesday,"), or -1. */
function commaAfterAdjunct(tokens: readonly Token[], k: number): number {
  if (!ADJUNCT_OPENERS.test(tokens[k]?.norm ?? '')) return -1;
  for (let j = k + 1; j < Math.min(tokens.length, k + FINAL_TAIL); j++) {
    const t = tokens[j];
    if (t.text === ',') return j;
    if ((t.kind === 'num' && !inDate(tokens, j)) || t.norm === 'that' || (t.kind === 'punct' && !t.glued)) return -1;
  }
  return -1;
}

function speechAttribution(text: string, tokens: readonly Token[], v: number): Attribution | null {
  const verb = tokens[v];
  const before = tokens[v - 1];
  // "Omar Said", "Ahmed Told": a capitalised verb after a capitalised word is part of a name.
  if (/^\p{Lu}/u.test(verb.text) && before && /^\p{Lu}/u.test(before.text) && verb.norm === 'said') return null;
  // "an estimated 300", "initial reports indicated", "the United States": not verbs of saying here.
  if (before && DETERMINERS.has(before.norm)) return null;
  // "the number of confirmed fatalities", "a share of reported deaths": a participle after a
  // preposition describes the noun after it; it says nothing of who spoke.
  if (before && PARTICIPLE_PREPOSITIONS.has(before.norm) && /ed$/.test(verb.norm)) return null;
  // "initial reports indicated", "the United States": nouns; "Israel reports", "reports that": verbs.
  if (NOUN_LIKE_VERBS.has(verb.norm)) {
    // Round 11, coder notes: "Best estimate 14", "low estimate 11": the estimate a dataset codes.
    if (before && CODED_ESTIMATES.has(before.norm)) return null;
    const clearlyVerb = tokens[v + 1]?.norm === 'that' || (endsSentence(tokens, v + 1) && !namesStates(tokens, v)) || tokens[v + 1]?.kind === 'num'
      // Round 8: "The government reports hundreds of fighters killed", "reports at least 300 killed".
      || countFollows(tokens, v + 1)
      // Round 15: "the hospital reports receiving 14 of the dead".
      || (RECEIVING_GERUNDS.has(tokens[v + 1]?.norm ?? '') && (tokens[v + 2]?.kind === 'num' || countFollows(tokens, v + 2)))
      || (before !== undefined && /^\p{Lu}/u.test(before.text) && verb.norm !== 'states')
      // ", reports the press service": inverted after the clause it reports.
      || (before?.text === ',' && INVERTIBLE_VERBS.has(verb.norm) && (DETERMINERS.has(tokens[v + 1]?.norm ?? '') || /^\p{Lu}/u.test(tokens[v + 1]?.text ?? '')));
    // "denied reports that 300 died", "dismissed claims that": the object of a verb before it.
    // "denied media reports that 40 were killed": a lower-case word between the denial and its object.
    const object = before !== undefined && (/^\p{Ll}+ed$/u.test(before.text) || DENIAL_VERBS.has(before.norm)
      || (/^\p{Ll}+$/u.test(before.text) && DENIAL_VERBS.has(tokens[v - 2]?.norm ?? '')));
    // "Contemporary estimates of the dead", "Reports of 12 dead": a noun with its "of", never a verb.
    // Round 11: "Mortality estimates range from", "Local reports say": a noun before its own verb.
    if (!clearlyVerb || object || tokens[v + 1]?.norm === 'of' || PLURAL_SUBJECT_VERBS.has(tokens[v + 1]?.norm ?? '')) return null;
  }
  if (RECOGNISING_VERBS.has(verb.norm) && !tokens.slice(v + 1, v + 2 + RECOGNISED_REACH).some((t, j, run) => t.norm === 'that' && run.slice(0, j).every((w) => w.kind === 'word'))) return null;
  if ((verb.norm === 'cited' || verb.norm === 'cites') && tokens[v + 1]?.kind !== 'num' && !countFollows(tokens, v + 1)) return null;
  if (verb.norm === 'state' && (tokens[v + 1]?.norm !== 'that' || !(PLURAL_DOCUMENTS.has(before?.norm ?? '') || before?.text === ','))) return null;
  // Claimants, pass 3: "Outbreak update, Sunrise Manor: deaths 9": a header's noun, then a comma or colon, is no verb.
  if ((verb.norm === 'update' || verb.norm === 'report') && (tokens[v + 1]?.text === ',' || tokens[v + 1]?.text === ':') && v <= 3) return null;
  // "Police can now confirm the bodies of three …": the base form states only after "can" ("could not confirm" does not).
  if (verb.norm === 'confirm' && !tokens.slice(Math.max(0, v - 3), v).some((t) => t.norm === 'can')) return null;
  // "The indictment charges the accused with …" states what follows; "Police charges 3 men" counts the charged.
  if (verb.norm === 'charges' && !/^(?:the|him|her|them)$/.test(tokens[v + 1]?.norm ?? '')) return null;
  if (CHARGING_VERBS.has(verb.norm) && !chargeOfHarm(tokens, v)) return null;
  // "the building gave way", "she gave birth": idioms of giving, which give no figure.
  if (GIVING_VERBS.has(verb.norm) && GIVING_IDIOMS.has(tokens[v + 1]?.norm ?? '')) return null;
  // "two civilians were said to have been injured", "it was reported": a passive names no speaker.
  if (/^(?:were|was|are|is|be|been|being)$/.test(before?.norm ?? '') && !isAcronym(before!.text) && verb.norm !== 'saying') return null;
  // "Ecuador announced an austerity programme": an object that is not a statement of harm.
  if (!SPEECH_VERBS.has(verb.norm) && /^(?:a|an)$/.test(tokens[v + 1]?.norm ?? '') && !harmSoon(tokens, v + 2) && audienceEnd(tokens, v) === -1) return null;
  // "Data show 12 died" states a figure; "Searchers found 12 bodies" finds them.
  // "..., the database shows.": a source of figures closing the sentence states them too.
  // Round 17: "…, the official inquiry later found.": an inquiry or a report (DOCUMENT_NOUNS) finding what the sentence said.
  const finder = tokens[v - 1]?.norm === 'later' || tokens[v - 1]?.norm === 'also' ? tokens[v - 2] : tokens[v - 1];
  const closingShow = (SHOWING_VERBS.has(verb.norm) || DOCUMENT_NOUNS.has(finder?.norm ?? '') || INQUIRING_BODIES.has(finder?.norm ?? '')) && endsSentence(tokens, v + 1) && tokens[clauseStart(tokens, v) - 1]?.text === ',';
  // Round 9: "later research suggests a toll closer to 700", "a study found a death toll of 1,200": a toll, then its number.
  const findsToll = tollFollows(tokens, v + 1) && tokens.slice(v + 1, v + 10).some((t) => t.kind === 'num');
  // Round 15: "A national study found more than 1,900 deaths", "the survey found 212 deaths": a document finds a count.
  const documentFinds = DOCUMENT_SUBJECTS.has(before?.norm ?? '') && (tokens[v + 1]?.kind === 'num' || countFollows(tokens, v + 1));
  // Round 17, historians: "the historian Luc Verhaegen … suggests roughly five million": a qualifier, then the count.
  let count = v + 1;
  while (count < v + 4 && QUALIFIER_WORDS.has(tokens[count]?.norm ?? '')) count += 1;
  const countNext = tokens[count]?.kind === 'num' || (count > v + 1 && (UNITS.has(tokens[count]?.norm ?? '') || TENS.has(tokens[count]?.norm ?? '')));
  if (FINDING_VERBS.has(verb.norm) && !thatFollows(tokens, v + 1) && !(verb.norm.startsWith('s') && countNext) && !closingShow && !findsToll && !documentFinds) return null;
  if (verb.norm === 'estimated' && tokens[v + 1]?.norm === 'to') return null;
  // "officials put the dead at 40" states a figure; "the brawl put three officers in hospital" does not.
  // "historians have put the figure closer to 1,200": a toll as its object, then its number.
  // Round 5: "put excess deaths in the province between 1,800 and 3,400": a range for "at".
  if (PUTTING_VERBS.has(verb.norm) && !tokens.slice(v + 1, v + 1 + putReach(tokens, v + 1)).some((t) => t.norm === 'at' || (t.norm === 'between' && harmSoon(tokens, v + 1)))
    && !(tollFollows(tokens, v + 1) && tokens.slice(v + 1, v + 10).some((t) => t.kind === 'num'))) return null;
  if (COUNTING_VERBS.has(verb.norm) && !countsTheDead(tokens, v + 1)) return null;
  // "the government raised the official toll to 51", "the agency revised its figure": its own toll
  // (not "heavy rain raised the river").
  const revising = REVISING_VERBS.has(verb.norm) || DENYING_VERBS.has(verb.norm);
  if (revising && !tollFollows(tokens, v + 1)) return null;
  // "the war has claimed 10,000 lives": a verb of taking lives, not of saying.
  if (verb.norm.startsWith('claim') && tokens.slice(v + 1, v + 9).some((t) => t.norm === 'lives' || t.norm === 'life')) return null;
  // Round 25: the plural "claim" as a noun: "rebels lay claim to the town", "their claim 11 died", "a claim".
  // A possessive before it or "of" after it makes it a noun too: "the directorate's claim that 34 …", "the opposition's claim of 100 deaths".
  if (verb.norm === 'claim' && (CLAIM_NOUN_BEFORE.has(tokens[v - 1]?.norm ?? '') || /['’]s?$/.test(tokens[v - 1]?.text ?? '') || tokens[v + 1]?.norm === 'of')) return null;
  // Round 25: the bare plural present after a modal or "to" states nothing: "they cannot claim they knew nothing of …".
  if (BARE_CLAIMS.has(verb.norm) && (MODALS.has(tokens[v - 1]?.norm ?? '') || NOT_STATING.has(tokens[v - 1]?.norm ?? ''))) return null;
  // ", said police officials": the speaker follows the verb, and the clause ends with it.
  // Round 9: "a survivor, who asked not to be named, told Reuters by phone": after a comma, "told"
  // names its hearer, not a speaker (the subject of the aside's clause speaks).
  const toldHearer = verb.norm === 'told' && before?.text === ',';
  // Round 14, British quotation marks: "'We watched 11 of our brothers drown,' said Moussa": a single quote closing after a comma.
  const closesSingleQuote = (before?.text === "'" || before?.text === '’') && tokens[v - 2]?.text === ',';
  if (before && (before.text === ',' || before.text === '”' || before.text === '"' || closesSingleQuote) && INVERTIBLE_VERBS.has(verb.norm) && !toldHearer) {
    const next = tokens[v + 1];
    // ", says coast guard", ", said state media": a bare body after the verb.
    const bareBody = (end: number): boolean => end > v + 1 && (BODY_WORDS.has(tokens[end - 1].norm) || CLAIMANT_NOUNS.has(tokens[end - 1].norm));
    const nextEnd = next && next.kind === 'word' ? nameAfter(tokens, v + 1) : v + 1;
    if (next && next.kind === 'word' && (/^\p{Lu}/u.test(next.text) || DETERMINERS.has(next.norm) || /^(?:police|officials|witnesses|sources|authorities|doctors|residents)$/.test(next.norm)
      || (nextEnd - (v + 1) <= 3 && bareBody(nextEnd)) || roleThenName(tokens, v + 1, nextEnd))) {
      let end = nextEnd;
      // ", said a report published Friday in the medical journal The Lancet.": a document runs to the sentence's end.
      const document = DETERMINERS.has(next.norm) && DOCUMENT_NOUNS.has(tokens[v + 2]?.norm ?? '');
      if (document) {
        const close = tokens[tokens.length - 1]?.text === '.' ? tokens.length - 1 : tokens.length;
        if (close - (v + 1) <= MAX_INVERTED_BODY && tokens.slice(end, close).every((t) => t.kind === 'word')) end = close;
      }
      // ", said Oleh Marchenko, head of the regional military administration.": the role that closes
      // the sentence says which body he speaks for.
      if (tokens[end]?.text === ',') {
        let close = end + 1;
        while (close < tokens.length && close < end + MAX_INVERTED_BODY && tokens[close].kind === 'word') close += 1;
        const last = close >= tokens.length || (tokens[close].text === '.' && close === tokens.length - 1);
        if (last && isRoleAside(tokens, end + 1, close)) end = close;
        // Round 15: ", said the country director of the NRC, Ana Sousa.": the role, then the name of who holds it.
        else if (last && close - (end + 1) <= 4 && isRoleAside(tokens, v + 1, end) && tokens.slice(end + 1, close).every((t) => /^\p{Lu}/u.test(t.text))) end = close;
      }
      // Round 10: ", informed the National Coordinator for Disaster Reduction.": a proper name of capitals and "for", "of", "and".
      // Round 19: ", reports the United Nations Interim Security Force for Abyei (UNISFA).": its acronym in brackets after it.
      const acronymed = tokens[end - 1]?.text === ')' && tokens[end - 3]?.text === '(' && isAcronym(tokens[end - 2].text) ? 3 : 0;
      const properName = end - acronymed - (v + 1) <= MAX_INVERTED_BODY && /^\p{Lu}/u.test(tokens[DETERMINERS.has(next.norm) ? v + 2 : v + 1]?.text ?? '')
        && tokens.slice(DETERMINERS.has(next.norm) ? v + 2 : v + 1, end - acronymed).every((t) => t.kind === 'word' && (/^\p{Lu}/u.test(t.text) || NAME_LINKS.has(t.norm)));
      const limit = bareBody(end) || properName || document || roleThenName(tokens, v + 1, end) || roleOfBody(tokens, v + 1) ? MAX_INVERTED_BODY : MAX_INVERTED_NAME;
      const looksLikeName = (end - acronymed - (v + 1) <= limit || end > nextEnd)
        && tokens.slice(v + 1, end).every((t) => (t.kind !== 'num' && !CLAUSE_STARTERS.has(t.norm)) || DETERMINERS.has(t.norm));
      // Round 20, headlines: "toll 135, says Gujarat minister; over 170 rescued": a semicolon closes the speaker as a stop does.
      // Claimants, pass 4, digests: "… ever recorded, says IFJ — The federation says 138 …": a spaced dash ends the headline it credits.
      const closes = end >= tokens.length || tokens[end].text === ',' || tokens[end].text === '.' || tokens[end].text === ';' || tokens[end].norm === 'on'
        || (isDash(tokens[end].text) && !tokens[end].glued);
      if (looksLikeName && closes && end > v + 1) {
        // ", said police officials, adding that no one died": the speaker goes on talking.
        const goesOn = tokens[end]?.text === ',' && /^(?:adding|saying|noting)$/.test(tokens[end + 1]?.norm ?? '');
        return make(span(text, tokens, v + 1, end), v, goesOn || quoteResumes(tokens, end) ? 'sentence' : 'before');
      }
    }
  }
  // Claimants, pass 3: "A Red Crescent volunteer I work with says …", "a nurse we spoke to said": the subject before a
  // relative clause of "I" or "we", a verb and its preposition.
  const contact = CONTACT_PREPOSITIONS.has(before?.norm ?? '') && tokens[v - 2]?.kind === 'word' && /^\p{Ll}/u.test(tokens[v - 2].text)
    && FIRST_PERSON.has(tokens[v - 3]?.norm ?? '') && tokens[v - 4]?.kind === 'word' ? v - 3 : v;
  const found = subjectSpan(tokens, contact) ?? denierBeforeAnd(tokens, v);
  if (!found) return null;
  // ", recorded at 1358": a participle after a comma modifies what precedes; it names no speaker, unless
  // the comma closes an aside after a name ("RBC-Ukraine, a news agency, reported").
  // "Contemporary accounts, however, spoke of …": the verb after the adverb still opens what was said
  // (not "The tremor, however, recorded at 5.1, …").
  const adverbAside = before?.text === ',' && DISCOURSE_ADVERBS.has(tokens[v - 2]?.norm ?? '') && tokens[v - 3]?.text === ','
    && (tokens[v + 1]?.kind === 'num' || /^(?:of|that|to)$/.test(tokens[v + 1]?.norm ?? ''));
  // Round 17, Nigerian police statements: "…, a police spokesman, SP Abdullahi Haruna, confirmed.": a name set off by
  // commas, then "confirmed" closing the sentence.
  const confirmedLast = (verb.norm === 'confirmed' || verb.norm === 'confirms') && endsSentence(tokens, v + 1)
    && tokens[found.start - 1]?.text === ',' && !tokens.slice(found.start, found.end).some((t) => t.kind === 'num');
  if (before?.text === ',' && !INVERTIBLE_VERBS.has(verb.norm) && !SPEECH_VERBS.has(verb.norm) && !found.aside && !adverbAside && !confirmedLast) return null;
  // Claimants, pass 3: "nobody here believes the official figure of 3,800": no one is no claimant (nor "no one", "none").
  if (tokens[found.start].norm === 'no' || NO_ONE.has(tokens[found.start].norm) || HARM_SUBJECT.test(tokens[found.end - 1].norm)) return null;
  // "(other estimates)", "some estimate": words that name no one.
  if (tokens.slice(found.start, found.end).every((t) => GENERIC_MODIFIERS.has(t.norm))) return null;
  const subject = span(text, tokens, found.start, found.end);
  if (!subject || /^(?:it|there)$/i.test(subject) && verb.norm === 'reported') return null;
  // "the storm raised the death toll to 40": an event raises a toll; only a body revises its own.
  if (revising && !namesABody(tokens, found.start, found.end)) return null;
  // Round 14: "the health ministry lists 1,250 deaths" states them; "the annual report lists 30 deaths" names no one.
  // Claimants, pass 3: "The reinsurer's quarterly loss review lists …": a document its owner names lists for it.
  const ownedDocument = LISTING_VERBS.has(verb.norm) && DOCUMENT_NOUNS.has(tokens[found.end - 1].norm)
    && tokens.slice(found.start, found.end - 1).some((t) => /['’]s$/.test(t.text) || t.text === '’s' || t.text === "'s");
  // Round 26, investigations: "A spreadsheet kept by the prison's medical unit … lists 27 deaths", "an internal log lists":
  // a document leaked or kept inside a body speaks for it.
  const insideDocument = LISTING_VERBS.has(verb.norm) && tokens.slice(found.start, found.end).some((t) => INSIDE_DOCUMENT_WORDS.has(t.norm));
  if ((LISTING_VERBS.has(verb.norm) || FEARING_VERBS.has(verb.norm)) && !namesABody(tokens, found.start, found.end) && !ownedDocument && !insideDocument) return null;
  const next = tokens[v + 1];
  // "— police said —", "(the ministry said)": a speaker set off inside the sentence speaks for all of it.
  const opener = tokens[found.start - 1]?.text;
  if ((opener === '(' && next?.text === ')') || (isDash(opener) && isDash(next?.text))) return make(subject, v, 'sentence');
  // Round 16, digests: "Maui wildfire deaths rise to 115 — Maui County said on Monday the toll …": a headline run into its
  // body by a spaced dash; the body's speaker states the headline's count too.
  // Not when the headline has a speaker of its own ("Rebels claim 40 soldiers killed — the army said 12 died").
  // Only a headline with a count of its own, not a dateline ("AFP - Georgian and South Ossetian forces … accused").
  const headline = tokens.slice(0, found.start - 1);
  if (isDash(opener) && !tokens[found.start - 1].glued && !found.aside && SPEECH_VERBS.has(verb.norm)
    && headline.some((t) => t.kind === 'num') && headline.filter((t) => t.kind === 'word').length >= 3
    && headline.every((t) => !isDash(t.text) && t.text !== ':' && !SAY_VERBS.has(t.norm) && !SPEECH_VERBS.has(t.norm) && !t.norm.startsWith('claim'))) {
    return make(subject, v, 'sentence');
  }
  // "Lee said, “The prisoner ...”": the quotation after the comma is what was said.
  if (next?.text === ',' && (tokens[v + 2]?.text === '“' || tokens[v + 2]?.text === '"')) return make(subject, v, 'after');
  // "officials said, raising the death toll to 24", "police said, adding that 30 were hurt": the
  // report goes on after the comma, so the attribution covers the whole sentence.
  // "medics said, with hundreds more wounded": so does an absolute clause with "with".
  if (next?.text === ',' && (/ing$/.test(tokens[v + 2]?.norm ?? '') || tokens[v + 2]?.norm === 'with')) return make(subject, v, 'sentence');
  // "the coordinator said in a statement, bringing to 132 the number ...": the same, after an adjunct.
  // Round 14: "told a press briefing on Wednesday night, adding that …": the same, after the audience.
  const heard = audienceEnd(tokens, v);
  const comma = heard !== -1 && tokens[heard]?.text === ',' ? heard : commaAfterAdjunct(tokens, heard !== -1 ? heard : v + 1);
  if (comma !== -1 && (/ing$/.test(tokens[comma + 1]?.norm ?? '') || tokens[comma + 1]?.norm === 'with')) return make(subject, v, 'sentence');
  // Round 8: "47 dead, state media reported on Sunday, as rescuers searched for dozens": a speaker set
  // off after the figure, then the writer's clause of circumstance; the speaker covers the sentence.
  const setOffBefore = tokens[found.start - 1]?.text === ',';
  const afterComma = next?.text === ',' ? v + 2 : comma + 1;
  if (setOffBefore && (next?.text === ',' || comma !== -1) && CIRCUMSTANCE_OPENERS.has(tokens[afterComma]?.norm ?? '')) return make(subject, v, 'sentence');
  // Round 19, revised tolls: "426 dead, …, the BNPB said on Thursday, down from an earlier figure of 430": the earlier
  // figure the speaker revised is theirs too.
  if (setOffBefore && (next?.text === ',' || comma !== -1) && (tokens[afterComma]?.norm === 'down' || tokens[afterComma]?.norm === 'up')
    && tokens[afterComma + 1]?.norm === 'from') return make(subject, v, 'sentence');
  // "12 died, the governor said, and 40 were hurt": a speaker set off between commas goes on after "and".
  const setOff = tokens[found.start - 1]?.text === ',';
  // "…, the agency says, 68 of them fatally": so does a share of the count before.
  const goesOnAt = (k: number) => setOff && tokens[k]?.text === ',' && (tokens[k + 1]?.norm === 'and' || shareFollows(tokens, k + 1));
  // "…, police said on Friday, and have identified 14 of them": the same after a short adjunct.
  if (goesOnAt(v + 1) || (comma !== -1 && heard === -1 && goesOnAt(comma))) return make(subject, v, 'sentence');
  // Round 15: "told The Hindu, adding that upward of 30 were hurt": the speaker goes on after a named hearer.
  if ((verb.norm === 'told' || verb.norm === 'tells') && hearerGoesOn(tokens, v + 1)) return make(subject, v, 'sentence');
  // "The TTP claimed, in a statement in Pashto, that its fighters had killed 18": an adjunct set off, then what was said.
  const setOffAdjunct = next?.text === ',' ? commaAfterAdjunct(tokens, v + 2) : -1;
  if (setOffAdjunct !== -1 && tokens[setOffAdjunct + 1]?.norm === 'that') return make(subject, v, 'after');
  // Round 16, digests: "41 missing, 4 survivors say — The four survivors …": a spaced dash after the verb ends the headline it credits.
  const headlineEnds = setOff && isDash(next?.text) && next?.glued === false;
  // Round 23: "…, the prime minister's office said; 76 hostages remain in Gaza": a speaker set off before a
  // semicolon goes on into the next clause when that clause states a count of its own.
  if (setOff && next?.text === ';' && countInClause(tokens, v + 2)) return make(subject, v, 'sentence');
  if (endsSentence(tokens, v + 1) || next?.text === ',' || headlineEnds) return make(subject, v, 'before');
  // "..., the minister told reuters.": the one told comes before the end.
  if (verb.norm === 'told' || verb.norm === 'tells') {
    let k = v + 1;
    // Round 14: "told a press briefing on Wednesday night": the audience's article is no start of what was said.
    const audience = audienceEnd(tokens, v);
    if (audience !== -1) k = audience;
    while (k < v + 4 && tokens[k]?.kind === 'word' && tokens[k].norm !== 'that' && !CLAUSE_STARTERS.has(tokens[k].norm)) k += 1;
    if (k > v + 1 && goesOnAt(k)) return make(subject, v, 'sentence');
    // Round 20: "…, the ministry told the Lok Sabha in a written reply, up from 605": the earlier figure after the one told.
    let tail = tokens[k]?.text === ',' ? k : -1;
    for (let j = v + 2; tail === -1 && j <= k; j++) tail = commaAfterAdjunct(tokens, j);
    if (k > v + 1 && setOffBefore && tail !== -1 && (tokens[tail + 1]?.norm === 'up' || tokens[tail + 1]?.norm === 'down') && tokens[tail + 2]?.norm === 'from') return make(subject, v, 'sentence');
    if (k > v + 1 && endsSentence(tokens, k)) return make(subject, v, 'before');
    // Claimants, pass 3: "Eleven did not survive, the ward doctors told me, the highest weekly number": a hearer of one
    // word, then a comma, closes what was said before it, as "said," does.
    if (k === v + 2 && setOff && tokens[k]?.text === ',' && SKIPPED_BEFORE_CLAUSE.test(tokens[v + 1].norm) && tokens[k + 1]?.norm !== 'that') return make(subject, v, 'before');
  }
  // "rebels claimed to have killed 50": the claim is the subject's own.
  const said = revising || RECOGNISING_VERBS.has(verb.norm) || (next?.norm === 'to' && tokens[v + 2]?.norm === 'have')
    // "Contemporary accounts speak of 200 to 300 fatalities", "witnesses spoke of dozens dead".
    || (SPEAK_VERBS.has(verb.norm) && next?.norm === 'of')
    // "told state television that 'only four' had died", "tells the BBC that": the one told, then what was said.
    || ((verb.norm === 'told' || verb.norm === 'tells') && hearerThenThat(tokens, v + 1))
    // "put excess mortality during the heatwave at 3,400 deaths": the estimate, then its number.
    || (PUTTING_VERBS.has(verb.norm) && putsAtNumber(tokens, v + 1))
    // Round 15: "the hospital reports receiving 14 of the dead", "police reported recovering 12 bodies": what it took in.
    || (RECEIVING_GERUNDS.has(next?.norm ?? '') && (tokens[v + 2]?.kind === 'num' || countFollows(tokens, v + 2)))
    // Round 16, posts: "Taliban spox says 'only 3 martyred'": single quotation marks open what was said as double ones do.
    || (SPEECH_VERBS.has(verb.norm) ? next?.kind === 'word' || next?.kind === 'num' || OPENING_QUOTES.has(next?.text ?? '') : clauseFollows(tokens, v + 1))
    // Claimants, pass 3: 'the UN Resident Coordinator said: "No. We expect …"': a colon, then the quotation.
    || (next?.text === ':' && SAY_VERBS.has(verb.norm) && OPENING_QUOTES.has(tokens[v + 2]?.text ?? ''))
    // "Boko Haram claims kidnapping of ...".
    // (Not "claimed responsibility for the attack": that claims the deed, not a figure.)
    || (verb.norm.startsWith('claim') && /^\p{Ll}+ing$/u.test(next?.text ?? ''));
  if (!said) return null;
  const attribution = make(subject, v, 'after');
  if (attribution && RECORDING_VERBS.has(verb.norm)) attribution.records = true;
  // "While he said it was too early to know, at least 70,000 ...": what he said ends at the comma,
  // unless a participle goes on with it ("while Baghdad said it repelled the attack, killing thousands").
  // Round 13: not ", while the ministry said 12 were killed, at least four of them children": after a
  // comma, "while" sets one side's statement against the other's, and it runs to the sentence's end.
  const contrasts = tokens[found.start - 1]?.norm === 'while' && tokens[found.start - 2]?.text === ',';
  if (attribution && SUBORDINATORS.has(tokens[found.start - 1]?.norm ?? '') && !contrasts) {
    for (let k = v + 1; k < tokens.length; k++) {
      if (tokens[k].text !== ',' || /^\p{Ll}+ing$/u.test(tokens[k + 1]?.text ?? '')) continue;
      attribution.until = k;
      break;
    }
  }
  // Round 9: "The commission gave 17 dead; independent estimates range from 200 to 1,000": estimates
  // of no one named open a clause the speaker did not say.
  if (attribution && attribution.until === undefined) {
    const other = otherEstimatesAfter(tokens, v + 1);
    if (other !== -1) attribution.until = other;
  }
  return attribution;
}

/** "68 of them", "most of them": a share of the count the clause before gave. */
function shareFollows(tokens: readonly Token[], k: number): boolean {
  return (tokens[k]?.kind === 'num' || /^(?:most|all|some|many|half)$/.test(tokens[k]?.norm ?? '')) && tokens[k + 1]?.norm === 'of' && /^(?:them|whom)$/.test(tokens[k + 2]?.norm ?? '');
}

/** Live reports: "officials are saying 12 died", "they're saying about two dozen were hurt": "saying" as the verb. */
function isSayingNow(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.norm ?? '';
  return tokens[k].norm === 'saying' && (/^(?:are|is|were|was)$/.test(before) || /^\p{L}+['’]re$/u.test(before)) && clauseFollows(tokens, k + 1);
}

/** Verbs of a cleft's speaker: "What X are telling us is that", "What the ministry said was that". */
const CLEFT_VERBS: ReadonlySet<string> = new Set(['telling', 'saying', 'tell', 'say', 'says', 'tells', 'told', 'said', 'reporting', 'reported']);
/** Words of a cleft's speaker, and of its hearer: "What the head of the regional office told us is that". */
const MAX_CLEFT_SPEAKER = 8;
const CLEFT_HEARERS: ReadonlySet<string> = new Set(['us', 'me', 'reporters', 'journalists', 'him', 'her', 'them']);

/**
 * "What our colleagues on the ground are telling us is that at least 40 …", "What the ministry told us was that": the
 * words between "What" and its verb of saying (an auxiliary dropped), when "is/was (that)" follows the verb and its
 * hearer; it covers what follows. Not "What killed 12 people was a gas leak" (no verb of saying).
 */
function cleftSpeaker(text: string, tokens: readonly Token[], what: number): Attribution | null {
  let v = what + 1;
  while (v < what + 1 + MAX_CLEFT_SPEAKER && tokens[v]?.kind === 'word' && !CLEFT_VERBS.has(tokens[v].norm)) v += 1;
  if (!CLEFT_VERBS.has(tokens[v]?.norm ?? '')) return null;
  let end = v;
  while (end > what + 1 && AUXILIARY_VERBS.has(tokens[end - 1].norm)) end -= 1;
  if (end === what + 1) return null;
  let copula = v + 1;
  if (CLEFT_HEARERS.has(tokens[copula]?.norm ?? '')) copula += 1;
  if (tokens[copula]?.norm !== 'is' && tokens[copula]?.norm !== 'was') return null;
  return make(span(text, tokens, what + 1, end), copula, 'after');
}

/** How many words a named hearer may have: "told The Hindu", "told the Associated Press". */
const MAX_HEARER = 4;

/** A capitalised hearer of up to MAX_HEARER words from `from`, then ", adding", ", saying", ", noting". */
function hearerGoesOn(tokens: readonly Token[], from: number): boolean {
  let k = from;
  if (DETERMINERS.has(tokens[k]?.norm ?? '')) k += 1;
  const first = k;
  while (k < first + MAX_HEARER && capitalised(tokens[k])) k += 1;
  return k > first && tokens[k]?.text === ',' && CONTINUATIONS.has(tokens[k + 1]?.norm ?? '');
}

/** "told state television that", "told the Associated Press that": up to MAX_HEARER words, then "that". */
function hearerThenThat(tokens: readonly Token[], from: number): boolean {
  let k = from;
  while (k < from + MAX_HEARER && tokens[k]?.kind === 'word' && tokens[k].norm !== 'that') k += 1;
  return k > from && tokens[k]?.norm === 'that';
}

/** "told a press briefing", "told a local radio station": the index just after the audience (AUDIENCE_NOUNS), or -1. */
function audienceEnd(tokens: readonly Token[], v: number): number {
  if (!/^(?:told|tells)$/.test(tokens[v].norm) || !/^(?:a|an)$/.test(tokens[v + 1]?.norm ?? '')) return -1;
  for (let k = v + 2; k <= v + 4; k++) {
    if (tokens[k]?.kind !== 'word') return -1;
    if (AUDIENCE_NOUNS.has(tokens[k].norm)) return k + 1;
  }
  return -1;
}

/** Heads of bodies who speak for them, beyond SPEAKER_ROLES: "the president of the national college of journalists". */
const BODY_HEADS: ReadonlySet<string> = new Set([...SPEAKER_ROLES, 'president', 'chair', 'chairperson', 'leader', 'founder', 'dean']);

/**
 * Round 20: ", said the president of the national college of journalists": an article, a head of a body
 * (one word may stand before it: "the national president of") and "of", "for" or "at", the body after.
 */
function roleOfBody(tokens: readonly Token[], from: number): boolean {
  if (!DETERMINERS.has(tokens[from]?.norm ?? '')) return false;
  const role = BODY_HEADS.has(tokens[from + 1]?.norm ?? '') ? from + 1 : BODY_HEADS.has(tokens[from + 2]?.norm ?? '') ? from + 2 : -1;
  return role !== -1 && /^(?:of|for|at)$/.test(tokens[role + 1]?.norm ?? '');
}

/**
 * Round 14: ", said Perak police chief Datuk Azman Ibrahim": a role (SPEAKER_ROLES) after up to three words
 * of its body, then the capitalised name of the one who holds it, closing the speaker.
 */
function roleThenName(tokens: readonly Token[], from: number, end: number): boolean {
  const role = tokens.slice(from, Math.min(end, from + 4)).findIndex((t) => SPEAKER_ROLES.has(t.norm));
  if (role < 1) return false;
  const name = tokens.slice(from + role + 1, end);
  return name.length >= 1 && name.length <= 4 && name.every((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text));
}

/** How far the "at N" of "put X at N" may stand from the verb. */
const PUT_REACH = 10;
/** "put the number of Algerians killed in the Sétif and Guelma massacres of May 1945 at 1,165": "the number of" the people, then where and when. */
const LONG_PUT_REACH = 20;

function putReach(tokens: readonly Token[], from: number): number {
  const number = tokens[from]?.norm === 'the' ? from + 1 : from;
  return tokens[number]?.norm === 'number' && tokens[number + 1]?.norm === 'of' ? LONG_PUT_REACH : PUT_REACH;
}

/** "at" and a number (past a qualifier) within reach of the verb of putting. */
function putsAtNumber(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + putReach(tokens, from)); k++) {
    if (tokens[k].kind !== 'word' || tokens[k].norm !== 'at') continue;
    let n = k + 1;
    while (n < k + 4 && tokens[n]?.kind === 'word' && QUALIFIER_WORDS.has(tokens[n]!.norm)) n += 1;
    return tokens[n]?.kind === 'num';
  }
  return false;
}

/** Estimates no one is named for: "other estimates", "independent estimates", "some accounts". */
const UNNAMED_ESTIMATES: ReadonlySet<string> = new Set(['estimates', 'accounts', 'sources']);
const ESTIMATE_MODIFIERS: ReadonlySet<string> = new Set(['other', 'some', 'independent', 'unofficial', 'later', 'modern', 'most', 'many']);
const CONTRASTS: ReadonlySet<string> = new Set(['though', 'although', 'but', 'while', 'whereas']);

/** What a body took in or recovered, after its verb of saying: "reports receiving 14 of the dead". */
const RECEIVING_GERUNDS: ReadonlySet<string> = new Set(['receiving', 'treating', 'admitting', 'recovering', 'burying', 'registering', 'recording', 'counting', 'identifying']);

/** Round 15: "; most historians accept roughly one million": scholars with a figure of their own open a clause no earlier speaker said. */
const SCHOLARS: ReadonlySet<string> = new Set(['historians', 'scholars', 'researchers', 'demographers', 'experts', 'analysts']);

/**
 * Verbs by which estimates reach a figure of their own: "some estimates run as high as 9,000". Not
 * "range": "independent estimates range from 200 to 1,000" is the writer's summary of a spread, no claim.
 */
const ESTIMATES_RUN: ReadonlySet<string> = new Set(['run', 'ran', 'go', 'went', 'reach', 'reached']);

/**
 * Round 15: "although some estimates run as high as 9,000", "other accounts range up to 400": estimates
 * no one is named for claim the figure they reach, named as written (the gold's "some estimates"), with
 * the modifiers before them; a bare "estimates run" names no one.
 */
function estimatesRun(text: string, tokens: readonly Token[], noun: number): Attribution | null {
  let start = noun;
  while (start > 0 && noun - start < 2 && ESTIMATE_MODIFIERS.has(tokens[start - 1].norm)) start -= 1;
  if (start === noun) return null;
  return make(span(text, tokens, start, noun + 1), noun + 1, 'after');
}

/** The boundary (";" or ", though") before "independent estimates …" after index `from`, or -1. */
function otherEstimatesAfter(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    const opens = t.text === ';' || (t.text === ',' && CONTRASTS.has(tokens[k + 1]?.norm ?? ''));
    if (!opens) continue;
    const j = t.text === ';' ? k + 1 : k + 2;
    if (ESTIMATE_MODIFIERS.has(tokens[j]?.norm ?? '') && (UNNAMED_ESTIMATES.has(tokens[j + 1]?.norm ?? '') || SCHOLARS.has(tokens[j + 1]?.norm ?? ''))) return k;
    // Claimants, pass 3: "…; nobody here believes the official figure of 3,800": a clause of no one is not the speaker's.
    if (NO_ONE.has(tokens[j]?.norm ?? '') || (tokens[j]?.norm === 'no' && tokens[j + 1]?.norm === 'one')) return k;
  }
  return -1;
}

/** A name or a body among tokens [start, end): "the Interior Ministry", "officials", "the island government", not "the storm". */
function namesABody(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const t = tokens[k];
    // Round 13: "the health ministry's bulletin revised the toll": the owner of a document is a body too.
    const owner = t.norm.replace(/['’]s$/, '');
    if (BODY_WORDS.has(owner) || CLAIMANT_NOUNS.has(owner) || isAcronym(t.text) || (k > start && /^\p{Lu}/u.test(t.text))) return true;
  }
  return false;
}

/** "the (official) death toll", "its figure", "the number of dead": a toll as the object of the verb before `from`. */
function tollFollows(tokens: readonly Token[], from: number): boolean {
  let words = 0;
  for (let k = from; k < tokens.length && words < 4; k++) {
    if (COUNT_NOUNS.has(tokens[k].norm)) return true;
    // "the rights group's figure": a possessive mark is no word of its own.
    if (tokens[k].glued && /^['’]s?$/.test(tokens[k].text)) continue;
    if (tokens[k].kind !== 'word') return false;
    words += 1;
  }
  return false;
}

function isDash(text: string | undefined): boolean {
  return text === '–' || text === '—' || text === '-' || text === '--';
}

/** A number or a word of harm within a few tokens: "announced a toll of 12", "confirmed a further 9 deaths". */
function harmSoon(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    if (tokens[k].kind === 'num' || HARM_HINT.test(tokens[k].norm)) return true;
  }
  return false;
}

/** "identified 14 of the dead", "verified 212 civilian deaths", "identified the bodies": an object that is the dead. */
function countsTheDead(tokens: readonly Token[], from: number): boolean {
  // "verified that 12 civilians were killed": what it verified is said in full.
  if (tokens[from]?.norm === 'that') return true;
  for (let k = from; k < Math.min(tokens.length, from + OUTCOME_REACH); k++) {
    if (DEAD_OBJECTS.has(tokens[k].norm) && k < from + 6) return true;
    // Round 8: "verified 1,520 attacks on health care, resulting in 128 deaths": the incidents it
    // counted, then the dead they left.
    if (tokens[k].text === ',' && OUTCOME_LEADS.has(tokens[k + 1]?.norm ?? '')) return true;
    if (tokens[k].kind === 'punct') return false;
  }
  return false;
}
/** How far the incidents a counting verb counts may run before their outcome: "1,520 attacks on health care in Ukraine". */
const OUTCOME_REACH = 12;


function thatFollows(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j < k + 4 && tokens[j] && SKIPPED_BEFORE_CLAUSE.test(tokens[j].norm)) j += 1;
  return tokens[j]?.norm === 'that';
}

/**
 * The last word of a credit in lower case after a dash: "- regional chief", "- emergency services",
 * "- operations command", ": city hall", "- eyewitnesses".
 */
function isCreditHead(word: string): boolean {
  return CLAIMANT_NOUNS.has(word) || BODY_WORDS.has(word) || SPEAKER_ROLES.has(word) || CREDIT_HEADS.has(word);
}
// Round 22: "…: armed forces general staff", "- hospital staff".
const CREDIT_HEADS: ReadonlySet<string> = new Set(['services', 'eyewitnesses', 'eyewitness', 'hall', 'headquarters', 'staff']);

/** How many words a credit after a dash may have when it opens with an article and names a body. */
const MAX_LONG_CREDIT = 10;
/** What a body keeps, named after it in a trailing credit: "— forest department data". */
const CREDITED_DATA: ReadonlySet<string> = new Set(['data', 'figures', 'statistics', 'records']);

/** "Around 300 soldiers killed: S. Korea's spy agency", "Dozens killed in attack – Washington Post", "... – officials". */
function trailingCredit(text: string, tokens: readonly Token[]): Attribution | null {
  // Round 9: "… – local sources | By Jean Doe, Goma | 12 March": a byline after a bar is no part of the credit.
  const bar = tokens.findIndex((t) => t.text === '|');
  let last = bar > 0 ? bar : tokens.length;
  // Round 22, posts and feeds: "… - JFO press center #WarinUkraine", "… - police;#Floods": trailing hashtags are no part of the credit.
  while (last >= 2 && tokens[last - 2].text === '#' && tokens[last - 1].kind === 'word' && tokens[last - 1].glued) {
    last -= 2;
    if (tokens[last - 1]?.text === ';' || tokens[last - 1]?.text === ',') last -= 1;
  }
  for (let k = Math.max(0, last - 1 - MAX_LONG_CREDIT); k < last - 1; k++) {
    const t = tokens[k];
    // Round 22: a credit dash glued to the word before it but spaced after ("on Monday- JFO HQ") is
    // still a dash; one glued on both sides joins a word ("Kiev-based").
    if (!(t.text === ':' || ((t.text === '–' || t.text === '—' || t.text === '-') && (!t.glued || tokens[k + 1]?.glued === false)))) continue;
    // "Source: X" is the report's credit line, read apart (sourceLine).
    if (tokens[k - 1]?.norm === 'source') continue;
    // Round 15: "SitRep No. 22 re: Monsoon rains": what follows "re:" is the subject, not who speaks.
    if (tokens[k - 1]?.norm === 're') continue;
    // Round 21, Asian wire headlines: "… death toll climbs to 9, 3 missing -- NHK": a double hyphen is one dash.
    const from = tokens[k + 1]?.text === '-' && tokens[k + 1].glued && t.text === '-' ? k + 2 : k + 1;
    let rest = tokens.slice(from, last).filter((r) => r.text !== '.');
    // Round 20, trackers' rows and headlines: "— via Gun Violence Archive" (the one passed on from),
    // "— forest department data" (a body's own data, statistics or records: the body).
    const via = rest[0]?.norm === 'via' && /^\p{Lu}/u.test(rest[1]?.text ?? '') && !SOCIAL_CHANNELS.has(rest[1].norm) ? 1 : 0;
    const owned = rest.length > 2 && CREDITED_DATA.has(rest[rest.length - 1].norm) && isCreditHead(rest[rest.length - 2].norm) ? 1 : 0;
    rest = rest.slice(via, rest.length - owned);
    // Claimants, pass 3: "… – the Ministry of Health of the region", "- the press service of the regional police": a longer
    // credit after a dash, up to ten words, when it opens with an article and names a body (BODY_WORDS).
    const longBody = rest.length > 6 && rest.length <= MAX_LONG_CREDIT && k !== -1 && t.text !== ':' && rest[0].norm === 'the'
      && rest.some((r) => BODY_WORDS.has(r.norm)) && rest.every((r) => r.kind === 'word' && !CLAUSE_WORDS.has(r.norm) && !VERB_INSIDE.has(r.norm));
    const isName = rest.length > 0 && (rest.length <= 6 || longBody) && (/^\p{Lu}/u.test(rest[0].text) || isCreditHead(rest[rest.length - 1].norm) || longBody)
      // A credit never holds a count: "Refugees: Fate of Hundreds Unknown" is no credit "Fate of …".
      && rest.every((r) => r.kind !== 'num' && !SAY_VERBS.has(r.norm) && !COUNT_WORDS.has(r.norm) && !REBUTTING_WORDS.has(r.norm));
    // "Norwegian Refugee Council – Press release.": the release is the body's, read apart (releaseCredit).
    if (isName && !RELEASE_WORDS.test(rest.map((r) => r.text).join(' '))) return make(span(text, tokens, from + via, owned ? tokens.indexOf(rest[rest.length - 1]) + 1 : last), k, 'sentence');
  }
  return null;
}

/**
 * Round 23, defence ministries' claims in headlines: "MoD: over 1,200 troops killed — Kyiv calls it propaganda",
 * "… — Hamas denies": the other side's answer after a dash is a clause of its own, no credit.
 */
const REBUTTING_WORDS: ReadonlySet<string> = new Set([...DENIAL_VERBS, 'calls', 'called', 'brands', 'branded', 'it']);

/** Words that open an official statement's header: "Statement by", "Press release from". */
const STATEMENT_HEADS: ReadonlySet<string> = new Set(['statement', 'release', 'communique', 'communiqué', 'bulletin', 'update', 'briefing']);
const MAX_HEADER = 12;

/**
 * "Statement by the Office of the Governor: as of 6 p.m., …", "Press release from the Ministry of
 * Health: …": the body named in a statement's header speaks for the whole sentence (round 6).
 */
function statementHeader(text: string, tokens: readonly Token[]): Attribution | null {
  // Round 23, live police updates: "Update from Munich police, 14:10: …": a clock time's colon is not the header's.
  const colon = tokens.findIndex((t, k) => k <= MAX_HEADER && t.text === ':' && !(t.glued && tokens[k - 1]?.kind === 'num' && tokens[k + 1]?.kind === 'num' && tokens[k + 1].glued));
  if (colon < 3) return null;
  const by = tokens.findIndex((t, k) => k < colon && (t.norm === 'by' || t.norm === 'from' || t.norm === 'of'));
  if (by < 1 || by > 3 || !STATEMENT_HEADS.has(tokens[by - 1].norm)) return null;
  // The time after the body's name, ", 14:10" or ", 9 a.m.", is no part of it.
  const comma = tokens.findIndex((t, k) => k > by && k < colon && t.text === ',');
  const timed = comma !== -1 && tokens.slice(comma + 1, colon).some((t) => t.kind === 'num');
  const end = timed ? comma : colon;
  const name = tokens.slice(by + 1, end);
  const isBody = name.every((t) => t.kind === 'word' || t.text === '’' || t.text === "'")
    && name.some((t) => BODY_WORDS.has(t.norm) || CLAIMANT_NOUNS.has(t.norm) || isAcronym(t.text) || /^\p{Lu}/u.test(t.text));
  return isBody && name.length > 0 ? make(span(text, tokens, by + 1, end), colon, 'sentence') : null;
}

/**
 * Round 15, live updates: "08:40 National Fire Agency: 3 dead, 86 injured", "13:30 Central Emergency
 * Operation Center: 8 confirmed dead": after a clock time, a body's capitalised name and a colon speak
 * for the entry (the name's last word a body word, never a place: "08:40 Hualien: 3 dead").
 */
function timestampedBody(text: string, tokens: readonly Token[]): Attribution | null {
  // A bullet opens its own sentence: "• 08:40 …".
  const b = tokens[0]?.text === '•' ? 1 : 0;
  if (tokens[b]?.kind !== 'num' || tokens[b + 1]?.text !== ':' || !tokens[b + 1].glued || tokens[b + 2]?.kind !== 'num' || !tokens[b + 2].glued) return null;
  const name = b + 3;
  let k = name;
  while (k < name + MAX_STAMPED_NAME && tokens[k]?.kind === 'word' && /^\p{Lu}/u.test(tokens[k].text)) k += 1;
  if (k === name || tokens[k]?.text !== ':' || !BODY_WORDS.has(tokens[k - 1].norm)) return null;
  return make(span(text, tokens, name, k), k, 'sentence');
}
const MAX_STAMPED_NAME = 5;

/** How many words a body's name opening its own statement may take: "The Ministry of Defense of the Russian Federation". */
const MAX_HEADER_BODY = 9;
/** Small words inside such a name. */
const HEADER_NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and']);

/**
 * Round 27, translated regional statements: "Kherson Regional Military Administration: Over the past day, …",
 * "The Ministry of Defense of the Russian Federation: during the day, …": a body's capitalised name, one of its
 * words a body word (BODY_WORDS), opening the sentence before a colon, speaks for it, as a timestamped one does.
 */
function bodyHeader(text: string, tokens: readonly Token[]): Attribution | null {
  const start = tokens[0]?.norm === 'the' ? 1 : 0;
  let k = start;
  while (k < start + MAX_HEADER_BODY && tokens[k]?.kind === 'word' && (/^\p{Lu}/u.test(tokens[k]!.text) || (k > start && HEADER_NAME_JOINERS.has(tokens[k]!.norm)))) k += 1;
  if (k - start < 2 || tokens[k]?.text !== ':' || HEADER_NAME_JOINERS.has(tokens[k - 1]!.norm)) return null;
  if (!tokens.slice(start, k).some((t) => BODY_WORDS.has(t.norm) && /^\p{Lu}/u.test(t.text))) return null;
  return make(span(text, tokens, 0, k), k, 'sentence');
}

const FIRST_PERSON: ReadonlySet<string> = new Set(['we', 'i']);
/** At most this many capitalised words name the speaker after a turn's title: "Dr Helen Jane Roe". */
const MAX_TURN_NAME = 4;

/**
 * "Dr Jane Roe: In 2023, four service personnel died …", "Brigadier Haines: The total was 14 killed";
 * "IDF: In the past day, troops eliminated …" (a body's acronym, not a label: "WATCH:", "NOTE:"):
 * a transcript's turn opens with the speaker's title and name and a colon, and the speaker states the
 * sentence (round 12). Constituencies and parties in brackets may stand before the colon ("Mr John
 * Doe (Wansdyke) (Con):"); a title alone ("Chair:") or lower-case words ("Dr who said:") name no one.
 */
/** The ")" closing a bracket of one to three words opened at k, or -1. */
function bracketClose(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== '(') return -1;
  for (let j = k + 1; j <= k + 4; j++) {
    if (tokens[j]?.text === ')') return j > k + 1 ? j : -1;
    if (tokens[j]?.kind !== 'word') return -1;
  }
  return -1;
}

function speakerTurn(text: string, tokens: readonly Token[]): Attribution | null {
  const stamped = timestampedBody(text, tokens) ?? bodyHeader(text, tokens);
  if (stamped) return stamped;
  // "IDF: In the past day, troops …": a body's acronym opening its own statement, as a headline's credit.
  const first = tokens[0];
  // Round 15: "IOM: 2.4k dead or missing on …", a headline of any length opening with its count.
  // Round 19, piracy bulletins: "IMB PRC: On 14 March, six pirates …", a body's acronym and its unit's.
  const colon = isAcronym(tokens[1]?.text ?? '') && tokens[1].text.length <= 5 && tokens[2]?.text === ':' ? 2 : 1;
  if (first && (isAcronym(first.text) || MINISTRY_ABBREVIATION.test(first.text)) && first.text.length <= 5 && !CAPITALISED_LABELS.has(first.norm) && !PLACE_ACRONYMS.has(first.text) && tokens[colon]?.text === ':'
    // Round 23: "MoD: over 1,200 Ukrainian troops killed …", a qualified count after the colon.
    && (/^\p{Lu}/u.test(tokens[colon + 1]?.text ?? '') || ((tokens[colon + 1]?.kind === 'num' || countFollows(tokens, colon + 1)) && !COUNT_NOUNS.has(first.norm) && !PREDICATE_WORDS.has(first.norm))))
    return make(span(text, tokens, 0, colon), colon, 'sentence');
  const quoted = quotedTurn(text, tokens);
  if (quoted) return quoted;
  // Claimants, pass 4, transcripts: "A (UNIFIL spokesperson Andrea Tenenti): Two peacekeepers …": an answer's label, then
  // who gives it in brackets.
  const answerer = answerTurn(text, tokens);
  if (answerer) return answerer;
  const voiced = headlineVoice(text, tokens);
  if (voiced) return voiced;
  // Round 18, briefing transcripts: "Jens Laerke (OCHA): We have reports of …": a name with its body in brackets.
  const titled = TURN_TITLES.has(first?.norm ?? '');
  if (!/^\p{Lu}/u.test(first?.text ?? '')) return null;
  let k = titled ? 1 : 0;
  if (tokens[k]?.text === '.' && tokens[k].glued) k += 1;
  const nameStart = k;
  while (k < nameStart + MAX_TURN_NAME && tokens[k]?.kind === 'word' && /^\p{Lu}/u.test(tokens[k].text)) k += 1;
  if (k === nameStart) return null;
  const nameEnd = k;
  if (!titled && (nameEnd - nameStart < 2 || bracketClose(tokens, k) === -1)) return null;
  // Round 15, Security Council records: "(via videoconference)", "(United Kingdom)": up to three words in brackets.
  for (let close = bracketClose(tokens, k); close !== -1; close = bracketClose(tokens, k)) k = close + 1;
  // Round 16, officials' posts: "Gov. Jane Roe on X: …": where the turn was posted is no part of the name.
  if (tokens[k]?.norm === 'on' && SOCIAL_CHANNELS.has(tokens[k + 1]?.norm ?? '')) k += 2;
  if (tokens[k]?.text !== ':') return null;
  return make(span(text, tokens, 0, nameEnd), k, 'sentence');
}

/** Labels of an answer in a transcript: "A (…):", "Answer (…):". */
const ANSWER_LABELS: ReadonlySet<string> = new Set(['a', 'answer']);
/** Words of a speaker named in brackets after an answer's label. */
const MAX_ANSWERER = 8;

function answerTurn(text: string, tokens: readonly Token[]): Attribution | null {
  if (!ANSWER_LABELS.has(tokens[0]?.norm ?? '') || !/^\p{Lu}/u.test(tokens[0].text) || tokens[1]?.text !== '(') return null;
  let k = 2;
  while (k < 2 + MAX_ANSWERER && tokens[k]?.kind === 'word') k += 1;
  if (k === 2 || tokens[k]?.text !== ')' || tokens[k + 1]?.text !== ':' || !tokens.slice(2, k).some(capitalised)) return null;
  return make(span(text, tokens, 2, k), k + 1, 'sentence');
}

/** Round 23: a ministry's abbreviation in mixed case heading a headline: "MoD:", "MoH:", "MoFA:". */
const MINISTRY_ABBREVIATION = /^Mo[A-Z]{1,3}$/;

/** A role that speaks for its place in a headline: "Bucks County coroner:", "Trier police:", "Harlan sheriff:". */
const HEADLINE_VOICES: ReadonlySet<string> = new Set([...SPEAKER_ROLES, 'coroner', 'sheriff', 'police', 'prosecutor', 'prosecutors', 'examiner']);
/** At most this many capitalised words name the place or body before the role. */
const MAX_VOICE_NAME = 4;

/**
 * Round 23, local news and police headlines: "Bucks County coroner: 2 dead in Route 611 crash", "Trier police: 30
 * hurt": capitalised words, one lower-case role, a colon, and a count straight after: the role speaks.
 */
function headlineVoice(text: string, tokens: readonly Token[]): Attribution | null {
  let k = 0;
  while (k < MAX_VOICE_NAME && tokens[k]?.kind === 'word' && /^\p{Lu}/u.test(tokens[k].text)) k += 1;
  if (k === 0 || !HEADLINE_VOICES.has(tokens[k]?.text ?? '') || tokens[k + 1]?.text !== ':' || tokens[k + 2]?.kind !== 'num') return null;
  return make(span(text, tokens, 0, k + 1), k + 1, 'sentence');
}

/** How far into a sentence the colon before a quoted statement may stand: "WHO Director-General Tedros, at the Geneva briefing:". */
const MAX_QUOTED_TURN = 14;

/**
 * Round 18, briefing notes: 'WHO Director-General Tedros, at the Geneva briefing: "… killed 736 people …"',
 * 'Ravina Shamdasani, spokesperson for the UN human rights office: "…"': a capitalised name opening the
 * sentence, then a colon and a quotation; the words before the colon speak it.
 */
function quotedTurn(text: string, tokens: readonly Token[]): Attribution | null {
  if (!/^\p{Lu}/u.test(tokens[0]?.text ?? '') || tokens[0]?.kind !== 'word') return null;
  for (let k = 1; k < Math.min(tokens.length, MAX_QUOTED_TURN); k++) {
    const t = tokens[k];
    // "…, the UN Resident Coordinator said: '…'" is read as speech, with its verb.
    if (t.kind === 'num' || SAY_VERBS.has(t.norm) || (t.kind === 'punct' && t.text !== ',' && t.text !== ':' && t.text !== '-')) return null;
    // Not a label: "Breaking News: '12 dead'", "Video: …".
    if (t.text === ':') {
      const label = tokens.slice(0, k).some((w) => CAPITALISED_LABELS.has(w.norm) || w.norm === 'breaking');
      const named = tokens.slice(1, k).some((w) => w.kind === 'word' && /^\p{Lu}/u.test(w.text));
      return OPENING_QUOTES.has(tokens[k + 1]?.text ?? '') && named && !label ? make(span(text, tokens, 0, k), k, 'sentence') : null;
    }
  }
  return null;
}

const EVENT_PLACE_WORDS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'near', 'after']);

/**
 * Where a live update's credit may start: after a time stamp ("14:32 —", "10:05 GMT:"), a retweet
 * ("RT @handle:") or a headline's dash ("Gunmen storm hotel — security sources: 5 taken hostage").
 */
function liveCreditStart(tokens: readonly Token[]): number {
  let k = tokens[0]?.text === '.' ? 1 : 0;
  if (tokens[k]?.kind === 'num' && tokens[k + 1]?.text === ':' && tokens[k + 2]?.kind === 'num') {
    k += 3;
    if (/^\p{Lu}{2,4}$/u.test(tokens[k]?.text ?? '')) k += 1;
    if (tokens[k]?.text === ':' || isDash(tokens[k]?.text)) k += 1;
  } else if (UPDATE_WORDS.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'from' && tokens[k + 2]?.text === '@') {
    // Round 16, posts: "Update from @NDRFHQ: 2 more bodies recovered …": the handle after "from" is the credit.
    k += 2;
  } else if (tokens[k]?.text === 'RT' && tokens[k + 1]?.text === '@') {
    const colon = tokens.findIndex((t, j) => j > k && j < k + 8 && t.text === ':');
    if (colon !== -1) k = colon + 1;
  }
  // The last spaced dash before the first colon opens the credit.
  const colon = tokens.findIndex((t, j) => j >= k && t.text === ':');
  for (let j = colon - 1; j > k && colon - j <= MAX_LIVE_CREDIT; j--) if (isDash(tokens[j].text) && !tokens[j].glued) return j + 1;
  return k;
}

const UPDATE_WORDS: ReadonlySet<string> = new Set(['update', 'updates', 'latest']);
/** Speakers a headline counts: "4 survivors say", "2 witnesses said". */
const COUNTED_SPEAKERS: ReadonlySet<string> = new Set(['survivors', 'witnesses', 'officials', 'sources', 'residents', 'doctors', 'medics']);

/** Who speaks after a headline's dash: "— security sources:", "— police:"; not a side ("Casualties — Royal army:"). */
function speaksAfterDash(credit: readonly Token[]): boolean {
  return credit.some((t) => SPEAKER_ROLES.has(t.norm) || DASH_SPEAKERS.has(t.norm));
}
const DASH_SPEAKERS: ReadonlySet<string> = new Set(['police', 'witnesses', 'medics', 'doctors', 'rescuers', 'media']);
const MAX_LIVE_CREDIT = 8;

/** "Police: 12 dead in ...", "UN: 300 killed": a headline that opens with its source and a colon. */
function leadingCredit(text: string, tokens: readonly Token[], anyLength = false): Attribution | null {
  const start = liveCreditStart(tokens);
  let words = 0;
  for (let k = start; k < tokens.length; k++) if (tokens[k].kind === 'word') words += 1;
  // A handle before a colon credits a post of any length: ".@CityPolice: 'We can confirm …'".
  const handleFirst = tokens[start]?.text === '@' && tokens[start + 2]?.text === ':';
  const colon = tokens.findIndex((t, k) => k >= start && k < start + 6 + (start > 0 ? 2 : 0) && t.text === ':');
  // Round 16, agencies' posts and bulletins: "Cambodian Mine Action Authority: 31 people killed, 97 injured, …":
  // a body named in capitals before the colon credits a sentence of any length ("BAGHDAD :" names none).
  // Round 19: small words of a body's name, "Fire and Disaster Management Agency:".
  // Round 26, monitors' totals: "Aid Worker Security Database: 280 aid workers killed …", "South Asia Terrorism Portal
  // data: Total fatalities …": a monitor's name, and its data.
  const nameEnd = colon > start + 2 && tokens[colon - 1]?.norm === 'data' ? colon - 1 : colon;
  const namedBody = colon > start + 1 && capitalised(tokens[start]) && tokens.slice(start, nameEnd).every((t) => t.kind === 'word' && (capitalised(t) || EVENT_PLACE_WORDS.has(t.text) || NAME_LINKS.has(t.text)))
    && tokens.slice(start, nameEnd).some((t) => (BODY_WORDS.has(t.norm) || MONITOR_HEADS.has(t.norm)) && !isAcronym(t.text));
  if (words > HEADLINE_WORDS && !handleFirst && !namedBody && !anyLength) return null;
  if (colon < start + 1 || !tokens.slice(colon + 1).some((t) => t.kind === 'num' || UNITS.has(t.norm) || TENS.has(t.norm))) return null;
  // Round 10: "Regional governor Petro Halyk on Telegram:": the channel is no part of the name.
  let end = colon;
  if (end - start > 2 && tokens[end - 2].norm === 'on' && SOCIAL_CHANNELS.has(tokens[end - 1].norm)) end -= 2;
  const credit = tokens.slice(start, end);
  // ".@PoliceKestrel:", "@CityFireDept:": a handle speaks for whoever holds it.
  const handle = credit.length === 2 && credit[0].text === '@' && credit[1].kind === 'word';
  // "Syria: 12 killed" is a place; "Police:", "Health ministry:", "UN:" are sources.
  // "Escalation in ATO:" names an event and where it happened, not who speaks.
  if (start > 0 && isDash(tokens[start - 1].text) && !handle && !speaksAfterDash(credit)) return null;
  // Round 13, bulletin tables: "TOTAL: 152 dead", "DEAD: 12": a row's label in capitals is no acronym of a source.
  if (credit.some((t) => COUNT_NOUNS.has(t.norm) || PREDICATE_WORDS.has(t.norm))) return null;
  // "Deadliest day for Ukraine troops: 16 slain": a headline's lead naming a time is no body speaking.
  if (credit.some((t) => CREDIT_TIMES.has(t.text))) return null;
  // "Escalation in ATO:" names an event and its place; "Government Media Office in Gaza:" a body and its seat.
  const seat = credit.findIndex((t) => EVENT_PLACE_WORDS.has(t.text));
  const bodyInPlace = seat > 0 && isBodyName(credit.slice(0, seat)) && credit.slice(seat + 1).every((t) => capitalised(t)) && seat < credit.length - 1;
  const claims = handle || (credit.every((t, k) => (t.kind === 'word' && (!EVENT_PLACE_WORDS.has(t.text) || (bodyInPlace && k === seat))) || t.text === '’' || t.text === "'")
    && credit.some((t) => CLAIMANT_NOUNS.has(t.norm) || BODY_WORDS.has(t.norm) || (namedBody && MONITOR_HEADS.has(t.norm)) || (start > 0 && SPEAKER_ROLES.has(t.norm))
      || (isAcronym(t.text) && t.text.length <= 5 && !/^(?:US|UK|USA|EU)$/.test(t.text))));
  return claims ? make(span(text, tokens, start, end), colon, 'sentence') : null;
}

/** Round 26: what a monitoring project's name ends in, "Aid Worker Security Database", "South Asia Terrorism Portal". */
const MONITOR_HEADS: ReadonlySet<string> = new Set(['database', 'portal', 'project', 'tracker']);

/** "Government Media Office", "Health Ministry": capitalised words ending in a body's word. */
const CREDIT_TIMES: ReadonlySet<string> = new Set(['day', 'days', 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'night', 'hours', 'hour']);

function isBodyName(words: readonly Token[]): boolean {
  return words.every((t) => capitalised(t)) && BODY_WORDS.has(words[words.length - 1].norm);
}

/** Acronyms in brackets that are places, not sources: "(UK)", "(DRC)". */
const PLACE_ACRONYMS = new Set(['US', 'UK', 'USA', 'EU', 'DRC', 'CAR', 'UAE', 'KSA', 'PRC', 'DPRK', 'ROK']);

/**
 * "9 people were killed in airstrikes (WHO).", "... since April (Health Ministry).": situation reports
 * credit a sentence with its source in brackets at its end. Only an acronym or a capitalised body,
 * and not where the brackets spell out the name before them ("Islamic State West Africa Province (ISWAP)").
 */
function bracketCredit(text: string, tokens: readonly Token[]): Attribution | null {
  let close = tokens.length - 1;
  if (tokens[close]?.text === '.') close -= 1;
  if (tokens[close]?.text !== ')') return null;
  let open = close - 1;
  while (open > 0 && open >= close - MAX_BRACKET_CREDIT && tokens[open].text !== '(') open -= 1;
  if (open < 1 || tokens[open].text !== '(' || open === close - 1) return null;
  // "(Health Cluster, 12 June)", "(OCHA, as of 3 May 2024)": the source, then the date of its figures.
  const comma = tokens.findIndex((t, k) => k > open && k < close && t.text === ',');
  if (comma !== -1 && tokens.slice(comma + 1, close).every(isDateWord) && tokens.slice(comma + 1, close).some((t) => MONTHS.has(t.norm))) close = comma;
  // Round 25: only the name and its date may fill a longer bracket: "(BNPB Pusdalops, 30 Nov, 18:00 WIB)".
  if (close - open > 8) return null;
  // Round 20, monitors' tables: "(Open Doors, WWL 2024)", "(Indepaz, annual report 2023)": a name, then its
  // report and year after the comma (a capitalised name of up to four words, whatever its kind).
  const report = comma !== -1 && close > comma && comma - open <= 5 && isReportYear(tokens, comma + 1, close)
    && tokens.slice(open + 1, comma).every((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text));
  if (report) close = comma;
  if (open === close - 1) return null;
  const inner = tokens.slice(open + 1, close);
  if (inner.some((t) => t.kind === 'num' || (t.kind === 'punct' && !(t.glued && (t.text === '.' || t.text === '-' || t.text === '&'))))) return null;
  // "(AFP)", "(Reuters)": a wire service in brackets is a dateline, read as one (datelineAgency).
  if (inner.length === 1 && DATELINE_AGENCIES.has(inner[0].norm)) return null;
  const spelledOut = tokens.slice(Math.max(0, open - 3), open).some((t) => t.kind === 'word' && /\p{Lu}/u.test(t.text));
  // "(MoH)", "(MoPH)": ministries abbreviated in mixed case, as situation reports write them.
  const mixedCase = /^(?:\p{Lu}\p{Ll}?){2,5}$/u.test(inner[0].text) && /\p{Lu}.*\p{Lu}/u.test(inner[0].text);
  const acronym = inner.length === 1 && !spelledOut && (isAcronym(inner[0].text) || mixedCase) && inner[0].text.length <= 8 && !PLACE_ACRONYMS.has(inner[0].text);
  const body = /^\p{Lu}/u.test(inner[0].text) && inner.some((t) => BODY_WORDS.has(t.norm) || CLAIMANT_NOUNS.has(t.norm) || t.norm === 'cluster');
  // Round 25: a body's acronym and its unit's name, "(BNPB Pusdalops)", "(OCHA ROSEA)": capitalised words opened by an acronym.
  const unit = inner.length > 1 && inner.length <= 3 && !spelledOut && isAcronym(inner[0].text) && !PLACE_ACRONYMS.has(inner[0].text)
    && inner.every((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text));
  return acronym || body || report || unit ? make(span(text, tokens, open + 1, close), open, 'sentence') : null;
}

/** "WWL 2024", "annual report 2023", "World Report 2024": one to three words, then a year, closing a bracket. */
function isReportYear(tokens: readonly Token[], from: number, close: number): boolean {
  const year = tokens[close - 1];
  if (close - from < 2 || close - from > 4 || year?.kind !== 'num' || !/^(?:19|20)\d\d$/.test(year.text)) return false;
  return tokens.slice(from, close - 1).every((t) => t.kind === 'word') && tokens.slice(from, close - 1).some((t) => DOCUMENT_WORDS_IN_CREDIT.has(t.norm) || (isAcronym(t.text) && t.text.length >= 3 && !PLACE_ACRONYMS.has(t.text)));
}
const DOCUMENT_WORDS_IN_CREDIT: ReadonlySet<string> = new Set(['report', 'review', 'index', 'list', 'census', 'survey', 'yearbook', 'database', 'monitor', 'update']);

/** How many tokens a bracketed credit may hold with its date and hour: "(BNPB Pusdalops, 30 Nov, 18:00 WIB)". */
const MAX_BRACKET_CREDIT = 12;
/** The words of a date after a bracketed source: "12 June", "as of 3 May 2024". */
function isDateWord(t: Token): boolean {
  return t.kind === 'num' || MONTHS.has(t.norm) || t.norm === 'as' || t.norm === 'of' || t.norm === 'on' || (t.glued && (t.text === '.' || t.text === '/'))
    // Round 25, disaster agencies' tables: the hour of the figures after their date, "(BNPB Pusdalops, 30 Nov, 18:00 WIB)".
    || t.text === ',' || (t.glued && t.text === ':') || CLOCK_WORDS.has(t.norm);
}

/** Round 25: the words of an hour after a credit's date: "18:00 WIB", "0600 hrs", "8 AM PHT", "at 14:00 local time". */
const CLOCK_WORDS: ReadonlySet<string> = new Set([
  'at', 'hrs', 'h', 'am', 'pm', 'local', 'time', 'wib', 'wita', 'wit', 'utc', 'gmt', 'pkt', 'ist', 'pht', 'eat', 'cat', 'wat', 'cet', 'cest',
]);

/** Round 25: a credit's date and hour after its name, "BNPB Pusdalops, 30 Nov, 18:00 WIB": the name alone. */
function withoutDateTail(name: string): string {
  const comma = name.indexOf(',');
  if (comma < 1) return name;
  const words = name.slice(comma + 1).split(/[\s,]+/).filter(Boolean);
  const dated = words.some((w) => MONTHS.has(w.toLowerCase().replace(/\.$/, '')))
    && words.every((w) => /^\d{1,4}(?:[:.]\d{2})?$/.test(w) || MONTHS.has(w.toLowerCase().replace(/\.$/, '')) || CLOCK_WORDS.has(w.toLowerCase()) || w === 'as' || w === 'of');
  return dated ? name.slice(0, comma) : name;
}

/**
 * "(per the ministry)", ", per UN figures": "per" before a name, not "per day" or "per cent". Round 11,
 * coder notes: "Per MoH, 19 killed": "Per" opening the sentence, its name closed by a comma.
 */
function perAttribution(text: string, tokens: readonly Token[], i: number): Attribution | null {
  const before = tokens[i - 1]?.text;
  const next = tokens[i + 1];
  const opening = i === 0 && tokens[i].text === 'Per';
  let end = nameAfter(tokens, i + 1);
  // Round 10, live updates: "toll now 1,340 per civil protection agency": straight after a count, a body.
  const afterCount = tokens[i - 1]?.kind === 'num' && tokens.slice(i + 1, Math.min(end, i + 5)).some((t) => CREDIT_BODIES.has(t.norm) || SPEAKER_ROLES.has(t.norm));
  // Round 15, coder summaries: "(figures per police)": the figures credited in brackets.
  const creditedFigures = tokens[i - 2]?.text === '(' && COUNT_NOUNS.has(tokens[i - 1]?.norm ?? '');
  // Round 16, posts: "16 still missing per LA County Sheriff": straight after the harm, a capitalised name.
  const afterHarm = PREDICATE_WORDS.has(tokens[i - 1]?.norm ?? '') && /^\p{Lu}/u.test(next?.text ?? '');
  if (!(before === '(' || before === ',' || isDash(before) || opening || afterCount || creditedFigures || afterHarm) || !next || next.kind !== 'word') return null;
  if (opening && tokens[end]?.text !== ',') return null;
  // Round 15: "(per police)", "(figures per police)": a bare body in lower case.
  const bareBody = (before === '(' || creditedFigures) && CREDIT_BODIES.has(next.norm);
  if (!(opening || DETERMINERS.has(next.norm) || /^\p{Lu}/u.test(next.text) || afterCount || bareBody)) return null;
  for (let k = i + 1; k < end; k++) if (tokens[k].text === ')') { end = k; break; }
  return make(span(text, tokens, i + 1, end), i, 'sentence');
}

/**
 * "deaths reported by at least two media sources", "confirmed by several witnesses": a passive
 * agent counted rather than named says how the figures were checked; it is no one's statement.
 */
function countedAgents(tokens: readonly Token[], from: number, lead: readonly string[]): boolean {
  if (lead[0] === 'according' || lead[0] === 'as' || lead[0] === 'citing') return false;
  for (let k = from; k < from + 3 && (tokens[k]?.kind === 'word' || tokens[k]?.kind === 'num'); k++) {
    const t = tokens[k]!;
    if (t.kind === 'num' || UNITS.has(t.norm) || t.norm === 'several' || t.norm === 'multiple') return true;
  }
  return false;
}

/** How many lower-case words may stand between a count and its participle: "the 162,000 excess deaths modelled by". */
const COUNT_HEAD_REACH = 3;

/**
 * Claimants, pass 3: the token just before a count that a participle with "by" follows ("the 600,000 cited
 * by", "the 1.5 million given by", "the 162,000–378,000 excess deaths modelled by"), or -1. The count's
 * own qualifiers ("some 600,000", "about") stay inside it.
 */
function countBeforeParticiple(tokens: readonly Token[], participle: number): number {
  let j = participle - 1;
  while (j > participle - 1 - COUNT_HEAD_REACH && tokens[j]?.kind === 'word' && /^\p{Ll}/u.test(tokens[j].text)
    && !SCALES.has(tokens[j].norm) && !CLAUSE_WORDS.has(tokens[j].norm)) {
    // "9 deaths and 22 injuries were recorded by WHO": a passive predicate's agent states its whole subject.
    if (VERB_INSIDE.has(tokens[j].norm) || tokens[j].norm === 'being') return -1;
    j -= 1;
  }
  while (tokens[j]?.kind === 'word' && SCALES.has(tokens[j].norm)) j -= 1;
  if (tokens[j]?.kind !== 'num') return -1;
  // A range: "162,000–378,000", "60,000 to 100,000".
  while (j > 0 && (tokens[j - 1].kind === 'num' || ((tokens[j - 1].text === '–' || tokens[j - 1].text === '-' || tokens[j - 1].norm === 'to') && tokens[j - 2]?.kind === 'num'))) j -= 1;
  while (j > 0 && tokens[j - 1].kind === 'word' && QUALIFIER_WORDS.has(tokens[j - 1].norm)) j -= 1;
  return j - 1;
}

/** A method is named in a few words: "by verbal autopsy", "by satellite imagery". */
const MAX_METHOD = 3;
/** People named by a singular word: "compiled by hospital staff". */
const COLLECTIVE_PEOPLE: ReadonlySet<string> = new Set(['staff', 'personnel', 'police', 'military', 'clergy']);

/**
 * Round 15: "the 1,104 deaths recorded by verbal autopsy", "counted by hand", "identified by satellite
 * imagery": an agent in lower case with no article, a singular thing, is how the count was made, not
 * who made it ("by officials", "by local journalists", "by the ministry", "by UNICEF" are claimants).
 */
function namesMethod(tokens: readonly Token[], from: number, end: number): boolean {
  const words = tokens.slice(from, end);
  if (words.length === 0 || words.length > MAX_METHOD || words.some((t) => t.kind !== 'word' || !/^\p{Ll}/u.test(t.text))) return false;
  if (DETERMINERS.has(words[0].norm) || words.some((t) => CLAIMANT_NOUNS.has(t.norm) || BODY_WORDS.has(t.norm) || SPEAKER_ROLES.has(t.norm))) return false;
  const head = words[words.length - 1].norm;
  return !head.endsWith('s') && !COLLECTIVE_PEOPLE.has(head);
}

/** Verbs of a passive estimate with its agent: "the dead put at 150 by the army". */
const PASSIVE_ESTIMATES: ReadonlySet<string> = new Set(['put', 'placed', 'estimated', 'set']);
/** Times after "by" that name no agent: "put at 300 by nightfall", "by the end of the day". */
const BY_TIMES: ReadonlySet<string> = new Set(['then', 'now', 'noon', 'midnight', 'nightfall', 'dawn', 'evening', 'morning', 'afternoon', 'night', 'end', 'time', 'today', 'tonight', 'yesterday', 'late', 'early', 'mid']);
/** How far "at" may stand before "by": "put at about 1,000 by", "put at more than 2,000 by". */
const PUT_BY_REACH = 5;

/**
 * Round 15: "with the dead put at 150 by the Nigerian army", "Zulu dead were later put at about 1,000 by
 * the regimental historians": the agent after the count states it, and only it (not "the British lost
 * 1,300 men" earlier in the sentence).
 */
function passiveEstimateAgent(text: string, tokens: readonly Token[], by: number): Attribution | null {
  if (tokens[by - 1]?.kind !== 'num' && !UNITS.has(tokens[by - 1]?.norm ?? '') && !TENS.has(tokens[by - 1]?.norm ?? '')) return null;
  let at = by - 2;
  while (at > by - PUT_BY_REACH && at > 0 && tokens[at].norm !== 'at') at -= 1;
  if (tokens[at]?.norm !== 'at' || !PASSIVE_ESTIMATES.has(tokens[at - 1]?.norm ?? '')) return null;
  // "put at 300 by Friday evening", "by nightfall": a time, not an agent.
  const first = tokens[by + 1]?.norm === 'the' ? tokens[by + 2] : tokens[by + 1];
  if (!first || first.kind !== 'word' || (WEEKDAYS as readonly string[]).includes(first.norm) || MONTHS.has(first.norm) || BY_TIMES.has(first.norm)) return null;
  const attribution = make(span(text, tokens, by + 1, nameAfter(tokens, by + 1)), at - 1, 'after');
  if (attribution) attribution.until = by;
  return attribution;
}

/** Figure nouns after "by X's": "by Crisis Group's count", "by MSF's household-survey estimate". */
const BY_COUNTS: ReadonlySet<string> = new Set(['count', 'counts', 'tally', 'estimate', 'estimates', 'reckoning', 'calculation', 'calculations', 'figures']);

/**
 * Round 19, analytic briefs: "By Crisis Group's count, at least 1,150 people died", "killed no fewer than 6,700,
 * by MSF's household-survey estimate, and …": the owner of the count states it, the sentence when the
 * phrase opens it, else what comes before it.
 */
function byOwnersCount(text: string, tokens: readonly Token[], by: number): { attribution: Attribution; end: number } | null {
  // Round 25, OSINT threads: "By our tally of named obituaries in regional media, at least 2,150 …": the writers'
  // own count, named by its words up to the comma, when it opens the sentence.
  const own = byOurCount(text, tokens, by);
  if (own) return own;
  // A name, or a body after "the": "by the ministry's count".
  if (!capitalised(tokens[by + 1]) && !(tokens[by + 1]?.norm === 'the' && tokens[by + 2]?.kind === 'word')) return null;
  let owner = by + 1;
  while (owner < by + OWNER_REACH && tokens[owner + 1]?.kind === 'word' && !/['’]s$/.test(tokens[owner].text)) owner += 1;
  if (!/['’]s$/.test(tokens[owner].text)) return null;
  let k = owner + 1;
  while (k < owner + 3 && tokens[k]?.kind === 'word' && !BY_COUNTS.has(tokens[k].norm)) k += 1;
  if (!BY_COUNTS.has(tokens[k]?.norm ?? '')) return null;
  // Round 25: "By the ministry's tally of death certificates, 40 …": what the count is of, then the comma.
  const opens = by === 0 && countTailEnd(tokens, k) !== -1;
  if (!opens && tokens[by - 1]?.text !== ',') return null;
  const attribution = make(text.slice(tokens[by + 1].start, tokens[owner].end - 2), by, opens ? 'sentence' : 'before');
  return attribution ? { attribution, end: k } : null;
}

/** How many words may say what a count is of: "of named obituaries in regional media". */
const MAX_COUNT_TAIL = 8;

/** The comma after a count noun at `k`, straight after it or past an "of …" phrase of words; -1 if none. */
function countTailEnd(tokens: readonly Token[], k: number): number {
  if (tokens[k + 1]?.text === ',') return k + 1;
  if (tokens[k + 1]?.norm !== 'of') return -1;
  let j = k + 2;
  while (j < k + 2 + MAX_COUNT_TAIL && tokens[j]?.kind === 'word' && !CLAUSE_WORDS.has(tokens[j].norm)) j += 1;
  return j > k + 2 && tokens[j]?.text === ',' ? j : -1;
}

/** "By our tally, …", "By our own count of …,": the writers' count, opening the sentence; named from "our" to the comma. */
function byOurCount(text: string, tokens: readonly Token[], by: number): { attribution: Attribution; end: number } | null {
  if (by !== 0 || tokens[1]?.norm !== 'our') return null;
  let k = 2;
  while (k < 4 && tokens[k]?.kind === 'word' && !BY_COUNTS.has(tokens[k].norm)) k += 1;
  if (!BY_COUNTS.has(tokens[k]?.norm ?? '')) return null;
  const comma = countTailEnd(tokens, k);
  if (comma === -1) return null;
  const attribution = make(span(text, tokens, 1, comma), by, 'sentence');
  return attribution ? { attribution, end: comma } : null;
}

/** Words between "by" and unnamed estimates: "by most scholarly estimates", "by some official accounts". */
const MAX_ESTIMATE_WORDS = 2;

/**
 * Claimants, pass 4: "1 million to 1.5 million perished, by most scholarly estimates", "By some accounts, 40,000 died": estimates
 * no one is named for (a modifier of ESTIMATE_MODIFIERS first) claim the figure, named as written, as "some estimates
 * run as high as" does; "estimates" is then no verb ("by some" said nothing). Set off by a comma or opening the sentence.
 */
function byUnnamedEstimates(text: string, tokens: readonly Token[], by: number): { attribution: Attribution; end: number } | null {
  if (!ESTIMATE_MODIFIERS.has(tokens[by + 1]?.norm ?? '')) return null;
  let k = by + 2;
  while (k < by + 1 + MAX_ESTIMATE_WORDS && tokens[k]?.kind === 'word' && /^\p{Ll}+$/u.test(tokens[k].text) && !UNNAMED_ESTIMATES.has(tokens[k].norm)) k += 1;
  if (!UNNAMED_ESTIMATES.has(tokens[k]?.norm ?? '') || tokens[k].norm === 'sources') return null;
  const opens = by === 0 && tokens[k + 1]?.text === ',';
  if (!opens && (tokens[by - 1]?.text !== ',' || !(endsSentence(tokens, k + 1) || tokens[k + 1]?.text === ','))) return null;
  const attribution = make(span(text, tokens, by + 1, k + 1), by, opens ? 'sentence' : 'before');
  return attribution ? { attribution, end: k } : null;
}

/** "X quoted Y as saying ...": Y, covering what follows. */
function quotedAttribution(text: string, tokens: readonly Token[], v: number): Attribution | null {
  const end = nameAfter(tokens, v + 1);
  if (end <= v + 1 || tokens[end]?.norm !== 'as' || !/^(?:saying|stating|telling|writing)$/.test(tokens[end + 1]?.norm ?? '')) return null;
  return make(span(text, tokens, v + 1, end), v, 'after');
}

/** How far after a body's verb the relayed telling stands, with nothing but words between. */
const MAX_RELAY = 6;
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas', 'although', 'though']);
/** Plain verbs of telling, which a body may relay from others: "said that witnesses have reported". */
const RELAYED_VERBS: ReadonlySet<string> = new Set(['reported', 'report', 'reports', 'said', 'say', 'says']);

/** Verbs of a stance on deaths its subject reports: "The Government regrets the loss of 9 lives". */
const STANCE_VERBS: ReadonlySet<string> = new Set([
  'regret', 'regrets', 'regretted', 'mourn', 'mourns', 'mourned', 'condemn', 'condemns', 'condemned',
  'deplore', 'deplores', 'deplored', 'lament', 'laments', 'lamented', 'denounce', 'denounces', 'denounced',
]);
/** Adverbs of feeling before such a verb: "deeply regrets", "strongly condemned". */
const STANCE_ADVERBS: ReadonlySet<string> = new Set(['deeply', 'strongly', 'sincerely', 'bitterly', 'profoundly']);
const HARM_OF_NOMINALS: ReadonlySet<string> = new Set([...OF_NOMINALS.keys(), 'loss', 'lives']);

/**
 * "The Government deeply regrets the loss of 9 lives", "the UN condemned the killing of 30 civilians":
 * a body that takes a stance on a count of deaths it names states that count (the deaths right after
 * the verb: "condemned the attack, which killed 30" stays the reporter's).
 */
function stanceAttribution(text: string, tokens: readonly Token[], v: number): Attribution | null {
  let k = v + 1;
  if (tokens[k]?.norm !== 'the') return null;
  const verbAt = STANCE_ADVERBS.has(tokens[v - 1]?.norm ?? '') ? v - 1 : v;
  // Round 19, UN missions' statements: "MINUSMA strongly condemns the attack …, in which two peacekeepers were
  // killed": a body opening its own statement in the present states what the statement goes on to count.
  const own = /s$/.test(tokens[v].norm) && subjectSpan(tokens, verbAt);
  if (own && (own.start === 0 || tokens[own.start - 1]?.text === ':')) return make(span(text, tokens, own.start, own.end), v, 'after');
  k += 1;
  while (k < v + 5 && tokens[k]?.kind === 'word' && tokens[k + 1]?.norm !== 'of') k += 1;
  if (!HARM_OF_NOMINALS.has(tokens[k]?.norm ?? '') || tokens[k + 1]?.norm !== 'of') return null;
  const count = tokens[k + 2];
  if (!count || !(count.kind === 'num' || COUNT_WORDS.has(count.norm))) return null;
  // "Russia on Monday mourned the deaths of hundreds": a day of mourning or of protest is an observance, no statement.
  if (dayBefore(tokens, verbAt) !== -1) return null;
  const subject = subjectSpan(tokens, verbAt);
  return subject ? make(span(text, tokens, subject.start, subject.end), v, 'after') : null;
}

/**
 * Round 11: '"Eight of the dead were children," said Dr. Rahimi, director of the hospital, "and 23
 * wounded are being treated here."': after the speaker (and a role set off by commas) the quotation
 * resumes, and what it goes on to say is the speaker's too.
 */
function quoteResumes(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  const opens = (k: number) => tokens[k]?.text === '"' || tokens[k]?.text === '“';
  if (opens(end + 1)) return true;
  let k = end + 1;
  while (k < tokens.length && k < end + 1 + MAX_INVERTED_BODY && tokens[k].kind === 'word') k += 1;
  return k > end + 1 && tokens[k]?.text === ',' && opens(k + 1);
}

/** Round 11, claims of both sides: "the militia accused government troops of killing 40 civilians". */
const ACCUSING_VERBS: ReadonlySet<string> = new Set(['accused', 'accuses', 'accusing', 'accuse', 'blamed', 'blames', 'blaming']);
/** How far the accused may reach before "of" or "for" and the harm: "accused government troops of". */
const MAX_ACCUSED = 6;

/** How far back from "and said" the denial's verb may stand: "denied that its syrups had caused any deaths and said". */
const DENIAL_REACH = 14;

/**
 * "Orvex Pharma denied that its syrups had caused any deaths and said the ministry's figure of 18 deaths was
 * baseless": the verb after "and" goes on with the subject of the denial before it, past what was denied
 * (dossier round 9). Only a body as that subject.
 */
function denierBeforeAnd(tokens: readonly Token[], v: number): { start: number; end: number; aside: boolean } | null {
  if (tokens[v - 1]?.norm !== 'and') return null;
  for (let j = v - 2; j >= Math.max(1, v - DENIAL_REACH); j--) {
    if (tokens[j].kind !== 'word' || !DENIAL_VERBS.has(tokens[j].norm)) continue;
    if (tokens.slice(j + 1, v - 1).some((t) => t.kind === 'num' || t.text === ';' || t.text === '.')) return null;
    const subject = subjectSpan(tokens, j);
    return subject && namesABody(tokens, subject.start, subject.end) ? subject : null;
  }
  return null;
}

/**
 * "X accused the army of killing 40 civilians", "blamed rebels for abducting 12": the accuser states
 * the count of the harm it accuses others of. The accuser is the verb's subject, or, after "and", the
 * subject of the verb before it ("the spokesman denied involvement and accused ...").
 */
function accusation(text: string, tokens: readonly Token[], v: number): Attribution | null {
  // "Three men were accused of killing 12": the accused, not the accuser.
  if (/^(?:were|was|are|is|be|been|being)$/.test(tokens[v - 1]?.norm ?? '')) return null;
  let k = v + 1;
  // Round 22: the accused in quotation marks, "blamed 'unknown gunmen' for".
  while (k < v + MAX_ACCUSED && (tokens[k]?.kind === 'word' || OPENING_QUOTES.has(tokens[k]?.text ?? '') || CLOSING_QUOTES.has(tokens[k]?.text ?? ''))
    && tokens[k].norm !== 'of' && tokens[k].norm !== 'for') k += 1;
  const harm = tokens[k + 1];
  if ((tokens[k]?.norm !== 'of' && tokens[k]?.norm !== 'for') || !harm) return null;
  // Round 22, aid-worker digests: "The ministry blamed 'unknown gunmen' for the deaths of four volunteers": a harm's noun
  // and "of" after "for the", as a harm's gerund ("for abducting 12").
  const nominal = tokens[k]?.norm === 'for' && harm.norm === 'the' && ACCUSED_HARMS.has(tokens[k + 2]?.norm ?? '') && tokens[k + 3]?.norm === 'of';
  if (!nominal && (!harm.norm.endsWith('ing') || !TRANSITIVE_VERBS.has(harm.norm))) return null;
  let subject = subjectSpan(tokens, v);
  if (!subject && tokens[v - 1]?.norm === 'and') {
    for (let j = v - 2; j >= Math.max(1, v - 6) && !subject; j--) if (/^\p{Ll}+ed$/u.test(tokens[j].text)) subject = subjectSpan(tokens, j);
  }
  return subject ? make(span(text, tokens, subject.start, subject.end), v, 'after') : null;
}

/** All attributions in one sentence, in order of position. */
export function findAttributions(text: string, tokens: readonly Token[]): Attribution[] {
  let found: Attribution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // One lookup for most words: a word none of the branches below start at gives no attribution.
    if (token.kind !== 'word' || !ATTRIBUTION_TRIGGERS.has(token.norm)) continue;
    const lead = LEAD_FIRST_WORDS.has(token.norm)
      ? FOLLOWED_BY_CLAIMANT.find((words) => words.every((w, k) => tokens[i + k]?.norm === w)) : undefined;
    // The first word is looked up before the phrases are tried: this runs on every word of the sentence.
    const agent = lead || !AGENT_FIRST_WORDS.has(token.norm) ? undefined : AGENT_LEADS.find((words) => words.every((w, k) => tokens[i + k]?.norm === w));
    if (lead || agent) {
      const words = (lead ?? agent)!;
      const from = i + words.length;
      // Round 17: "learned from" names a claimant only after an outlet ("the Global Times learned from"), not "lessons learned from".
      // Claimants, pass 3: or after a reporter ("our correspondent learned from local officials", "this reporter learnt from").
      // Round 27, factboxes: "Previous attacks claimed by Islamic State Khorasan:" claims the deeds, not a figure.
      if (lead && lead[0] === 'claimed' && CLAIMED_DEEDS.has(tokens[i - 1]?.norm ?? '')) continue;
      if (lead && (lead[0] === 'learned' || lead[0] === 'learnt') && !isMedia(tokens.slice(Math.max(0, i - 3), i).map((t) => t.text).join(' '))
        && !REPORTERS.has(tokens[i - 1]?.norm ?? '')) continue;
      let nameEnd = nameAfter(tokens, from);
      // Claimants, pass 3: "cited by the African Union's mediator, Olusegun Obasanjo;": the role, then its holder's name.
      if (tokens[nameEnd]?.text === ',' && SPEAKER_ROLES.has(tokens[nameEnd - 1]?.norm ?? '')) {
        let k = nameEnd + 1;
        while (k < nameEnd + 1 + MAX_TURN_NAME && capitalised(tokens[k])) k += 1;
        if (k > nameEnd + 1 && (k >= tokens.length || tokens[k].text === ';' || (tokens[k].text === '.' && k === tokens.length - 1))) nameEnd = k;
      }
      let attribution = make(span(text, tokens, from, nameEnd), i, 'sentence');
      // "According to its annual report, the Forensic Foundation has exhumed 565 people": "its" points ahead, to the subject after the comma.
      if (attribution && POSSESSIVE_ANAPHORS.test(attribution.name) && (i === 0 || isClauseBoundary(tokens, i - 1)) && tokens[nameEnd]?.text === ',') {
        const subject = leadingName(tokens, nameEnd + 1, tokens.length);
        if (subject) attribution = make(span(text, tokens, subject.start, subject.end), i, 'sentence') ?? attribution;
      }
      // "The army said the toll given by the rebels was inflated and that 40 died": inside what a
      // speaker says, an agent only describes a figure the speaker talks about; it does not speak.
      // "The agency raised its toll to 51, citing a study": the study is its basis, not its speaker
      // (but "Radio Kestrel reported 12 deaths, citing police": an outlet passes the count on).
      // Round 20: "USCIRF … said …, citing the deaths of more than 6,700 Rohingya": what is cited holds the count, so
      // it is the basis of the statement, no speaker; the one who cites it states it.
      if (lead && lead[0] === 'citing' && tokens.slice(from, nameEnd).some((t) => t.kind === 'num')) {
        const citer = found.filter((a) => a.at < i && !a.media && !a.anaphoric).pop();
        if (citer) found.push({ ...citer, at: i, scope: 'after', until: undefined });
        i += words.length - 1;
        continue;
      }
      const speaker = found.find((a) => a.scope === 'after' && (a.until === undefined || a.until > i));
      // Claimants, pass 3: "well above the 1.5 million given by the Famine Inquiry Commission", "the 288 announced by
      // the Railway Board": a count right before the participle is the agent's, and only that count (not "the toll
      // given by the rebels", which the speaker talks about, nor the figures of the rest of the sentence).
      const counted = words[words.length - 1] === 'by' && words.length === 2 ? countBeforeParticiple(tokens, i) : -1;
      if (attribution && counted !== -1) {
        attribution.scope = 'after';
        attribution.at = counted;
        attribution.until = i;
      }
      // Round 26, diaspora outlets: "TamilNet reported that … killed at least 378 …, citing medical officers": a report
      // passes on what it cites, as a medium does.
      const passedOn = lead?.[0] === 'citing' && speaker !== undefined && REPORTING_VERBS.has(tokens[speaker.at]?.norm ?? '');
      const spoken = counted === -1 && speaker !== undefined && (agent !== undefined || (lead![0] === 'citing' && !speaker.media && !passedOn));
      if (attribution && !spoken && !countedAgents(tokens, from, words)
        && !(words[words.length - 1] === 'by' && namesMethod(tokens, from, nameAfter(tokens, from)))) found.push(attribution);
      i += words.length - 1;
      continue;
    }
    // Claimants, pass 4, briefings: "What our colleagues on the ground are telling us is that …": a cleft's subject speaks.
    if (token.norm === 'what') {
      const cleft = i === 0 || isClauseBoundary(tokens, i - 1) ? cleftSpeaker(text, tokens, i) : null;
      if (cleft) {
        found.push(cleft);
        i = cleft.at;
      }
      continue;
    }
    if (UNNAMED_ESTIMATES.has(token.norm) && ESTIMATES_RUN.has(tokens[i + 1]?.norm ?? '')) {
      const attribution = estimatesRun(text, tokens, i);
      if (attribution) {
        found.push(attribution);
        continue;
      }
    }
    if (token.norm === 'by') {
      // "By Crisis Group's count,": the count noun is no verb of saying of its own.
      const owners = byOwnersCount(text, tokens, i) ?? byUnnamedEstimates(text, tokens, i);
      if (owners) {
        found.push(owners.attribution);
        i = owners.end;
        continue;
      }
      const attribution = passiveEstimateAgent(text, tokens, i);
      if (attribution) found.push(attribution);
      continue;
    }
    if (token.norm === 'per') {
      const attribution = perAttribution(text, tokens, i);
      if (attribution) found.push(attribution);
      continue;
    }
    if (QUOTING_VERBS.has(token.norm)) {
      const attribution = quotedAttribution(text, tokens, i);
      if (attribution) {
        found.push(attribution);
        continue;
      }
    }
    if (ACCUSING_VERBS.has(token.norm)) {
      const attribution = accusation(text, tokens, i);
      if (attribution) {
        found.push(attribution);
        continue;
      }
    }
    if (CONVINCED_WORDS.has(token.norm)) {
      const attribution = convincedAttribution(text, tokens, i);
      if (attribution) {
        found.push(attribution);
        continue;
      }
    }
    if (STANCE_VERBS.has(token.norm)) {
      const attribution = stanceAttribution(text, tokens, i);
      if (attribution) {
        found.push(attribution);
        continue;
      }
    }
    const issued = ISSUING_VERBS.has(token.norm) ? issuedDocument(text, tokens, i) : null;
    if (issued) {
      found.push(issued);
      continue;
    }
    const second = APPOSED_FIGURES.has(token.norm) ? secondVoice(text, tokens, i) : null;
    if (second) {
      found.push(second);
      i = second.at;
      continue;
    }
    // "estimate" is a verb of saying too: only a figure owned by a body is read here.
    const owned = OWNED_FIGURES.has(token.norm) ? ownedFigure(text, tokens, i) : null;
    if (owned) {
      found.push(owned);
      continue;
    }
    const heardFrom = SPEAK_VERBS.has(token.norm) && tokens[i + 1]?.norm === 'to' ? spokeTo(text, tokens, i) : null;
    if (heardFrom) {
      found.push(heardFrom);
      continue;
    }
    const speaksOf = SPEAK_VERBS.has(token.norm) && tokens[i + 1]?.norm === 'of';
    if (SAY_VERBS.has(token.norm) || isSayingNow(tokens, i) || EXTRA_CLAIM_VERBS.has(token.norm) || FINDING_VERBS.has(token.norm) || REVISING_VERBS.has(token.norm) || DENYING_VERBS.has(token.norm) || speaksOf) {
      const attribution = speechAttribution(text, tokens, i);
      // "The city council said that witnesses have reported 300 dead": a body that says what others
      // reported states it (a news outlet passes it on instead; "claimed" stays the claimer's).
      const relayed = attribution !== null && RELAYED_VERBS.has(token.norm) && found.some((a) => a.scope === 'after' && !a.media
        && a.at < i && i - a.at <= MAX_RELAY && tokens.slice(a.at + 1, i).every((t) => t.kind === 'word' && !CLAUSE_JOINERS.has(t.norm)));
      if (attribution && !relayed) found.push(attribution);
    }
  }
  // Round 20: "'We have now confirmed 98 deaths,' the mayor told reporters": "we" inside a quotation that
  // opens the sentence is the one named after it closes (not "We said the mayor had confirmed 9 deaths").
  const closing = found.length > 1 ? quotationClose(tokens) : -1;
  if (closing > 0 && found.some((a) => FIRST_PERSON.has(a.name.toLowerCase()) && a.at < closing)
    && found.some((a) => !FIRST_PERSON.has(a.name.toLowerCase()) && !a.anaphoric && a.at > closing)) {
    return found.filter((a) => !(FIRST_PERSON.has(a.name.toLowerCase()) && a.at < closing));
  }
  // "Commissioner Jane Roe: Chair, we recorded 27 injured": "we" in a speaker's turn is the speaker.
  if (found.length > 0 && found.every((a) => FIRST_PERSON.has(a.name.toLowerCase()))) {
    // ".@PoliceKestrel: 'We can confirm that 4 people have died'": so in a post or headline's credit.
    // Not "Police said: we recorded 31 injured", where "we" is resolved as before.
    const credit = leadingCredit(text, tokens);
    const turn = speakerTurn(text, tokens) ?? (credit && !credit.name.split(' ').some((w) => SAY_VERBS.has(w.toLowerCase())) ? credit : null);
    if (turn) return [turn];
  }
  // Claimants, pass 3: "The outlet claimed responsibility for the attack, saying its fighters had killed 60; the army
  // acknowledged 'heavy losses'": a speaker later in the sentence leaves the one before ", saying" its own.
  const goesOn = speakingParticiple(text, tokens);
  if (goesOn && found.every((a) => a.at > goesOn.at)) found.push(goesOn);
  // "The rights group disputed the figure, saying its monitors had counted five dead", "Police rejected it, saying officers
  // had counted 3 bodies": the speaker's own people or records, inside what it says, count for the speaker.
  if (goesOn) {
    const owned = found.filter((a) => a.at > goesOn.at && a.scope === 'after' && OWN_PEOPLE.test(a.name));
    if (owned.length > 0 && found.some((a) => a.at <= goesOn.at)) found = found.filter((a) => !owned.includes(a));
  }
  const relative = speakerOfRelative(text, tokens);
  if (relative) {
    found.splice(found.filter((a) => a.at < relative.at).length, 0, relative);
    // "…, said 12 rebels were killed": the verb after the clause says the rest, as the speaker's.
    const verb = relative.until! + 1;
    if (!found.some((a) => a.at === verb)) found.splice(found.filter((a) => a.at < verb).length, 0, { ...relative, at: verb, until: undefined });
  }
  // Round 25: "…first posted by a pro-junta Telegram channel, which said 30 soldiers were killed": the body before ", which said".
  const voice = relativeVoice(text, tokens);
  if (voice && !found.some((a) => a.at === voice.at)) found.splice(found.filter((a) => a.at < voice.at).length, 0, voice);
  const credit = found.length === 0 ? trailingCredit(text, tokens) ?? leadingCredit(text, tokens) ?? statementHeader(text, tokens) ?? speakerTurn(text, tokens) ?? bracketCredit(text, tokens) : null;
  // Claimants, pass 3: "Translated from the Defence Ministry's daily briefing: …" is the ministry's (writerCredit), not a name of its own.
  // Round 21, monitors' reports: "SNHR: at least 14 people … died …, the group said": a header's body, read beside
  // a closing anaphor that it names ("the group" then resolves to it).
  if (credit) {
    if (!/^translated from /i.test(credit.name)) found.push(credit);
  } else if (found.length > 0 && found[0]!.anaphoric && !PRONOUNS.has(found[0]!.name.toLowerCase())) {
    const header = leadingCredit(text, tokens, true);
    if (header && !header.anaphoric && header.at < found[0]!.at) found.unshift(header);
  }
  for (const a of found) if (a.scope !== 'after' && CLOSING_SAY_VERBS.has(tokens[a.at]?.norm ?? '')) a.closes = true;
  secondVoiceAfterAnd(tokens, found);
  for (const a of found) if (a.scope === 'before') a.from = entryStart(tokens, a.at);
  return found;
}

/**
 * Round 27, wire timelines: "1994 — 270 killed at the stoning ritual; 2006 — 364 killed; 2015 — at least 769 killed,
 * Saudi authorities said": a speaker closing one entry of a list of dated entries (a semicolon, then a year and a dash)
 * states that entry only. The token its entry starts at, or undefined when it closes no such entry.
 */
function entryStart(tokens: readonly Token[], at: number): number | undefined {
  for (let k = at - 1; k > 0; k--) {
    if (tokens[k]!.text !== ';') continue;
    const year = tokens[k + 1];
    const dated = year?.kind === 'num' && /^(?:1[89]|20)\d\d$/.test(year.text) && ENTRY_DASHES.has(tokens[k + 2]?.text ?? '');
    return dated ? k + 1 : undefined;
  }
  return undefined;
}
const ENTRY_DASHES: ReadonlySet<string> = new Set(['—', '–', '-', ':']);

/** How many tokens a mid-sentence speaker's name may take before its ", and": "according to the Civil Police, and". */
const MAX_MID_NAME = 8;

/**
 * Round 22, translated disaster news: "… rose to 231, according to the Civil Police, and 5 people are still missing, the
 * Fire Department reported": a speaker in mid-sentence followed by ", and" a clause that a second speaker closes speaks
 * only for what stands before it (its scope narrowed from the sentence to what precedes).
 */
function secondVoiceAfterAnd(tokens: readonly Token[], found: Attribution[]): void {
  for (const first of found) {
    if (first.scope !== 'sentence' || !first.closes) continue;
    const comma = tokens.findIndex((t, k) => k > first.at && k <= first.at + MAX_MID_NAME && t.text === ',');
    if (comma === -1 || tokens[comma + 1]?.norm !== 'and') continue;
    if (found.some((second) => second !== first && second.scope === 'before' && second.at > comma + 1 && !second.anaphoric)) first.scope = 'before';
  }
}

/** How many tokens a relative clause set off after a speaker may take. */
const RELATIVE_REACH = 25;
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/**
 * "The Association of Orlovac Mothers, which has compiled the names of 212 missing men and boys, said …",
 * "The rights group, which had documented 40 deaths, said": what the speaker has done, set off between its
 * name and its verb of saying, is its own count (dossier round 9). Only a perfect ("has compiled", "had
 * earlier put") of a body's name opening the sentence.
 */
function speakerOfRelative(text: string, tokens: readonly Token[]): Attribution | null {
  const comma = tokens.findIndex((t, k) => t.text === ',' && (tokens[k + 1]?.norm === 'which' || tokens[k + 1]?.norm === 'who')
    && PERFECT_AUXILIARIES.has(tokens[k + 2]?.norm ?? ''));
  if (comma < 1) return null;
  let close = comma + 3;
  while (close < comma + RELATIVE_REACH && tokens[close] && tokens[close].text !== ',' && tokens[close].text !== ';' && tokens[close].text !== '.') close += 1;
  if (tokens[close]?.text !== ',' || !SAY_VERBS.has(tokens[close + 1]?.norm ?? '')) return null;
  const subject = subjectSpan(tokens, comma);
  if (!subject || subject.start !== 0 && !isClauseBoundary(tokens, subject.start - 1) || !namesABody(tokens, subject.start, subject.end)) return null;
  const attribution = make(span(text, tokens, subject.start, subject.end), comma, 'after');
  if (attribution) attribution.until = close;
  return attribution;
}

/** How many tokens the name before ", which said" may take: "a pro-junta Telegram channel". */
const MAX_RELATIVE_NAME = 7;
/** What ends the name before ", which said" on its left: the verb or preposition that took it as object. */
const RELATIVE_NAME_STOPS: ReadonlySet<string> = new Set(['by', 'from', 'to', 'with', 'of', 'on', 'at', 'in', 'for', 'via', 'and', 'or', 'than', 'against', 'cited', 'quoted', 'citing', 'quoting']);
/** Verbs of saying a relative pronoun may take as a speaker: ", which said", ", which claimed". */
const RELATIVE_SAY_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'claimed', 'claims', 'reported', 'reports', 'added', 'stated', 'announced', 'alleged', 'say', 'claim']);
/** Round 26, corrections: an adverb of time between the relative pronoun and its verb, "the Nepal Police, who now say". */
const RELATIVE_ADVERBS: ReadonlySet<string> = new Set(['now', 'later', 'since', 'then', 'also']);
/** The index of the verb of saying after ", which" or ", who" at `comma`, past one adverb of time; -1 when none. */
function relativeSayVerb(tokens: readonly Token[], comma: number): number {
  const verb = RELATIVE_ADVERBS.has(tokens[comma + 2]?.norm ?? '') ? comma + 3 : comma + 2;
  return RELATIVE_SAY_VERBS.has(tokens[verb]?.norm ?? '') ? verb : -1;
}

/**
 * Round 25, OSINT threads and translated press: "The footage was first posted by a pro-junta Telegram channel, which
 * said 'dozens of terrorists' were eliminated", "…, shared by Amaq, which claimed 30 soldiers were killed": a body named
 * as the object of a verb or preposition, then ", which" (or ", who") and a verb of saying, speaks for what follows.
 * The name must name a body (a body word, a claimant noun, an acronym or a capitalised word).
 */
function relativeVoice(text: string, tokens: readonly Token[]): Attribution | null {
  const comma = tokens.findIndex((t, k) => k > 0 && t.text === ',' && (tokens[k + 1]?.norm === 'which' || tokens[k + 1]?.norm === 'who')
    && relativeSayVerb(tokens, k) !== -1);
  if (comma < 1) return null;
  const verb = relativeSayVerb(tokens, comma);
  let start = comma;
  while (start > 0 && comma - start < MAX_RELATIVE_NAME && (tokens[start - 1].kind === 'word' || tokens[start - 1].text === '-')
    && !RELATIVE_NAME_STOPS.has(tokens[start - 1].norm)) start -= 1;
  if (start === comma || start === 0 || !RELATIVE_NAME_STOPS.has(tokens[start - 1].norm)) return null;
  if (!namesABody(tokens, start, comma) && !/^\p{Lu}/u.test(tokens[start].text)) return null;
  // What was said follows: a number, a quotation, "that", a qualifier ("which said goodbye to …" says no figure).
  if (!clauseFollows(tokens, verb + 1)) return null;
  return make(span(text, tokens, start, comma), verb, 'after');
}

/**
 * Where a quotation that opens the sentence closes: the first closing mark after a comma ("…missing,'")
 * or before one ("…missing',"); -1 when the sentence opens with no quotation mark or none closes.
 */
function quotationClose(tokens: readonly Token[]): number {
  if (!OPENING_QUOTES.has(tokens[0]?.text ?? '')) return -1;
  for (let k = 2; k < tokens.length; k++) {
    if (CLOSING_QUOTES.has(tokens[k].text) && (tokens[k - 1].text === ',' || tokens[k + 1]?.text === ',')) return k;
  }
  return -1;
}

/** How many words the one spoken to may take before the colon: "the medical director of Nasser hospital". */
const MAX_HEARD_NAME = 9;

/**
 * Round 16, reporters' posts: "Just spoke to the medical director of Nasser hospital: 'We received 31
 * martyrs …'": the one the writer spoke to, named before a colon, says what follows it.
 */
function spokeTo(text: string, tokens: readonly Token[], v: number): Attribution | null {
  let k = v + 2;
  while (k < v + 2 + MAX_HEARD_NAME && tokens[k]?.kind === 'word') k += 1;
  if (k === v + 2 || tokens[k]?.text !== ':') return null;
  return make(span(text, tokens, v + 2, k), k, 'after');
}

/** Round 10, judgments: "The Court is satisfied beyond reasonable doubt that …", "the Panel is convinced that …". */
const CONVINCED_WORDS: ReadonlySet<string> = new Set(['satisfied', 'convinced']);
const CONVINCED_REACH = 5;

function convincedAttribution(text: string, tokens: readonly Token[], v: number): Attribution | null {
  if (!/^(?:is|was|are|were|remains|remained)$/.test(tokens[v - 1]?.norm ?? '')) return null;
  let k = v + 1;
  while (k < v + 1 + CONVINCED_REACH && tokens[k]?.kind === 'word' && tokens[k].norm !== 'that') k += 1;
  if (tokens[k]?.norm !== 'that') return null;
  const found = subjectSpan(tokens, v - 1);
  if (!found || !namesABody(tokens, found.start, found.end)) return null;
  return make(span(text, tokens, found.start, found.end), k, 'after');
}

const COPULAS_OF_FIGURES: ReadonlySet<string> = new Set(['is', 'was', 'stands', 'stood']);

/** Figures a body owns: "the Patriarchate's own figure", "the rebels' tally". */
const OWNED_FIGURES: ReadonlySet<string> = new Set(['figure', 'tally', 'estimate', 'count', 'toll']);
/** Those and the other counts and reports a body keeps, named after it: "the UN's count", "the board's preliminary report". */
const OWNED_COUNTS: ReadonlySet<string> = new Set([...OWNED_FIGURES, 'figures', 'tallies', 'estimates', 'counts', 'numbers', 'data', 'statistics', 'report', 'reports']);
/** Every word at which findAttributions tries an attribution (speed only: it runs on every word of a report with a figure). */
/** Claimants, pass 3: a figure set beside the one before it, which a second voice revised or disputed: ", a number OCHA later corrected to 4,352". */
const APPOSED_FIGURES: ReadonlySet<string> = new Set(['figure', 'number', 'claim', 'toll', 'count', 'estimate', 'tally', 'total']);
const SECOND_VOICE_VERBS: ReadonlySet<string> = new Set([
  'revised', 'revises', 'corrected', 'corrects', 'raised', 'raises', 'lowered', 'lowers', 'dismissed', 'dismisses', 'disputed', 'disputes',
  'rejected', 'rejects', 'contested', 'contests', 'denied', 'denies', 'put', 'puts', 'cut', 'cuts',
]);
/** Adverbs and auxiliaries between the second voice and its verb: "a number OCHA later corrected", "a figure the ministry has since revised". */
const SECOND_VOICE_FILLERS: ReadonlySet<string> = new Set(['later', 'since', 'subsequently', 'initially', 'quickly', 'swiftly', 'has', 'had', 'have', 'also', 'promptly']);
const MAX_SECOND_VOICE = 7;

/**
 * Claimants, pass 3, a second voice later in the sentence: "the Red Crescent cited 11,300 deaths, a number OCHA later
 * corrected to 4,352", "… — a claim local officials dismissed, putting the toll at 14", "a figure the State Council
 * later revised to 398": the subject of the contact clause after the apposed figure states what follows its verb.
 * Not "a figure no modern historian accepts" (no verb of revising), nor "a toll that rose to 40" (no subject).
 */
function secondVoice(text: string, tokens: readonly Token[], noun: number): Attribution | null {
  if (!/^(?:a|an)$/.test(tokens[noun - 1]?.norm ?? '') || !(tokens[noun - 2]?.text === ',' || isDash(tokens[noun - 2]?.text))) return null;
  let v = noun + 1;
  while (v < noun + 1 + MAX_SECOND_VOICE && tokens[v]?.kind === 'word' && !SECOND_VOICE_VERBS.has(tokens[v].norm) && !CLAUSE_WORDS.has(tokens[v].norm)) v += 1;
  if (!SECOND_VOICE_VERBS.has(tokens[v]?.norm ?? '')) return null;
  let end = v;
  while (end > noun + 1 && SECOND_VOICE_FILLERS.has(tokens[end - 1].norm)) end -= 1;
  if (end === noun + 1 || NO_ONE.has(tokens[noun + 1].norm) || tokens[noun + 1].norm === 'no') return null;
  return make(span(text, tokens, noun + 1, end), v, 'after');
}

/** Claimants, pass 3: a body issuing a document that holds the counts: "The War Office issued last night a list containing the names of 1,214 … killed". */
const ISSUING_VERBS: ReadonlySet<string> = new Set(['issued', 'issues', 'published', 'publishes', 'released', 'releases', 'circulated']);
const ISSUED_DOCUMENTS: ReadonlySet<string> = new Set(['list', 'lists', 'report', 'bulletin', 'statement', 'figures', 'toll', 'tally', 'update', 'communique', 'communiqué', 'register', 'roll']);
/** How far the document may stand after the verb ("issued last night a list"), and its count after the document. */
const ISSUED_REACH = 5;
const ISSUED_COUNT_REACH = 10;

/**
 * "The War Office issued last night a list containing the names of 1,214 officers and men killed", "the ministry
 * published figures showing 40 deaths": a body that issues a document holding the counts states them. Only a body
 * as subject ("The agency released a report"; not "Rebels released 12 hostages", no document), and a count after it.
 */
function issuedDocument(text: string, tokens: readonly Token[], v: number): Attribution | null {
  const before = tokens[v - 1];
  if (!before || before.kind !== 'word' || DETERMINERS.has(before.norm) || /^(?:were|was|is|are|been|being|be)$/.test(before.norm)) return null;
  let d = v + 1;
  while (d <= v + ISSUED_REACH && tokens[d]?.kind === 'word' && !ISSUED_DOCUMENTS.has(tokens[d].norm)) d += 1;
  if (!ISSUED_DOCUMENTS.has(tokens[d]?.norm ?? '')) return null;
  const count = tokens.findIndex((t, k) => k > d && k <= d + ISSUED_COUNT_REACH && t.kind === 'num');
  // "released a statement after 12 hostages were freed": a clause of its own is no part of the document.
  if (count === -1 || tokens.slice(d + 1, count).some((t) => t.kind !== 'word' || (CLAUSE_WORDS.has(t.norm) && t.norm !== 'that'))) return null;
  const found = subjectSpan(tokens, v);
  if (!found || !namesABody(tokens, found.start, found.end)) return null;
  return make(span(text, tokens, found.start, found.end), v, 'after');
}

const ATTRIBUTION_TRIGGERS: ReadonlySet<string> = new Set([
  ...LEAD_FIRST_WORDS, ...AGENT_FIRST_WORDS, 'per', 'by', ...UNNAMED_ESTIMATES, ...QUOTING_VERBS, ...ACCUSING_VERBS, ...CONVINCED_WORDS, ...STANCE_VERBS,
  ...OWNED_FIGURES, ...SPEAK_VERBS, ...SAY_VERBS, ...EXTRA_CLAIM_VERBS, ...FINDING_VERBS, ...REVISING_VERBS, ...DENYING_VERBS, 'saying',
  ...APPOSED_FIGURES, ...ISSUING_VERBS, 'what',
]);
const OWNER_REACH = 5;

/**
 * Round 9, reference works: "the Patriarchate's own figure, published in 1896, was 8,750", "the local
 * soviet's tally, which included deaths from typhus, was 41,300": the owner of a figure restated by a
 * copula states it. The figure noun at k.
 */
function ownedFigure(text: string, tokens: readonly Token[], k: number): Attribution | null {
  // Round 10, broadcast transcripts: "the latest figure from the mayor's office is eight dead".
  // Not "the death toll from the landslide", "the figure from the flooding": a body, after a figure noun.
  if (tokens[k + 1]?.norm === 'from' && tokens[k].norm !== 'toll') {
    let end = nameAfter(tokens, k + 2);
    if (COPULAS_OF_FIGURES.has(tokens[end - 1]?.norm ?? '') && tokens[end]?.norm === 'at') end -= 1;
    if (end <= k + 2 || tokens[k + 2].kind !== 'word' || !COPULAS_OF_FIGURES.has(tokens[end]?.norm ?? '') || !namesABody(tokens, k + 2, end)) return null;
    let n = tokens[end + 1]?.norm === 'at' ? end + 2 : end + 1;
    while (n < end + 5 && tokens[n]?.kind === 'word' && QUALIFIER_WORDS.has(tokens[n].norm)) n += 1;
    if (tokens[n]?.kind !== 'num' && !UNITS.has(tokens[n]?.norm ?? '') && !TENS.has(tokens[n]?.norm ?? '')) return null;
    const from = make(span(text, tokens, k + 2, end), k, 'after');
    if (from) from.until = n + 1;
    return from;
  }
  // "the Patriarchate's own figure", "the ministry's official death toll": words of the figure itself.
  let owner = k - 1;
  while (owner > k - 3 && (tokens[owner]?.norm === 'own' || TOTAL_MODIFIERS.has(tokens[owner]?.norm ?? '') || COUNT_MODIFIERS.has(tokens[owner]?.norm ?? ''))) owner -= 1;
  let ownerEnd = owner + 1;
  // "the rebels’ tally": the apostrophe its own token after a plural.
  if (tokens[owner]?.text === '’' || tokens[owner]?.text === "'") {
    ownerEnd = owner;
    owner -= 1;
  } else if (!/['’]s$/.test(tokens[owner]?.text ?? '')) return null;
  if (tokens[owner]?.kind !== 'word') return null;
  // Round 10, judgments and panels: "the Trial Chamber's figure of at least 700", "the Government's own
  // figure of 63 deaths": the owner states that number only; what follows may be another's.
  if (tokens[k + 1]?.norm === 'of') {
    let n = k + 2;
    while (n < k + 5 && tokens[n]?.kind === 'word' && QUALIFIER_WORDS.has(tokens[n].norm)) n += 1;
    if (tokens[n]?.kind !== 'num') return null;
    let start = owner;
    while (start > owner - OWNER_REACH && start > 0 && tokens[start - 1].kind === 'word' && !CLAUSE_WORDS.has(tokens[start - 1].norm)
      && !SAY_VERBS.has(tokens[start - 1].norm) && !OWNER_STOPS.has(tokens[start - 1].norm)
      && !DENIAL_VERBS.has(tokens[start - 1].norm) && !REVISING_VERBS.has(tokens[start - 1].norm)) start -= 1;
    // "dismissed the rebels' tally of 40", "denied the rights group's figure of 45" (dossier round 10): the figure a body disputes is the denier's (DENIAL_VERBS).
    if (DENIAL_VERBS.has(tokens[start - 1]?.norm ?? '') || REVISING_VERBS.has(tokens[start - 1]?.norm ?? '')) return null;
    // "said the ministry's figure of 18 deaths was baseless": a figure called wrong is the denial of who
    // calls it so, never its owner's claim (dossier round 9).
    if (CALLED_WRONG_AFTER.test(text.slice(tokens[n]!.end, tokens[n]!.end + 60))) return null;
    const name = span(text, tokens, start, ownerEnd);
    const owned = make(name ? name.replace(/['’]s$/, '') : null, k, 'after');
    // Round 17, historians: "Hochschild's figure of 10 million deaths": the number's scale word is the number's own.
    if (owned) owned.until = n + (SCALES.has(tokens[n + 1]?.norm ?? '') ? 2 : 1);
    return owned;
  }
  // The copula, past an aside between commas, then the number.
  let c = k + 1;
  if (tokens[c]?.text === ',') {
    c += 1;
    while (c < k + 2 + 10 && tokens[c] && tokens[c].text !== ',') c += 1;
    if (tokens[c]?.text !== ',') return null;
    c += 1;
  }
  // "Saudi Arabia's official toll for the 2015 Mina crush stands at 769": what the figure is for, a year in it.
  if ((tokens[c]?.norm === 'for' || tokens[c]?.norm === 'from') && (capitalised(tokens[owner]) || namesABody(tokens, owner, ownerEnd))) {
    let e = c + 1;
    while (e < c + OWNED_EVENT_REACH && tokens[e]?.kind === 'word' && !OWNED_COPULAS.has(tokens[e].norm) || (tokens[e]?.kind === 'num' && isDateNumber(tokens, e))) e += 1;
    if (OWNED_COPULAS.has(tokens[e]?.norm ?? '')) c = e;
  }
  const forEvent = c > k + 1 && (tokens[k + 1]?.norm === 'for' || tokens[k + 1]?.norm === 'from');
  // "the ministry's count stood at 502": a count stands at its number as it is it.
  const standsAt = (tokens[c]?.norm === 'stood' || tokens[c]?.norm === 'stands') && tokens[c + 1]?.norm === 'at';
  // Round 13: "the ministry's count passed 40,000 dead", "its tally reached 310": a verb that gives the count its number.
  const reaches = (/ed$/.test(tokens[c]?.norm ?? '') && QUALIFIER_WORDS.has(tokens[c]!.norm)) || tokens[c]?.norm === 'reached';
  if (tokens[c]?.norm !== 'was' && tokens[c]?.norm !== 'is' && !standsAt && !reaches) return null;
  // Not "the storm's toll passed 100": only a body's count.
  if (reaches && !namesABody(tokens, owner, ownerEnd)) return null;
  let n = standsAt ? c + 2 : c + 1;
  while (n < c + 4 && tokens[n]?.kind === 'word' && QUALIFIER_WORDS.has(tokens[n].norm)) n += 1;
  if (tokens[n]?.kind !== 'num') return null;
  const owned = make(ownerName(text, tokens, owner, ownerEnd), k, 'after');
  // The owner of a figure for an event states that number only: "…; AP tallies put the dead at 2,411" is another's.
  if (owned && forEvent) owned.until = n + 1;
  return owned;
}

/** How many words what an owned figure is for may take ("for the 2015 Mina crush"), and the verbs that end it. */
const OWNED_EVENT_REACH = 8;
const OWNED_COPULAS: ReadonlySet<string> = new Set(['was', 'is', 'stands', 'stood']);

/** Words before an owner that are no part of its name: "from the Trial Chamber's figure of 700". */
const OWNER_STOPS: ReadonlySet<string> = new Set(['from', 'to', 'by', 'with', 'than', 'against', 'over', 'at', 'on', 'in', 'like']);

/** The owner's name, back from its possessive at `owner` over a few words of the same clause. */
function ownerName(text: string, tokens: readonly Token[], owner: number, ownerEnd: number): string | null {
  let start = owner;
  while (start > owner - OWNER_REACH && start > 0 && tokens[start - 1].kind === 'word' && !CLAUSE_WORDS.has(tokens[start - 1].norm)
    && !SAY_VERBS.has(tokens[start - 1].norm)) start -= 1;
  const name = span(text, tokens, start, ownerEnd);
  return name ? name.replace(/['’]s$/, '') : null;
}

/**
 * "The authority denied reports that 50 had died, saying 12 bodies had been recovered": the subject
 * of the main clause says what follows the participle. Read only when nothing else in the sentence
 * names a speaker, and only when that subject names a body or a person.
 */
function speakingParticiple(text: string, tokens: readonly Token[]): Attribution | null {
  const at = tokens.findIndex((t, k) => SPEAKING_PARTICIPLES.has(t.norm) && tokens[k - 1]?.text === ',');
  if (at === -1) return null;
  // What is said must state a figure ("saying it would kill one captive" states none): otherwise the
  // subject would count as a speaker the report names, and a dateline could no longer credit the rest.
  // Round 11: a figure in words too ("saying it had lost 'a handful' of men").
  const figure = tokens.findIndex((t, k) => k > at && (t.kind === 'num' || COUNT_WORDS.has(t.norm)));
  if (figure === -1 || tokens.slice(at + 1, figure).some((t) => MODALS.has(t.norm))) return null;
  // The main verb: the first past or present verb whose subject opens the clause and names someone.
  for (let v = 1; v < at - 1; v++) {
    const verb = tokens[v];
    if (verb.kind !== 'word' || !/^\p{Ll}+(?:ed|ies)$/u.test(verb.text) && !REVISING_VERBS.has(verb.norm) && !SAY_VERBS.has(verb.norm)) continue;
    const subject = subjectSpan(tokens, v);
    if (!subject || HARM_SUBJECT.test(tokens[subject.end - 1].norm)) return null;
    // "Iran reported launching a new offensive …, saying troops had killed over 2,400": a proper name of one word too.
    const properName = subject.end - subject.start === 1 && capitalised(tokens[subject.start]) && !COUNT_WORDS.has(tokens[subject.start].norm)
      && !DETERMINERS.has(tokens[subject.start].norm);
    if (!namesABody(tokens, subject.start, subject.end) && !PRONOUNS.has(tokens[subject.start].norm) && !properName) continue;
    return make(span(text, tokens, subject.start, subject.end), at, 'after');
  }
  return null;
}

const SUBJECT_TITLE_WORDS = new Set(['the', 'of', 'for', 'and', '’s', "'s", "'", '’']);
/** Words that open an introductory phrase before the subject: "Together with X, the agency ...". */
const INTRO_WORDS = new Set([
  'together', 'in', 'on', 'at', 'after', 'before', 'meanwhile', 'earlier', 'later', 'separately', 'also', 'however',
  'since', 'during', 'following', 'yesterday', 'today', 'last', 'elsewhere', 'overnight', 'by',
]);

/** Prepositions that close a relative clause with no pronoun: "the volunteer I work with", "a doctor we spoke to". */
const CONTACT_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'to', 'for']);

/** A newspaper's own reporter, who learns from the claimant: "our correspondent learned from". */
const REPORTERS: ReadonlySet<string> = new Set(['correspondent', 'correspondents', 'reporter', 'reporters', 'we']);

/** Documents in the plural that "state that": "the findings state that", "the records state that". */
const PLURAL_DOCUMENTS: ReadonlySet<string> = new Set(['findings', 'records', 'documents', 'minutes', 'conclusions', 'reports', 'data', 'statistics', 'figures']);

/** Subjects that name no one. */
const NO_ONE: ReadonlySet<string> = new Set(['nobody', 'none', 'noone', 'neither']);

/** Words that open the question after "Asked": "Asked whether", "Asked about". */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['whether', 'if', 'about', 'why', 'how', 'what', 'when', 'to']);

export interface OpeningSubject {
  name: string;
  /** Token index just after the subject. */
  end: number;
}

/**
 * The named subject a sentence opens with ("The Health Ministry gave ...", "Governor Ana Ruiz spoke",
 * "On Friday, the Gaza health ministry issued ..."): what a later "it" or "she" may refer to when no
 * claimant was named.
 */
export function openingSubject(text: string, tokens: readonly Token[]): OpeningSubject | null {
  let from = datelineEnd(tokens);
  if (INTRO_WORDS.has(tokens[from]?.norm ?? '')) {
    const comma = tokens.findIndex((t, k) => k > from && k < from + 12 && t.text === ',');
    if (comma > 0) from = comma + 1;
  }
  let k = from;
  let capitalised = 0;
  while (k < tokens.length && k < from + 8) {
    const t = tokens[k];
    // "Police on Monday said": the day is no part of the name.
    const day = tokens[k + 1];
    if (t.norm === 'on' && k > from && day !== undefined && ((WEEKDAYS as readonly string[]).includes(day.norm) || MONTHS.has(day.norm) || (day.kind === 'num' && inDate(tokens, k + 1)))) break;
    if (t.kind === 'word' && /^\p{Lu}/u.test(t.text)) capitalised += t.norm === 'the' ? 0 : 1;
    else if (SAY_VERBS.has(t.norm)) break;
    else if (!(SUBJECT_TITLE_WORDS.has(t.norm) || (t.kind === 'word' && k > from
      && (/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') || BODY_WORDS.has(t.norm) || BODY_WORDS.has(tokens[k + 1]?.norm ?? ''))))) break;
    k += 1;
  }
  const next = tokens[k];
  // "The ministry denied …": a body named by its kind alone is a subject a later "It said" refers to.
  const body = tokens[from]?.norm === 'the' && k > from + 1 && BODY_WORDS.has(tokens[k - 1]!.norm);
  if ((capitalised === 0 && !body) || !next || next.kind !== 'word' || /^\p{Lu}/u.test(next.text)) return null;
  // "Ten Kiev military killed": a subject that opens with a count is the counted, never a speaker.
  if (COUNT_WORDS.has(tokens[from]!.norm)) return null;
  // Claimants, pass 3: "Asked whether the figure was final, the coordinator said": a participle opening a question is no subject.
  if (k === from + 1 && /ed$/.test(tokens[from]!.norm) && QUESTION_WORDS.has(next.norm)) return null;
  const name = span(text, tokens, from, k);
  return name && !PRONOUNS.has(name.toLowerCase()) ? { name: clean(name), end: k } : null;
}

/** The dashes that end a dateline: "March 4 -", "KESSAN, March 3 (Reuters) —". */
const DATELINE_DASHES: ReadonlySet<string> = new Set(['-', '--', '–', '—']);

/**
 * Where a report's opening dateline ends, else 0: "March 4 - Russia's defence ministry denied …",
 * "KESSAN, March 3 (Reuters) - …". Only words in capitals, month names, numbers, commas and a bracketed
 * agency may stand before the dash, and a month, an all-capitals word or a bracket must be among them.
 */
function datelineEnd(tokens: readonly Token[]): number {
  let dated = false;
  for (let k = 0; k < Math.min(tokens.length, 12); k++) {
    const t = tokens[k]!;
    if (DATELINE_DASHES.has(t.text)) return k > 0 && dated ? k + 1 : 0;
    if (t.kind === 'num' || t.text === ',' || t.text === '.') continue;
    if (t.text === '(' || t.text === ')' || MONTHS.has(t.norm) || /^\p{Lu}{3,}$/u.test(t.text)) {
      dated = true;
      continue;
    }
    // The agency inside the brackets: "(Reuters)", "(Masnet & News Agencies)".
    if (t.kind === 'word' && /^\p{Lu}/u.test(t.text) && tokens.slice(0, k).some((before) => before.text === '(')) continue;
    return 0;
  }
  return 0;
}

/** "Source:", and (round 11, situation reports) "(source: Ministry of Health)", "Sources:": the credit label. */
const CREDIT_LABEL = /\bsources?:/i;
const MAX_CREDIT = 80;

/** "Source: South Korean news agency Yonhap": a report-wide credit line, up to the end of its
 * sentence, a closing bracket, a line break or the next "Label:". Scanned by hand, not by a lazy regex, to stay linear. */
export function sourceLine(text: string): string | null {
  const label = CREDIT_LABEL.exec(text);
  if (!label) return null;
  const start = label.index + label[0].length;
  let end = start;
  while (end < text.length && end - start <= MAX_CREDIT && !'\n.:)'.includes(text[end])) end += 1;
  let credit = text.slice(start, end);
  // "Source: Yonhap Details: ...": the next label's word is not part of the credit.
  if (text[end] === ':') credit = credit.slice(0, Math.max(0, credit.trimEnd().lastIndexOf(' ')));
  const cleaned = clean(credit);
  return cleaned.length >= 2 ? cleaned : null;
}

/** An acronym, up to three words ending in a document's name, its number ("No. 14", round 15) and "re", and a colon, opening a report. */
// Round 19: a centre's hyphenated acronym and a bare reference ("MDAT-GoG Incident 031/2024:"), or the
// document's date after a comma ("MINUSCA casualty update, 3 February:"). UN missions run to seven letters ("MINUSCA").
// Round 21: a numbered warning closed by a full stop instead of a colon ("UKMTO WARNING 045/2024. The Master …").
// Round 25: the document's date closed by a full stop ("NDMA daily situation report, 28 August. Cumulative losses …").
const DOCUMENT_HEADER = /^\s*(\p{Lu}{2,8}(?:-\p{Lu}\p{L}{1,3})?)((?:\s+[\p{L}-]+){1,3})(?:,\s+\d{1,2}\s+\p{L}+\.(?=\s)|(?:\s+(?:(?:No\.?|#)\s*)?\d{1,4}(?:\/\d{2,4})?|,\s+\d{1,2}\s+\p{L}+)?(?:\s+re)?(?:\s*:|(?<=\d)\.(?=\s)))/u;

/**
 * Round 14: "AAIB bulletin: helicopter ditching …", "NTSB Highway Accident Brief: A tractor-trailer …": a
 * body's acronym heading its own document (HEADER_DOCUMENTS) credits the report, as a "Source:" line does.
 */
export function documentHeader(text: string): string | null {
  const header = DOCUMENT_HEADER.exec(text);
  if (!header || PLACE_ACRONYMS.has(header[1]) || CAPITALISED_LABELS.has(header[1].toLowerCase())) return null;
  const last = header[2].trim().split(/\s+/).at(-1)!.toLowerCase();
  return HEADER_DOCUMENTS.has(last) ? header[1] : null;
}

/** The words of a release's header: "Press release", "News release". */
const RELEASE_WORDS = /^(?:press|news|media) release$/i;
const DASHES = /\s[-–—]\s/;
/** How many words a body's name in a release's header or signature may have. */
const MAX_RELEASE_NAME = 10;

/** A body's or official's name as written in a header: capitalised words, small words of names, commas between. */
function isHeaderName(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= MAX_RELEASE_NAME && /^\p{Lu}/u.test(words[0])
    && words.every((w) => /^\p{Lu}/u.test(w) || NAME_LINKS.has(w.toLowerCase().replace(/,$/, '')))
    && !/\d/.test(name);
}

/**
 * Round 15 (who said it): a press release names its body in its header, "Press release – Amnesty
 * International.", "Norwegian Refugee Council – Press release.", or is signed at its end, "…
 * – SP Jane Doe, Police Public Relations Officer.": that name credits the report, as a "Source:" line does.
 */
export function releaseCredit(text: string): string | null {
  const trimmed = text.trim();
  const firstEnd = [trimmed.indexOf('. '), trimmed.indexOf('\n')].filter((i) => i > 0).reduce((a, b) => Math.min(a, b), trimmed.length);
  const first = trimmed.slice(0, firstEnd).replace(/\.$/, '');
  const parts = first.split(DASHES);
  if (parts.length === 2) {
    const [left, right] = parts.map((part) => part.trim());
    if (RELEASE_WORDS.test(left) && isHeaderName(right)) return right;
    if (RELEASE_WORDS.test(right) && isHeaderName(left)) return left;
  }
  // The signature: a last sentence that is a dash and a name, with the holder's role after a comma.
  const lastStop = Math.max(trimmed.lastIndexOf('. ', trimmed.length - 2), trimmed.lastIndexOf('\n'));
  const last = trimmed.slice(lastStop + 1).trim();
  const signed = /^[-–—]\s/.test(last) ? last.slice(1).trim().replace(/\.$/, '') : null;
  return signed && isHeaderName(signed) ? signed : null;
}

/** How many words a report's closing credit may have: "Metro Police Department, Internal Affairs Bureau". */
const MAX_CLOSING_CREDIT = 10;

/** A body's name as a closing credit writes it: a header's name, or one opened by "the" ("the NGO Safety Program"). */
function closingName(name: string): string | null {
  const cleaned = clean(name.replace(/\.$/, ''));
  const bare = cleaned.replace(/^the /, '');
  return bare.length >= 2 && bare.split(/\s+/).length <= MAX_CLOSING_CREDIT && isHeaderName(bare) ? cleaned : null;
}

/**
 * Round 22, weather-service surveys, use-of-force reports and aid-security digests: a report's last
 * line credits it when it is only a credit: "… Injuries: 55. -- NWS Jackson" (a dash or double hyphen
 * and a name), "… Subject fatalities: 2. (Metro Police Department, Internal Affairs Bureau)" (a name
 * in brackets), "… Compiled by the NGO Safety Program from partner reports." (COMPILING_VERBS and "by");
 * and a headline closed by a body's name in brackets, "2 deminers killed, 3 injured by IED in Helmand
 * (HALO Trust)" (its last word one of BODY_WORDS or BRACKETED_BODY_HEADS). Like a release's signature,
 * it claims what no one else in the report is said to.
 */
export function closingCredit(text: string): string | null {
  const trimmed = text.trim();
  const lastStop = Math.max(trimmed.lastIndexOf('. ', trimmed.length - 2), trimmed.lastIndexOf('\n'));
  const last = trimmed.slice(lastStop + 1).trim();
  if (lastStop > 0) {
    const dashed = /^(?:--|[-–—])\s*(\p{Lu}[^.!?]*)$/u.exec(last);
    if (dashed) return closingName(dashed[1]);
    const bracketed = /^\(([^()]+)\)\.?$/.exec(last);
    if (bracketed) return closingName(withoutDateTail(bracketed[1]));
    const words = last.split(/\s+/);
    if (COMPILING_VERBS.has(words[0].toLowerCase()) && words[1] === 'by') {
      const name = words.slice(2).join(' ').split(/ from | using | on the basis of |, /)[0];
      return closingName(name);
    }
  }
  const closing = /\(([^()]{2,80})\)\.?$/.exec(trimmed);
  if (!closing || closing.index < 1 || trimmed[closing.index - 1] !== ' ') return null;
  const head = closing[1].trim().split(/\s+/).at(-1)!.toLowerCase();
  return BODY_WORDS.has(head) || BRACKETED_BODY_HEADS.has(head) ? closingName(closing[1]) : null;
}

/**
 * A capitalised name of one to six words (joined by "and", "of" or "&": "Hampshire Fire and Rescue Service"), then up
 * to two lower-case words and a colon, opening a report.
 */
// Round 22, watchdogs' statements: the body's acronym in brackets after its name, "Independent Policing Oversight
// Authority (IPOA) statement: …".
const BODY_HEADER = /^\s*(\p{Lu}[\p{L}'.&-]*(?:\s+(?:(?:and|of|&)\s+)?\p{Lu}[\p{L}'.&-]*){0,5})(?:\s+\(\p{Lu}{2,8}\))?((?:\s+\p{Ll}+){0,2})\s*:/u;

/**
 * Round 17, police and fire-service press releases: "NSW Police: A man and a woman have died …", "West Midlands Fire
 * Service: Crews …", "Victoria Police media release: …" (a service's name ending in a body word, CREDIT_BODIES, and at
 * most a document's name, HEADER_DOCUMENTS, before the colon): the service heading its own release claims what no
 * one else is said to claim. ("Press release – Amnesty International." is releaseCredit's.)
 */
export function releaseHeader(text: string): string | null {
  const header = BODY_HEADER.exec(text);
  if (!header) return null;
  const body = header[1].split(/\s+/).at(-1)!.toLowerCase();
  const trailing = header[2].trim().split(/\s+/).filter((w) => w !== '');
  // Round 22: any body (BODY_WORDS: "authority", "commission") when a document's name follows it ("… Authority statement:").
  const documented = trailing.length > 0 && trailing.every((w) => HEADER_DOCUMENTS.has(w)) && BODY_WORDS.has(body);
  if (!documented && (!CREDIT_BODIES.has(body) || !trailing.every((w) => HEADER_DOCUMENTS.has(w) || w === 'media' || w === 'press'))) return null;
  return clean(header[1]);
}

// Claimants, pass 3: a header's writer before its colon ("Dispatch from Rafah, posted by a UNRWA logistics officer:"),
// a translation's source ("Ballia (translated from Dainik Jagran): …", "Translated from the Defence Ministry's daily
// briefing: …"), and a diary's signature at its end ("— from the field blog of an MSF nurse", "— posted by a nurse in
// Bentiu"). Read on the header or the signature cut out first, so that each pattern is anchored and short.
const POSTED_BY = /\b(?:posted|written|filed|sent) by /u;
const TRANSLATED_FROM = /\b[Tt]ranslated from /u;
const TRANSLATED_FROM_BRACKET = /\([Tt]ranslated from /u;
/** How far into a report a header's colon may stand, and its writer or translation note may start. */
const MAX_WRITER_HEADER = 160;
const MAX_POSTED_AT = 60;
const MAX_TRANSLATED_AT = 40;
/** What a diary's signature calls the writing it is from: "the field blog of", "the diary of". */
const SIGNED_WRITINGS: ReadonlySet<string> = new Set([
  'blog', 'diary', 'journal', 'notebook', 'letter', 'letters', 'dispatch', 'dispatches', 'notes', 'post', 'posts', 'account',
]);

/** The header before a report's first colon, on its first line, or null. */
function headerOf(text: string): string | null {
  const colon = text.indexOf(':');
  if (colon < 0 || colon > MAX_WRITER_HEADER) return null;
  const header = text.slice(0, colon);
  return header.includes('\n') ? null : header;
}

/** The writer a signature after the text's last spaced dash names: "— from the field blog of an MSF nurse." */
function signatureWriter(text: string): string | null {
  const dash = Math.max(text.lastIndexOf(' —'), text.lastIndexOf(' –'), text.lastIndexOf(' -'));
  if (dash < 0) return null;
  const words = text.slice(dash + 2).trim().replace(/\.$/, '').split(/\s+/);
  let from = -1;
  if ((words[0] === 'posted' || words[0] === 'written') && words[1] === 'by') from = 2;
  else if ((words[0] === 'from' || words[0] === 'by') && ['the', 'a', 'an'].includes(words[1] ?? '')) {
    // Up to two words before the writing: "the field blog of".
    for (let k = 2; k <= 4; k++) if (SIGNED_WRITINGS.has(words[k] ?? '') && words[k + 1] === 'of') from = k + 2;
  }
  const name = from > 0 ? words.slice(from).join(' ') : '';
  return name.length >= 2 && name.length <= 60 && !/[.\n—–]/u.test(name) ? name : null;
}

/** The body a translation is from: the owner of its document ("the Defence Ministry's daily briefing" is the ministry). */
function translatedSource(from: string): string | null {
  const name = clean(from);
  const owner = /^(.{2,80}?)['’]s?(?: [\p{Ll}-]+){1,3}$/u.exec(name);
  const source = owner ? clean(owner[1]) : name;
  // A language is no source: "Translated from the Russian:", "translated from Hindi".
  return source.length >= 2 && !/\d/.test(source) && !LANGUAGE_ONLY.test(source) ? source : null;
}
const LANGUAGE_ONLY = /^(?:the )?\p{Lu}\p{Ll}+(?:an|ic|ish|ese|i|ch)$/u;
/** How many words a writer's name or description in a header or signature may have: "an MSF nurse", "a UNRWA logistics officer". */
const MAX_WRITER_WORDS = 8;

/**
 * Claimants, pass 3, diaries and posts: the writer a post's header or a diary's signature names ("Dispatch from Rafah, posted
 * by a UNRWA logistics officer: '…'", "… since I arrived. — from the field blog of an MSF nurse") claims what no one else
 * in the report is said to, as a release's header does. Not a number ("posted by 3 users"), nor a long clause.
 */
export function writerCredit(text: string): string | null {
  const header = headerOf(text)?.replace(/\s+/g, ' ').trimEnd() ?? null;
  if (header !== null) {
    // "Ballia (translated from Dainik Jagran):", "Translated from the Defence Ministry's daily briefing:".
    const bracket = TRANSLATED_FROM_BRACKET.exec(header);
    const plain = TRANSLATED_FROM.exec(header);
    const from = bracket && bracket.index <= MAX_TRANSLATED_AT && header.endsWith(')') ? header.slice(bracket.index + bracket[0].length, -1)
      : plain && plain.index <= MAX_TRANSLATED_AT ? header.slice(plain.index + plain[0].length) : null;
    if (from !== null && from.length >= 2 && from.length <= 80 && !/[()]/.test(from)) return translatedSource(from);
  }
  const posted = header === null ? null : POSTED_BY.exec(header);
  const writer = posted && posted.index <= MAX_POSTED_AT ? header!.slice(posted.index + posted[0].length) : null;
  const written = writer !== null && writer.length >= 2 && writer.length <= 60 && !writer.includes('.') ? writer : signatureWriter(text.trimEnd());
  if (written === null) return null;
  const name = clean(written);
  const words = name.split(/\s+/);
  return name.length >= 2 && words.length <= MAX_WRITER_WORDS && !/\d/.test(name) ? name : null;
}

/** The dateline agency of a report: "(Reuters) -", "AFP -", "/TASS/", "KABUL (Masnet & News Agencies) -". */
export function datelineAgency(text: string, agencies: ReadonlySet<string>): string | null {
  const head = text.slice(0, 240);
  const dashed = /\(([\p{L}][\p{L}&;.' -]{0,40})\)\s*(?:--|-|–|—)/u.exec(head);
  if (dashed) return cleanAgency(dashed[1]);
  for (const match of head.matchAll(/\(([\p{L}]{2,12})\)|(?:^|[.!?]\s+)([\p{L}]{2,10})\s+(?:-|–|—)\s|\/([\p{L}-]{2,12})\//gu)) {
    const name = match[1] ?? match[2] ?? match[3];
    if (name && agencies.has(name.toLowerCase())) return name;
  }
  return null;
}

function cleanAgency(name: string): string {
  return clean(name.replace(/\bamp;/g, '&').replace(/&\s*&/g, '&'));
}

/** Does an attribution cover a figure whose number spans tokens [first, last]? */
export function covers(attribution: Attribution, first: number, last: number): boolean {
  if (attribution.scope === 'sentence') return true;
  if (attribution.scope === 'after') return attribution.at < first && (attribution.until === undefined || last < attribution.until);
  return attribution.at > last && (attribution.from === undefined || first >= attribution.from);
}
