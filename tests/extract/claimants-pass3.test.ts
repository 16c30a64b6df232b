// Issue 12, item 6, claimants pass 3: families of "who said it" still missed on the blind probe rounds. Each
// block is one family (docs/phrase-families.md, rows "claimants, pass 3"), with invented phrases for it and
// the readings it must not make.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const sources = (text: string) => figuresOf(text).map((f) => `${f.low ?? f.high} ${f.source}`);

describe('a count right before "cited / given / modelled … by" is the agent\'s, and only that count', () => {
  it.each([
    ['Estimates range from the 40,000 excess deaths modelled by Harbin University researchers to the 90,000 cited by the regional envoy, Marta Quiroga; neither army has published its losses.',
      ['40000 Harbin University researchers', '90000 the regional envoy, Marta Quiroga']],
    ['In his new study of the Volta famine, Ivo Brandt accepts the figure of about two million dead, well above the 700,000 given by the Colonial Relief Board in 1921.',
      ['2000000 Ivo Brandt', '700000 the Colonial Relief Board']],
    ['The board\'s final report puts the death toll at 61, revised from the 58 announced by the rail operator in the first days, and the number of injured at 240.',
      ['61 The board', '58 the rail operator', '240 The board']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('a passive predicate\'s agent still states its whole subject, and a speaker\'s own "toll given by" stays the speaker\'s', () => {
    expect(sources('Attacks on clinics: 8 incidents, 6 deaths and 19 injuries were recorded by WHO in June.'))
      .toEqual(['6 WHO', '19 WHO']);
    expect(sources('The army said the toll given by the rebels was inflated and that 40 died.')).toEqual(['40 The army']);
  });
});

describe('a speaker closing the sentence states what the subject of a verb of recording counted', () => {
  it.each([
    ['A clinic in Tarvisio reported 23 deaths among patients in a single week, the provincial health authority said, while 40 staff were off sick.',
      ['23 the provincial health authority']],
    ['Nursing homes in Wales have recorded 912 deaths linked to the virus since March, according to the Office of Vital Records.',
      ['912 the Office of Vital Records']],
    ['The province recorded 640 road deaths in 2023, down from 702 the year before, National Transport Board data showed.',
      ['640 National Transport Board data', '702 National Transport Board data']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('not a clause of judgement after the count, nor a subject that said rather than recorded', () => {
    expect(sources('The parish clerks of 1847 recorded 9,310 deaths from hunger, a figure no modern historian accepts.'))
      .toEqual(['9310 The parish clerks of 1847']);
    expect(sources('Rebels said they killed 30 soldiers, the army said.')).toEqual(['30 Rebels']);
  });
});

describe('"its / their" own system or network is the body the possessive points to', () => {
  it('resolves to the body named before it', () => {
    expect(sources('The National Heat Institute estimated 1,200 deaths from the heat in July, double the 600 recorded a year earlier, according to its mortality surveillance system.'))
      .toEqual(['1200 The National Heat Institute', '600 The National Heat Institute']);
  });
  it('stays as written when no body is named', () => {
    expect(sources('At least 14 people died, according to its monitoring network.')).toEqual(['14 its monitoring network']);
  });
});

describe('a speaker with a colon before the quotation, after an "Asked whether …" opening', () => {
  it('the speaker before the colon states the quotation, and "Asked" names no one', () => {
    expect(sources('Asked whether the toll of 900 was final, the regional coordinator said: "No. We think the number of injured, now 2,100, is far higher."'))
      .toEqual(['900 null', '2100 the regional coordinator']);
    expect(sources('Asked about the toll, the governor said 12 had died.')).toEqual(['12 the governor']);
  });
  it('a colon after a verb with no quotation is still no opening of what was said', () => {
    expect(sources('The mayor said: the town will rebuild. Six people died in the flood.')).toEqual(['6 null']);
  });
});

describe('no one is no claimant, and a clause of no one ends what the speaker said', () => {
  it.each([
    ['A volunteer I work with says his team has recovered some 120 bodies since Monday; nobody here believes the official figure of 900 dead.',
      ['120 A volunteer', '900 null']],
    ['A nurse we spoke to said 14 children had died; no one in the camp accepts the government figure of 30 dead.',
      ['14 A nurse', '30 null']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('a speaker\'s own clause after a semicolon is untouched', () => {
    expect(sources('The ministry said 12 soldiers died; 30 others were wounded.')).toEqual(['12 The ministry', '30 The ministry']);
  });
});

describe('a one-word hearer set off by commas closes what was said before it', () => {
  it.each([
    ['Nine did not survive, the ward nurses told me, the worst week since 2019.', ['9 the ward nurses']],
    ['Four were killed, the villagers told us, most of them herders.', ['4 the villagers']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('not a hearer that opens what was said', () => {
    expect(sources('Four were killed, the villagers told us, and 12 more were missing.')).toEqual(['4 the villagers', '12 the villagers']);
  });
});

describe('a post\'s "posted by X:" header and a diary\'s "— from the blog of X" signature credit the report', () => {
  it.each([
    ['Day 9, Malakal. We lost three more patients overnight; that makes 17 deaths since I came. — from the field diary of an MSF midwife',
      ['3 an MSF midwife', '17 an MSF midwife']],
    ['Notes from Goma, posted by a WFP driver: \'Another bad night. The clinic took in 22 bodies by dawn, and the nurses told us more than 50 wounded were waiting.\'',
      ['22 a WFP driver', '50 the nurses']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('not a count after "posted by", nor a dash before a place', () => {
    expect(sources('A video posted by 3 users: 12 soldiers killed near the bridge.')).toEqual(['12 null']);
    expect(sources('Row 2: 1931 Hawke\'s Bay earthquake — Deaths 256 — Napier, New Zealand.').map((s) => s.split(' ')[0])).toEqual(['256']);
  });
});

describe('a header\'s "update" or "report" before a comma or colon is a noun, and a "Source:" line credits the report', () => {
  it('credits the figures with the closing source line', () => {
    expect(sources('Outbreak update, Pine Lodge: deaths 6 (residents 5, staff 1); hospitalised 3. Source: County Health Department.'))
      .toEqual(['6 County Health Department', '5 County Health Department', '1 County Health Department']);
  });
  it('"Officials update the toll" is still a verb', () => {
    expect(sources('Officials update the toll: 14 dead.')).toEqual(['14 Officials']);
  });
});

describe('a reporter "learned from" its claimant', () => {
  it.each([
    ['Three fishermen drowned and two are missing after their boat capsized, our correspondent learned from local officials.',
      ['3 local officials', '2 local officials']],
    ['Five miners died in the flooded shaft, this reporter learnt from the county emergency office.', ['5 the county emergency office']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('not "lessons learned from"', () => {
    expect(sources('Two divers drowned, and lessons learned from the accident were shared.')).toEqual(['2 null']);
  });
});

describe('", saying" goes on in the voice before it when a later clause has a speaker of its own', () => {
  it('credits the outlet that claimed responsibility', () => {
    expect(sources('The group\'s Nasr media office claimed responsibility for the raid on the Tessit base, saying its fighters had killed \'more than 40 soldiers\'; the army acknowledged \'losses\' without a figure.'))
      .toEqual(['40 The group\'s Nasr media office']);
  });
  it('"saying it would kill one captive" states no figure, and a speaker before the participle keeps it', () => {
    expect(sources('Police said the gunmen fled, saying 4 officers were hurt.')).toEqual(['4 Police']);
  });
});

describe('a translation\'s header credits the report with the body it was translated from', () => {
  it.each([
    ['Kheri (translated from Amar Ujala): Storms lashed the district on Sunday. 5 people lost their lives while 2 were badly hurt.',
      ['5 Amar Ujala', '2 Amar Ujala']],
    ['Translated from the Defence Ministry\'s evening briefing: \'Over the past day, units repelled four attacks. The enemy\'s losses amounted to up to 90 servicemen and two tanks.\'',
      ['90 the Defence Ministry']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('a language is no source', () => {
    expect(sources('(Translated from Hindi): In an encounter in the forest, police shot dead 6 Maoists.')).toEqual(['6 null']);
    expect(sources('Translated from the Russian: 14 soldiers were killed near the village.')).toEqual(['14 null']);
  });
});

describe('a second voice in a contact clause after an apposed figure: ", a number X later corrected to N"', () => {
  it.each([
    ['The local Red Cross initially cited 2,300 deaths, a number the UN later corrected to 1,150, with over 900 people still missing.',
      ['2300 The local Red Cross', '1150 the UN', '900 the UN']],
    ['The provincial report says the floods killed 120 people, a figure the cabinet office later revised to 164 dead.',
      ['120 The provincial report', '164 the cabinet office']],
    ['The group\'s news agency claimed \'dozens of soldiers\' were killed in the ambush — a claim army officers dismissed, putting the toll at 6.',
      ['24 The group\'s news agency', '6 army officers']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('not a clause of judgement, nor a figure with no subject of its own', () => {
    expect(sources('The census clerks recorded 4,100 deaths, a figure no modern historian accepts.')).toEqual(['4100 The census clerks']);
    expect(sources('Police said 12 died, a toll that rose to 20 by nightfall.')).toEqual(['12 Police', '20 Police']);
  });
  it('"cited" states a count only when one follows', () => {
    expect(sources('The ministry cited security concerns after 12 soldiers were killed.')).toEqual(['12 null']);
  });
});

describe('documents that state or list: an owned review "lists", findings "state that"', () => {
  it.each([
    ['The insurer\'s annual catastrophe review lists the valley floods (at least 84 killed, 30 missing) among the worst events of the year.',
      ['84 The insurer\'s annual catastrophe review', '30 The insurer\'s annual catastrophe review']],
    ['The coroner\'s findings, published on Friday, state that the 12 victims of the fire were unlawfully killed.',
      ['12 The coroner\'s findings']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('an unowned report that lists, and "the state" as a noun, name no one', () => {
    expect(sources('The annual report lists 30 deaths.')).toEqual(['30 null']);
    expect(sources('The state recorded 209 road deaths in 2023.')).toEqual(['209 The state']);
  });
});

describe('a body issuing a document that holds the counts states them', () => {
  it.each([
    ['The Admiralty issued last night a list containing the names of 312 officers and men killed, 140 wounded and 61 missing.',
      ['312 The Admiralty', '140 The Admiralty', '61 The Admiralty']],
    ['The health ministry published figures showing 75 deaths in the floods.', ['75 The health ministry']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('not a clause of its own after the document, nor a thing released', () => {
    expect(sources('Rebels released a statement after 12 hostages were freed.')).toEqual(['12 null']);
    expect(sources('The group released a video of 9 hostages.')).toEqual(['9 null']);
  });
});

describe('a longer credit after a dash: an article, a body word, up to ten words', () => {
  it.each([
    ['The toll from the strike on the market rose to 9 people - the Ministry of Health of the region', ['9 the Ministry of Health of the region']],
    ['Six civilians were wounded in the shelling – the press service of the regional police department', ['6 the press service of the regional police department']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('not a place or a clause after the dash, and a quotation closing after the verb still ends the sentence', () => {
    expect(sources('Eleven people were killed in the shelling - the main market of the old town.')).toEqual(['11 null']);
    expect(sources('Eleven people were killed - the ministry said the town was hit again.')).toEqual(['11 null']);
    expect(sources('"Hilltown toll rises to 12, army says"')).toEqual(['12 army']);
    expect(sources('The army acknowledged \'heavy losses\' after 14 soldiers were killed.')).toEqual(['14 The army']);
  });
});
