// Round 12 phrase families of who said it, from parliamentary records, committee evidence and
// military statements: a transcript's speaker turn ("Dr Jane Roe: In 2022, six …", a title, a name,
// brackets for constituency and party, a colon; "we" inside the turn is the speaker), a body's acronym
// opening its own statement ("IDF: In the past day, …", not "WATCH:" nor a place), a one-word name with
// its number opening the sentence ("Rescue 1122 said"), "logged" as "recorded", and an acronym standing
// for the fullest name the report spells out for it ("- NDRRMC" and "the National Disaster Risk …").
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

describe('round 12 speakers: the claimant', () => {
  it.each([
    ['Ms Jane Roe: In 2022, six prison officers died on duty.', 'Ms Jane Roe'],
    ['Mr John Doe (Wansdyke) (Con): Three soldiers were killed in the crash.', 'Mr John Doe'],
    ['Colonel Reyes: Nine were killed in action and 40 were wounded.', 'Colonel Reyes'],
    ['Superintendent Amy Hart: Yes, we recorded 31 injured.', 'Superintendent Amy Hart'],
    ['IDF: Overnight, fighter jets struck a weapons depot and naval forces killed 8 militants approaching the coast by boat.', 'IDF'],
    ['Rescue 1122 said 12 people were hurt when a gas cylinder exploded.', 'Rescue 1122'],
    ['Edhi 115 said five bodies were brought to the morgue.', 'Edhi 115'],
    ['The provincial health office logged 9 measles deaths this month.', 'The provincial health office'],
    ['Police logged 12 deaths over the weekend.', 'Police'],
    ["The commission's Phase 3 report concludes that 40 deaths were preventable.", "The commission's Phase 3 report"],
    ['The Stage 2 review found that 12 patients died after delays.', 'The Stage 2 review'],
    // An acronym stands for the name the report spells out for it.
    ['The National Disaster Risk Reduction and Management Council opened its operations centre on Monday. Landslide kills 40 in Benguet - NDRRMC.', 'National Disaster Risk Reduction and Management Council'],
    ['Flood kills 12 - KSEMA. The Kwara State Emergency Management Agency said rescue work went on.', 'Kwara State Emergency Management Agency'],
    ['The Department of Health confirmed the outbreak. DOH said 7 patients died overnight.', 'Department of Health'],
  ])('%s -> %s', (text, source) => {
    const figures = figuresOf(text);
    expect(figures[figures.length - 1]?.source ?? null).toBe(source);
  });
});

describe('round 12 speakers: no one, or someone else', () => {
  it.each([
    ['Chair: Were 12 people injured?', null],
    ['WATCH: In the past day, 12 people were killed in the area in several separate attacks across the province.', null],
    ['USA: Twelve people were killed in a shooting at a mall in the suburbs of the city late on Friday night.', null],
    ['Of those, 12 said 40 people died.', null],
    ['He logged on and saw that 12 people had died.', null],
    ['In Phase 2 reports of 12 deaths were checked.', null],
    ['Police said: we recorded 31 injured.', 'Police'],
    // No spelling in the report, or one that is not the acronym's.
    ['UNHCR said 40 migrants drowned.', 'UNHCR'],
    ['The National Health Service said 9 died. NDRRMC said 3 were hurt.', 'NDRRMC'],
    ['We recorded 31 injured, the commissioner said.', 'the commissioner'],
  ])('%s -> %s', (text, source) => {
    const figures = figuresOf(text);
    expect(figures[figures.length - 1]?.source ?? null).toBe(source);
  });
});
