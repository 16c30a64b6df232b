// Round 22, wire headlines read on text toll was not tuned to: a headline's credit dash written
// without one of its spaces ("three dead-Agency", "on Friday- army HQ"); headlines a feed joined with
// a glued semicolon, each a story of its own; bodies abbreviated in a headline ("govt", "dept") and
// a staff as the credit.
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

const sourcesOf = (text: string) => figuresOf(text).map((f) => `${f.category} ${f.low} ${f.source}`);

describe('a credit dash glued to the outcome before it', () => {
  cases([
    ['Storm hits the coast, three dead-Agency Press', ['killed 3-3 exact']],
    ['Tremor Shakes Island Resort, Two Dead-Radio', ['killed 2-2 exact']],
    ['Bus plunges into gorge, 14 injured-Hill Times', ['wounded 14-14 exact']],
    ['Ferry sinks off the cape, nine missing-Coast Guard', ['missing 9-9 exact']],
    // Negatives: the hyphen of one word, whatever its case.
    ['Twelve war-dead honoured at the memorial', []],
    ['Rebels kill 3 pro-Government fighters', ['killed 3-3 exact']],
  ]);
  it('credits the name after the glued dash', () => {
    expect(sourcesOf('Storm hits the coast, three dead-Agency Press')).toEqual(['killed 3 Agency Press']);
    expect(sourcesOf('Bus plunges into gorge, 14 injured-Hill Times')).toEqual(['wounded 14 Hill Times']);
  });
});

describe('a credit dash glued to the word before it, spaced after', () => {
  it('reads the credit', () => {
    expect(sourcesOf('Two KIA, one WIA near the river on Friday- Army HQ')).toEqual(['killed 2 Army HQ', 'wounded 1 Army HQ']);
    expect(sourcesOf('Five militiamen killed by shelling over week- Coastal Command')).toEqual(['killed 5 Coastal Command']);
  });
  it('reads no credit from a dash inside a word or before lower-case words', () => {
    expect(sourcesOf('Four soldiers killed in a Kiev-based unit')).toEqual(['killed 4 null']);
    expect(sourcesOf('Three killed in five- and six-storey blocks')).toEqual(['killed 3 null']);
  });
});

describe('headlines a feed joined with a glued semicolon', () => {
  it('gives the first headline no credit of a later one with another figure', () => {
    expect(sourcesOf('Four killed in border clashes;Two soldiers, one medic killed by shelling - regional command')).toEqual([
      'killed 4 null', 'killed 2 regional command', 'killed 1 regional command',
    ]);
    expect(sourcesOf('Governor reports raid on convoy;Rebel leader says 30 fighters dead')).toEqual(['killed 30 Rebel leader']);
  });
  it('shares the credit of a later headline that restates the figure', () => {
    expect(sourcesOf('Officer killed, three soldiers wounded near the river;One KIA, three WIA near the river - Army HQ')).toEqual([
      'wounded 3 Army HQ', 'killed 1 Army HQ', 'wounded 3 Army HQ',
    ]);
  });
  it('keeps the headline over its body when a full stop or a spaced semicolon ends it', () => {
    expect(sourcesOf('Four killed in border clashes. Two soldiers and two medics were killed in the clashes, the regional command said.')).toEqual([
      'killed 4 the regional command', 'killed 2 the regional command', 'killed 2 the regional command',
    ]);
  });
});

describe('abbreviated bodies and a staff as the credit', () => {
  it('reads govt, dept and staff at a headline end', () => {
    expect(sourcesOf('Four soldiers die in rebel fire: govt')).toEqual(['killed 4 govt']);
    expect(sourcesOf('Nine hurt in warehouse blaze - fire dept')).toEqual(['wounded 9 fire dept']);
    expect(sourcesOf('Twenty soldiers killed near the river: armed forces general staff')).toEqual(['killed 20 armed forces general staff']);
    expect(sourcesOf('Govt: 12 dead in floods')).toEqual(['killed 12 Govt']);
  });
  it('reads no credit where the body word does not end the headline', () => {
    expect(sourcesOf('Nine died overnight: staff shortage blamed')).toEqual(['killed 9 null']);
    expect(sourcesOf('Four soldiers die in rebel fire: govt plans inquiry')).toEqual(['killed 4 null']);
  });
});

const actorsOf = (text: string) => figuresOf(text).map((f) => `${f.category} ${f.low} ${f.actor}`);

