// The phrase families of the vocabulary, one describe block each: invented phrases, positive and
// negative. Each family fails here when its words leave vocabulary.ts.
import { describe, expect, it } from 'vitest';
import { cases, figuresOf, summarise } from './helpers.js';

describe('killed: verbs and idioms', () => {
  cases([
    ['Rebels gunned down 30 protesters.', ['killed 30-30 exact']],
    ['Two guards were gunned down at the gate.', ['killed 2-2 exact']],
    ['Soldiers shot dead four men at the checkpoint.', ['killed 4-4 exact']],
    ['Militants beheaded three hostages on Friday.', ['killed 3-3 exact']],
    ['An angry crowd lynched two suspected thieves.', ['killed 2-2 exact']],
    ['Eleven prisoners were summarily executed.', ['killed 11-11 exact']],
    ['The militia massacred 47 villagers.', ['killed 47-47 exact']],
    ['Gunmen slaughtered 12 worshippers at a mosque.', ['killed 12-12 exact']],
    ['Nine migrants suffocated in a sealed truck.', ['killed 9-9 exact']],
    ['Fourteen children drowned when the boat capsized.', ['killed 14-14 exact']],
    ['Seven pilgrims were trampled to death in the crush.', ['killed 7-7 exact']],
    ['Three workers were electrocuted at the plant.', ['killed 3-3 exact']],
    ['Four miners were crushed to death by falling rock.', ['killed 4-4 exact']],
    ['Six traders were burnt to death in the market fire.', ['killed 6-6 exact']],
    ['Two riders were gored to death by bulls.', ['killed 2-2 exact']],
    ['About 60 passengers perished in the fire.', ['killed 60-60 approx']],
    ['Two more patients succumbed to their injuries on Sunday.', ['killed 2-2 exact']],
    ['The cyclone claimed 40 lives.', ['killed 40-40 exact']],
    ['The ferry sank with the loss of 90 lives.', ['killed 90-90 exact']],
    ['The blast left 12 dead.', ['killed 12-12 exact']],
    ['Rescuers said 23 bodies were recovered from the rubble.', ['killed 23-23 exact']],
    ['The crash killed all 140 people on board.', ['killed 140-140 exact']],
    ['All 140 people on board the jet were killed.', ['killed 140-140 exact']],
    ['All 12 people aboard the bus died.', ['killed 12-12 exact']],
    ['Rebels ambushed the convoy, killing the nine drivers.', ['killed 9-9 exact']],
    ['Police found the remains of 11 migrants in the desert.', ['killed 11-11 exact']],
  ]);
});

describe('killed: singular nouns', () => {
  cases([
    ['The attack resulted in 1 fatality.', ['killed 1-1 exact']],
    ['The clash resulted in 1 death.', ['killed 1-1 exact']],
    ['One death was reported in the northern district.', ['killed 1-1 exact']],
    ['The court handed down one death sentence.', []],
    ['Two death row inmates were moved.', []],
  ]);
});

describe('wounded', () => {
  cases([
    ['The explosion maimed 14 children.', ['wounded 14-14 exact']],
    ['Eight workers sustained injuries in the blast.', ['wounded 8-8 exact']],
    ['Several hikers suffered minor injuries, rangers said.', ['wounded 3-9 vague']],
    ['Five officers sustained serious injuries.', ['wounded 5-5 exact']],
    ['Two guards were critically hurt.', ['wounded 2-2 exact']],
    ['Nine people were taken to hospital after the crash.', ['wounded 9-9 exact']],
    ['The agency said "hundreds" of people were seriously injured.', ['wounded 200-999 vague']],
  ]);
});

describe('captured', () => {
  cases([
    ['Gunmen abducted 15 students from a school.', ['captured 15-15 exact']],
    ['Pirates seized 22 crew members.', ['captured 22-22 exact']],
    ['Four aid workers were taken captive.', ['captured 4-4 exact']],
    ['Twelve tourists were held hostage for a week.', ['captured 12-12 exact']],
    ['Two soldiers who were recently captured spoke to reporters.', ['captured 2-2 exact']],
    ['A statement by a group holding two Dutch hostages set a deadline.', ['captured 2-2 exact']],
  ]);

  it('counts captives as captured where their release is planned', () => {
    expect(summarise('The group said it will release seven hostages next week.')).toEqual(['captured 7-7 exact']);
    expect(summarise('Both sides will exchange 90 POWs each.')).toEqual(['captured 90-90 exact']);
    expect(summarise('The rebels threatened to kill 50 hostages.')).toEqual([]);
  });
});

