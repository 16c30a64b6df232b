// Round 16, wire copy, mine-action monitors, heat and cold reports, coast-guard releases, posts and
// translated communiqués: "froze to death", "N of them fatally", "including N" past a span of hours, a
// breakdown in brackets after its predicate, ages set off by commas, a body's name between fighters and
// "fell", a relative clause after a comma, a craft's name before the predicate, the rescued beside the
// dead, "double the N recorded", a place's share in brackets; and speakers: a body's leading credit over a
// long sentence or with its seat ("… Office in Gaza:"), "per X" after the harm, "Gov. X on X:", "announced
// in a new toll that", single quotation marks after the verb, "spoke to X:", "Update from @handle:", a year in a report's name;
// a headline run into its body by a dash; and "cut the throats of", "victims of mines", "went overboard … and drowned".
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

describe('frozen to death in a cold wave', () => {
  cases([
    ['Four herders froze to death after the blizzard.', ['killed 4-4 exact']],
    ['Two homeless men were found freezing to death in the park.', ['killed 2-2 exact']],
  ]);
  cases([
    ['Prices froze to death on the market.', []],
    ['Water pipes in 40 homes froze overnight.', []],
  ]);
});

describe('a part of the harmed, fatally', () => {
  cases([
    ['The blast injured 30 workers, three of them fatally.', ['wounded 30-30 exact', 'killed 3-3 exact']],
    ['Mines have killed or maimed 210 people since the war, 44 of them fatally.', ['casualties 210-210 exact', 'killed 44-44 exact']],
  ]);
  cases([
    ['The shelling wounded 12 soldiers, 4 of them seriously.', ['wounded 12-12 exact', 'wounded 4-4 exact']],
    ['Police fined 40 drivers, 6 of them fatally drunk.', []],
  ]);
});

describe('"including N" past a span of hours or days', () => {
  cases([
    ['Health ministry: 52 martyrs in the last 24 hours, including 18 children.', ['killed 52-52 exact', 'killed 18-18 exact']],
    ['Gunmen killed 15 villagers over the past three days, including 4 children.', ['killed 15-15 exact', 'killed 4-4 exact']],
  ]);
  cases([
    ['Police arrested 30 people in the past 48 hours, including 2 minors.', []],
  ]);
});

describe('a breakdown in brackets after the predicate', () => {
  cases([
    ['Per the regional administration: 3 killed (2 men, 1 woman), 9 wounded.',
      ['killed 3-3 exact', 'killed 2-2 exact', 'killed 1-1 exact', 'wounded 9-9 exact']],
    ['Three people were killed (two men, one woman).', ['killed 3-3 exact', 'killed 2-2 exact', 'killed 1-1 exact']],
    ['5 injured (3 seriously)', ['wounded 5-5 exact', 'wounded 3-3 exact']],
  ]);
  cases([
    ['4 killed (2 houses destroyed)', ['killed 4-4 exact']],
    ['12 dead (see page 4)', ['killed 12-12 exact']],
  ]);
  it('the count after the brackets keeps its own people', () => {
    const figures = figuresOf('3 killed (2 men, 1 woman), 9 wounded.');
    expect(figures.map((f) => f.actor)).toEqual(['people', 'men', 'woman', 'people']);
  });
});

describe('ages set off by commas', () => {
  cases([
    ['Two shepherd boys, aged 11 and 13, were killed by the blast.', ['killed 2-2 exact']],
    ['Two women, aged 30, were injured.', ['wounded 2-2 exact']],
  ]);
  cases([
    ['Three men, aged between 20 and 25, were arrested.', []],
  ]);
});

describe('fighters named with their body, then "fell"', () => {
  cases([
    ['Twelve soldiers and three Volunteers for the Defence of the Homeland (VDP) fell with arms in hand.', ['killed 12-12 exact', 'killed 3-3 exact']],
  ]);
  cases([
    ['Ten officers of the Guard fell from the bridge.', []],
    ['Nine officers for the Company fell ill.', []],
  ]);
});

describe('a relative clause after a comma', () => {
  cases([
    ['The search for the two fishermen, who have been missing since Sunday, was called off.', ['missing 2-2 exact']],
    ['Three soldiers, who died in the ambush, were buried on Monday.', ['killed 3-3 exact']],
  ]);
  cases([
    ['Police questioned the three men, who were arrested on Friday.', []],
    ['The four men, who said they had been tortured, were freed.', []],
  ]);
});

describe('a craft named before the predicate, and the rescued beside the dead', () => {
  cases([
    ['4 crew members of the cargo ship Jin Tian confirmed dead, 5 rescued, 13 unaccounted for.', ['killed 4-4 exact', 'missing 13-13 exact']],
    ['12 passengers of the ferry KM Sinar Bangun remain missing.', ['missing 12-12 exact']],
  ]);
  cases([
    ['3 dead, 11 rescued after the boat capsized.', ['killed 3-3 exact']],
    ['The trawler Ocean Star landed 40 tonnes of fish.', []],
  ]);
});

describe('the count a figure is a multiple of', () => {
  cases([
    ['The institute estimated 2,124 heat deaths in July, more than double the 1,024 recorded a year earlier.', ['killed 2124-2124 approx', 'killed 1024-1024 exact']],
    ['The storm killed 60 people, twice the 30 recorded last year.', ['killed 60-60 exact', 'killed 30-30 exact']],
  ]);
  cases([
    ['The storm killed 300 people, nearly half the 610 homes destroyed.', ['killed 300-300 exact']],
    ['Police recorded 40 murders, twice the 20 arrests made.', ['killed 40-40 exact']],
  ]);
});

