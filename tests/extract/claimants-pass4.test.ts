// Issue 12, item 6, claimants pass 4: families of "who said it" missed on blind probe round 24 and left by passes 2
// and 3. Each block is one family (docs/phrase-families.md, rows "claimants, pass 4"), with invented phrases for it
// and the readings it must not make.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const sources = (text: string) => figuresOf(text).map((f) => `${f.low ?? f.high} ${f.source}`);

describe('an adjunct between the subject and its verb: "in a statement (on Sunday)", "so far", "to date"', () => {
  it.each([
    ['The district council has so far confirmed 23 deaths, though residents say the number is higher.', ['23 The district council']],
    ['The regional health office has thus far recorded 41 deaths from the outbreak.', ['41 The regional health office']],
    ['Police in a joint statement on Monday said 4 people died in the stampede.', ['4 Police']],
    ['The Plateau State police command, in a statement on Friday confirmed that 9 villagers were killed.', ['9 The Plateau State police command']],
    ['The rebel group in a post on Telegram said 40 soldiers were killed near the dam.', ['40 The rebel group']],
    ['The ministry in 2021 acknowledged that 17 conscripts had died in training.', ['17 The ministry']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('not an adjunct that is no statement, nor a name that ends the subject', () => {
    expect(sources('Rescuers in a race against time pulled 12 bodies from the rubble.')).toEqual(['12 null']);
    expect(sources('The coast guard has recovered 14 bodies so far.')).toEqual(['14 null']);
  });
});

describe('a speaker\'s role set off after the name may run long', () => {
  it('keeps the name and the whole role', () => {
    expect(sources('Major Idris Kamara, deputy spokesman for the joint operations command of the armed forces of Sierra Leone, said 8 smugglers were killed.'))
      .toEqual(['8 Major Idris Kamara, deputy spokesman for the joint operations command of the armed forces of Sierra Leone']);
  });
  it('still no subject for a clause that is no role', () => {
    expect(sources('The long convoy of trucks that left the capital before dawn and crossed the river near the old bridge, reached the camp where 6 people had died.'))
      .toEqual(['6 null']);
  });
});

describe('a live blog\'s time stamp before the subject is no count', () => {
  it.each([
    ['09:15 Our reporter in Bukavu says at least 30 bodies have been brought to the general hospital.', ['30 Our reporter in Bukavu']],
    ['7:40 The fire service says 3 people were hurt in the blaze.', ['3 The fire service']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('a count before the subject is still what was counted', () => {
    expect(sources('Flooding: 12 people reported missing overnight in the valley.')).toEqual(['12 null']);
  });
});

describe('"according to him / her / them" stands for the speaker named before', () => {
  it.each([
    ['Inspector Grace Mwangi said 2 officers were wounded in the raid. According to her, 5 suspects were also killed.',
      ['2 Inspector Grace Mwangi', '5 Inspector Grace Mwangi']],
    ['Two village elders said 11 people died in the attack. According to them, 20 more were abducted.',
      ['11 Two village elders', '20 Two village elders']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('an object pronoun elsewhere names no one', () => {
    expect(sources('Soldiers shot him and killed 3 others at the checkpoint.')).toEqual(['3 null']);
  });
});

describe('passive agents of a declaration of death, and "the claim by X that"', () => {
  it.each([
    ['Nine miners were declared dead by rescue officials late on Tuesday after the shaft flooded.', ['9 rescue officials']],
    ['Four passengers were pronounced dead by doctors at the district hospital.', ['4 doctors at the district hospital']],
    ['The army disputed the claim by the rebels that 40 soldiers died in the ambush.', ['40 the rebels']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('not "declared dead" without an agent, nor a claim by no one', () => {
    expect(sources('Nine miners were declared dead after the shaft flooded.')).toEqual(['9 null']);
    expect(sources('The claim that 40 soldiers died in the ambush was never confirmed.')).toEqual(['40 null']);
  });
});

describe('an answer\'s label in a transcript, with its speaker in brackets', () => {
  it('the bracketed speaker states the answer', () => {
    expect(sources('A (MONUSCO spokesperson Jean Tshibanda): Three peacekeepers were injured and none were killed.'))
      .toEqual(['3 MONUSCO spokesperson Jean Tshibanda', '0 MONUSCO spokesperson Jean Tshibanda']);
  });
  it('not a sentence opening with the article "A"', () => {
    expect(sources('A (suspected) gas leak killed 4 workers at the plant.')).toEqual(['4 null']);
  });
});

describe('a relative aside holding "and" or "or" between the subject and its verb', () => {
  it.each([
    ['Figures from the Ministry of Health, which do not separate civilians and fighters, show 380 people killed.', ['380 the Ministry of Health']],
    ['The provincial governor, who visited the camp and met survivors, said 14 people had died.', ['14 The provincial governor']],
    ['The relief agency, which runs clinics and shelters in the valley, said 9 children were injured.', ['9 The relief agency']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('not a clause with no comma before "which"', () => {
    expect(sources('Rescuers worked through the night and said 6 bodies were found.')).toEqual(['6 Rescuers']);
  });
});

describe('"by most (scholarly) estimates", "by most accounts": unnamed estimates as written', () => {
  it.each([
    ['Between 200,000 and 300,000 people perished in the famine, by most scholarly estimates.', ['200000 most scholarly estimates']],
    ['By most accounts, 4,000 villagers died in the siege.', ['4000 most accounts']],
    ['About 1,500 people died, by other estimates, though the government says 900.', ['1500 other estimates', '900 the government']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('not "by" before a named owner\'s count, nor estimates that are no credit', () => {
    expect(sources('By the ministry\'s count, 70 soldiers were killed.')).toEqual(['70 the ministry']);
    expect(sources('The toll was revised by other estimates to 40 dead.')).toEqual(['40 null']);
  });
});

describe('"recognised (for the first time) that": an admission states what follows "that"', () => {
  it.each([
    ['Provincial records list 540 deaths, while the national government in 2019 recognised for the first time that 12 miners had died of silicosis.',
      ['540 Provincial records', '12 the national government']],
    ['The company recognises that 3 contractors were killed on the site.', ['3 The company']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('not recognition of anything but a statement', () => {
    expect(sources('The assembly recognised the new council after 40 people died in the riots.')).toEqual(['40 null']);
    expect(sources('Relatives recognised 3 of the bodies at the morgue.')).toEqual(['3 null']);
  });
});

describe('a body named by its acronym stands for "the mission" or "the federation" after it', () => {
  it.each([
    ['MONUSCO peacekeepers in Bunia recovered the bodies of 22 villagers, including six children, the mission said.',
      ['22 MONUSCO', '6 MONUSCO']],
    ['Deadliest year for reporters in a decade, says IPI — The federation says 41 journalists were killed in 2024.',
      ['41 IPI']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('"the mission" stays as written with no body named before it, and a dash glued to a word closes no credit', () => {
    expect(sources('The mission said 3 peacekeepers were wounded near the airport.')).toEqual(['3 The mission']);
    expect(sources('Floods kill 40, says ministry-led panel of engineers in its report.')).toEqual(['40 null']);
  });
});

describe('a cleft\'s subject speaks: "What X are telling us is that …"', () => {
  it.each([
    ['What our teams in the camp are telling us is that at least 25 people were killed overnight.', ['25 our teams in the camp']],
    ['What the district office told reporters was that 7 fishermen were missing.', ['7 the district office']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('not a cleft with no verb of saying, nor one that no "is/was" follows', () => {
    expect(sources('What killed 12 people was a gas leak in the basement.')).toEqual(['12 null']);
  });
});