describe('missing', () => {
  cases([
    ['About 30 fishermen remain unaccounted for.', ['missing 30-30 approx']],
    ['Ten miners are feared trapped underground.', ['missing 10-10 exact']],
    ['Rescuers dug out two bodies but eight remained buried.', ['killed 2-2 exact', 'missing 8-8 exact']],
    ['Thousands, though, remain missing after the floods.', ['missing 2000-9999 vague']],
    ['The list of missing people topped 176 on Monday.', ['missing 176-? at_least']],
  ]);
});

describe('zero counts', () => {
  cases([
    ['Rebels stormed the base but were repelled without casualties.', ['casualties 0-0 exact']],
    ['A spokesman said none of its crew members were injured.', ['wounded 0-0 exact']],
  ]);
});

describe('casualties and harms joined over one count', () => {
  cases([
    ['Bandits abducted and killed 6 farmers.', ['killed 6-6 exact']],
    ['The raid killed or wounded 1,200 fighters.', ['casualties 1200-1200 exact']],
    ['Eleven guards were tortured and killed.', ['killed 11-11 exact']],
    ['Two suspects were arrested and executed.', ['killed 2-2 exact']],
    ['About 1,000 people died or were missing after the storm.', ['casualties 1000-1000 approx']],
    ['The army lost 300 soldiers killed and wounded.', ['casualties 300-300 exact']],
    ['The garrison fell with the loss of more than 700 troops.', ['casualties 700-? at_least']],
    ['The firm reported a loss of 700 jobs.', []],
    ['The fleet withdrew with the loss of 12 vessels.', []],
  ]);
});

describe('military statements', () => {
  cases([
    ['One serviceman KIA, five WIA amid six enemy attacks.', ['killed 1-1 exact', 'wounded 5-5 exact']],
    // In the plural too, with or without an apostrophe; never a name in lower case ("Mia's").
    ['The army reports 1 KIA, 2 WIA\'s amid 21 attacks.', ['killed 1-1 exact', 'wounded 2-2 exact']],
    ['The unit listed 4 KIAs and 2 MIAs after the raid.', ['killed 4-4 exact', 'missing 2-2 exact']],
    ["Mia's 3 friends came to the party.", []],
    ['Russian forces destroyed up to 85 military personnel near the river.', ['killed ?-85 at_most']],
    ['The army eliminated 40 Russians, four tanks and a depot.', ['killed 40-40 exact']],
    ['Troops destroyed 45 tanks and 3 warehouses.', []],
    ['Troops destroyed 3 warehouses near the front.', []],
    ['Four Kia dealers opened in the city.', []],
    ['The tanker Mia Rose, 224,607 tonnes, came under fire.', []],
  ]);
});

describe('coder notes and headlines', () => {
  cases([
    ['On 14 March 2021, militants attacked a checkpoint in the district. 2 fatalities.', ['killed 2-2 exact']],
    ['The raid killed 7 people (5 civilians, 2 police).', ['killed 7-7 exact', 'killed 5-5 exact', 'killed 2-2 exact']],
    ['Seven soldiers (including an officer) were killed in the ambush.', ['killed 7-7 exact']],
    ['Seven soldiers - including an officer - were killed in the ambush.', ['killed 7-7 exact']],
    ['Twelve people, officials said, were killed in the raid.', ['killed 12-12 exact']],
    ['Five troops, 19 civilians, killed in the east: officials', ['killed 5-5 exact', 'killed 19-19 exact']],
    ['2 medics, patient killed in ambulance crash', ['killed 2-2 exact']],
    ['Two women and a child were killed.', ['killed 2-2 exact']],
    ['Three men, two women and a child were killed.', ['killed 3-3 exact', 'killed 2-2 exact']],
    ['Caminiti, 41, dies of heart attack.', []],
  ]);

  it('reads month names as months, never as modal verbs', () => {
    expect(summarise('On 3 May, 5 soldiers were killed.')).toEqual(['killed 5-5 exact']);
    expect(summarise('Fighting that began in May killed 40 people.')).toEqual(['killed 40-40 exact']);
    expect(summarise('The fighting may kill 40 people.')).toEqual([]);
  });

  it('keeps acronyms as names', () => {
    expect(figuresOf('12 IS fighters were killed in an air strike.').map((f) => f.actor)).toEqual(['IS fighters']);
    expect(summarise('AQAP claimed the attack, which killed 9 soldiers.')).toEqual(['killed 9-9 exact']);
  });
});