describe("a place's share in brackets", () => {
  cases([
    ['Heat caused roughly 62,000 deaths across Europe, with Italy (18,010), Spain (11,324) and Germany (8,173) the hardest hit.',
      ['killed 62000-62000 approx', 'killed 18010-18010 exact', 'killed 11324-11324 exact', 'killed 8173-8173 exact']],
    ['The storm killed 31 people, most in Luzon (22) and Visayas (9).', ['killed 31-31 exact', 'killed 22-22 exact', 'killed 9-9 exact']],
  ]);
  cases([
    ['12 people died in Manila and its mayor, Isko (42), resigned.', ['killed 12-12 exact']],
    ['Police arrested 40 people, with Lagos (12) and Abuja (9) the worst.', []],
    ['The army lost 3 tanks at Kharkiv (2) and Izium (1).', []],
  ]);
});

describe('throats cut, and victims of mines', () => {
  cases([
    ['Gunmen cut the throats of nine villagers, including four children, in a night raid.', ['killed 9-9 exact', 'killed 4-4 exact']],
    ['Attackers slit the throats of 12 travellers at a checkpoint.', ['killed 12-12 exact']],
    ['The office counted 119 victims of antipersonnel mines last year.', ['casualties 119-119 exact']],
    ['There were 40 victims of explosive remnants of war in 2023.', ['casualties 40-40 exact']],
    // A predicate of their own still governs them.
    ['Two victims of the landmine blast died in hospital.', ['killed 2-2 exact']],
  ]);
  cases([
    ['Doctors examined the sore throats of 40 children.', []],
    ['The fund helped 300 victims of fraud.', []],
    ['The clinic could treat 300 victims of mines.', []],
  ]);
});

describe('a first predicate of their own, then dying', () => {
  cases([
    ['Survivors say 7 people went overboard during the night and drowned.', ['killed 7-7 exact']],
    ['Three workers collapsed in the heat and died.', ['killed 3-3 exact']],
    ['40 migrants crossed the border and perished in the desert.', ['killed 40-40 exact']],
  ]);
  cases([
    ['Two people said they were hungry and died.', []],
    ['Ten fishermen returned and drowned 4 rats.', []],
    ['Two climbers slipped on the ice and survived.', []],
  ]);
});

describe('round 16 speakers: credits, "per", posts, communiqués and quotes', () => {
  const sourcesOf = (text: string) => figuresOf(text).map((f) => f.source);
  it.each([
    ['Government Media Office in Gaza: 52 martyrs since dawn.', 'Government Media Office in Gaza'],
    ['Cambodian Mine Action Authority: 31 people killed in landmine and UXO accidents from January to November, the most in five years.', 'Cambodian Mine Action Authority'],
    ['Fires have destroyed 300 homes; 16 still missing per LA County Sheriff.', 'LA County Sheriff'],
    ['Gov. Jane Roe on X: Two people died in the storm.', 'Gov. Jane Roe'],
    ['Mayor Jan Kowal: 3 people died in the flooding.', 'Mayor Jan Kowal'],
    ['The Ministry of the Interior announced in a new toll that the earthquake killed 2,946 people.', 'The Ministry of the Interior'],
    ["Taliban spox says 'only 3 martyred'.", 'Taliban spox'],
    ['The spokesman said ‘12 were killed’.', 'The spokesman'],
    ["Just spoke to the medical director of the hospital: 'We received 31 bodies.'", 'the medical director of the hospital'],
    ['Update from @CityFireDept: 4 people died in the blaze.', '@CityFireDept'],
    ['The 2024 Cluster Munition Monitor report lists 219 casualties worldwide.', 'The 2024 Cluster Munition Monitor report'],
  ])('%s', (text, source) => {
    expect(sourcesOf(text)).toEqual([source]);
  });
  it('a headline run into its body by a dash takes the body\'s speaker', () => {
    expect(sourcesOf('Flood deaths rise to 46 — the county said on Monday that rescuers were still searching.')).toEqual(['the county']);
    expect(sourcesOf('Quake toll passes 300 — state radio said the toll rose to 312 overnight.')).toEqual(['state radio', 'state radio']);
  });
  it('a headline credited by counted speakers or closed by a dash after its speaker', () => {
    expect(sourcesOf('41 missing, 4 survivors say.')).toEqual(['survivors']);
    expect(sourcesOf('Nine killed in ambush, police say — Gunmen opened fire on a bus near the border.')).toEqual(['police']);
    expect(sourcesOf('32,825 cases reported, 12 deaths.')).toEqual([null]);
  });
  it('not a headline with a speaker of its own, nor a dateline', () => {
    // Round 25: the headline's own speaker, the plural "claim", is now read ("Rebels"); the army's stays in the body.
    expect(sourcesOf('Rebels claim 40 soldiers killed — the army said 12 died.')).toEqual(['Rebels', 'the army']);
    expect(sourcesOf('AFP - Rival militias accused each other of shelling the town, as four soldiers were reported wounded.')).toEqual(['AFP']);
  });
  it.each([
    ['Escalation in Donbas: 3 killed.'],
    ['Fighting in Donetsk: 3 killed.'],
    ['In the 2023 report, 40 people were killed.'],
    ['Three people were injured per witnesses at the scene.'],
    ['Spoke to the mayor about the 3 people killed in the fire.'],
  ])('%s names no speaker', (text) => {
    expect(sourcesOf(text)).toEqual([null]);
  });
});