describe('circumstances after a count are no people', () => {
  it('reads despite, amidst, ahead of, prior to and notwithstanding as the end of the people', () => {
    expect(actorsOf('Gunmen storm market, killing nine despite curfew')).toEqual(['killed 9 people']);
    expect(actorsOf('Floods kill 30 ahead of monsoon season')).toEqual(['killed 30 people']);
    expect(actorsOf('Blast kills 12 amidst peace talks')).toEqual(['killed 12 people']);
    expect(actorsOf('Raids kill 7 prior to the vote')).toEqual(['killed 7 people']);
    expect(actorsOf('Storm kills 4 notwithstanding warnings')).toEqual(['killed 4 people']);
  });
  it('keeps the people named before the circumstance', () => {
    expect(actorsOf('Nine protesters were killed despite the curfew')).toEqual(['killed 9 protesters']);
    expect(actorsOf('Police shot dead 3 looters ahead of the curfew')).toEqual(['killed 3 looters']);
  });
});

describe("a headline's comma join of one person to the counted people", () => {
  it('counts the first noun only', () => {
    expect(actorsOf('Three militants, civilian killed in border clash')).toEqual(['killed 3 militants']);
    expect(actorsOf('Two medics, patient killed in ambulance crash')).toEqual(['killed 2 medics']);
    expect(actorsOf('Four guards, driver reported wounded in convoy attack')).toEqual(['wounded 4 guards']);
  });
  it('keeps both where the second noun is plural too', () => {
    expect(actorsOf('At least 34 soldiers, civilians killed in 24 hours')).toEqual(['killed 34 soldiers, civilians']);
    expect(actorsOf('Ten soldiers, police killed in the east')).toEqual(['killed 10 soldiers, police']);
  });
});

describe('weapon systems named by acronyms in a tally of losses', () => {
  cases([
    ['The army destroyed two HIMARS and more than 50 soldiers', ['killed 50-? at_least']],
    ['Troops destroyed three BMPs, two launch systems and 40 invaders', ['killed 40-40 exact']],
    ['Gunners destroyed four batteries and 30 fighters overnight', ['killed 30-30 exact']],
    // Negatives: the systems themselves are no people, before or after the fighters.
    ['The army destroyed 50 soldiers and two HIMARS MLRS', ['killed 50-50 exact']],
    ['Air defence destroyed 12 UAVs and three MLRS overnight', []],
    // People named by acronyms stay people.
    ['Rebels killed 5 UN peacekeepers and 2 IDPs', ['killed 5-5 exact', 'killed 2-2 exact']],
  ]);
});

describe('one person named before the count after a harm nominal', () => {
  cases([
    ['The clinic reported the deaths of a nurse and two patients', ['killed 2-2 exact']],
    ['Rebels report death of civilian, 3 fighters in the east', ['killed 3-3 exact']],
    ['Police condemned the killing of Jane Roe and 12 others', ['killed 12-12 exact']],
    ['The abduction of the driver and 4 passengers shocked the town', ['captured 4-4 exact']],
    // Negatives: no harm nominal, things after the comma, a second "of".
    ['The loss of power and 300 homes left the town dark', []],
    ['The death of the president, 2 years ago, changed the party', []],
    ['The head of the mission and 12 staff were evacuated', []],
  ]);
});

describe('a day between a harm verb and its count', () => {
  cases([
    ['The army killed Tuesday 12 rebels near the border', ['killed 12-12 exact']],
    ['Troops killed on Sunday 8 insurgents in the hills', ['killed 8-8 exact']],
    ['Gunmen abducted last week 4 engineers', ['captured 4-4 exact']],
    ['The blast wounded overnight 40 people', ['wounded 40-40 exact']],
    ['Rebels freed Wednesday two soldiers they had held as prisoners of war', ['captured 2-2 exact']],
    ['Pirates released on Sunday 17 crew members', ['captured 17-17 exact']],
    // Negatives: no harm verb before the day, or things and suspects as the object.
    ['The storm hit on Tuesday 12 villages', []],
    ['Police released Monday 3 suspects', []],
    ['The company released Tuesday 12 new products', []],
  ]);
});

describe('hashtags after a credit', () => {
  it('reads the credit before trailing hashtags', () => {
    expect(sourcesOf('Three soldiers killed near the river - army press centre;#WarNews;#WarNews')).toEqual(['killed 3 army press centre']);
    expect(sourcesOf('Twelve killed in floods - county police #Floods #Rain')).toEqual(['killed 12 county police']);
  });
  it('reads no credit from the hashtags themselves', () => {
    expect(sourcesOf('Twelve killed in floods #Kenya')).toEqual(['killed 12 null']);
  });
});