describe('not a figure: active voice, hypotheses, sport, things', () => {
  cases([
    ['Three gunmen killed a Briton in the capital.', []],
    ['Two soldiers shot dead a protester.', []],
    ['Four gunmen abducted a priest.', []],
    ['Officials warned the toll could reach 1,000, which we hope will not happen.', []],
    ['The new measures prevented 1,000 deaths last winter.', []],
    ['The strike could have killed hundreds.', []],
    ['The storm may have killed as many as 300 people.', ['killed ?-300 at_most']],
    ['United lost 3-1 to City on Saturday.', []],
    ['The league loses 2 ranked teams.', []],
    ['The firm lost 3,000 jobs last year.', []],
    ['The new spray kills 99 percent of germs.', []],
    ['An estimated 8,700 head of cattle were slaughtered this week.', []],
    ['The total of cattle slaughtered this year stood at 9,000 head.', []],
    // Animals: dead or hurt things after the number are no count of people.
    ['12 dead cattle were found near the dried-up well.', []],
    ['Villagers counted 40 injured horses after the hailstorm.', []],
    ['Poachers killed 30 elephants in the reserve last year.', []],
    ['The oil spill left 200 dead seals along the coast.', []],
    ['Rangers found 14 dead rhinos, the wildlife service said.', []],
    // Not things: a time after the harm word, or people after it.
    ['Rescuers pulled 12 dead from the rubble hours after the quake.', ['killed 12-12 exact']],
    ['The storm left 12 dead and 40 injured, police said.', ['killed 12-12 exact', 'wounded 40-40 exact']],
    ['Floods killed 30 people and hundreds of cattle.', ['killed 30-30 exact']],
  ]);
});

// Health bulletins count the dead as martyrs.
describe('killed: martyrs', () => {
  cases([
    ['Number of martyrs: 14 (11 new martyrs, 3 recovered bodies).', ['killed 14-14 exact', 'killed 11-11 exact', 'killed 3-3 exact']],
    ['Two martyrs were buried in the camp on Friday.', ['killed 2-2 exact']],
    ['The cumulative number of martyrs rose to 5,230.', ['killed 5230-5230 exact']],
    ['The square was renamed after the martyrs of 1956.', []],
  ]);
});

// Injuries or casualties that "were fatal" are deaths; accidents and crashes are not people.
describe('killed: proved fatal', () => {
  cases([
    ['Of the 52 casualties, 14 were fatal.', ['casualties 52-52 exact', 'killed 14-14 exact']],
    ['Three of the injuries later proved fatal.', ['killed 3-3 exact']],
    ['The two crashes were fatal.', []],
    ['Three shootings were reported overnight.', []],
  ]);
});

describe('killed: the dead laid to rest', () => {
  cases([
    ['The 15 victims of the ferry disaster were laid to rest on Sunday.', ['killed 15-15 exact']],
    ['Four of the miners were laid to rest in their home village.', ['killed 4-4 exact']],
    ['The rumours were finally laid to rest by the minister.', []],
  ]);
});

describe('wounded: where on the body, before the injuries', () => {
  cases([
    ['Twenty-five people were treated for bone fractures after the tremor.', ['wounded 25-25 exact']],
    ['Four scaffolders suffered spinal injuries in the fall.', ['wounded 4-4 exact']],
    ['Two firefighters suffered serious back injuries.', ['wounded 2-2 exact']],
    ['Six people were treated for internal injuries at the district hospital.', ['wounded 6-6 exact']],
    ['The 40 patients were treated for back pain.', []],
    ['The two men suffered back-to-back defeats.', []],
  ]);
});
