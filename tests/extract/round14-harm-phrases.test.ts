// Round 14, harm phrases of accident statistics, drills, migrant tallies and island news: harms joined
// past an adverb ("killed or seriously injured", "died or gone missing"), a part counted in a comma aside
// ("Five people, two of them children, were killed"), captives "held captive", severities joined in one
// word ("minor-to-serious injuries"), an earlier value after the speaker (", up from N"), and parts
// acted in drills ("volunteers played casualties"), which are no harm.
import { describe } from 'vitest';
import { cases } from './helpers.js';

describe('harms joined past an adverb or "gone"', () => {
  cases([
    ['An estimated 2,100 were killed or seriously injured on the roads last year.', ['casualties 2100-2100 approx']],
    ['Some 640 migrants have died or gone missing on the route this year.', ['casualties 640-640 approx']],
    ['Forty hikers died or went missing in the range over the decade.', ['casualties 40-40 exact']],
    ['Nine workers were killed or critically hurt in the blast.', ['casualties 9-9 exact']],
  ]);
  describe('but one harm alone, or a harm and a deed, stays itself', () => {
    cases([
      ['Twelve people were seriously injured.', ['wounded 12-12 exact']],
      ['Five migrants died or were rescued, the coast guard could not say which.', ['killed 5-5 exact']],
    ]);
  });
});

describe('a part counted in a comma aside between the people and their harm', () => {
  cases([
    ['Five people, two of them children, were killed when a landslide buried three houses.', ['killed 5-5 exact', 'killed 2-2 exact']],
    ['Eleven passengers, 4 of them tourists, were injured in the crash.', ['wounded 11-11 exact', 'wounded 4-4 exact']],
    ['Forty people, 12 of whom were women, died in the fire.', ['killed 40-40 exact', 'killed 12-12 exact']],
  ]);
  describe('but an aside with no count of them opens no part', () => {
    cases([
      ['Five people, two dogs and a horse were rescued from the flood.', []],
    ]);
  });
});

describe('captives held captive', () => {
  cases([
    ['Villagers whipped and held captive 12 mining employees for three days.', ['captured 12-12 exact']],
    ['The militia took captive 30 farmers near the river.', ['captured 30-30 exact']],
  ]);
  describe('not things held', () => {
    cases([
      ['The gang held captive 40 cattle for ransom.', []],
    ]);
  });
});

describe('severities joined in one word', () => {
  cases([
    ['Fourteen other students received minor-to-serious injuries.', ['wounded 14-14 exact']],
    ['Nine people suffered minor-to-moderate injuries in the pile-up.', ['wounded 9-9 exact']],
    ['Three officers suffered moderate injuries.', ['wounded 3-3 exact']],
  ]);
  describe('not words that only look joined', () => {
    cases([
      ['Two workers received first-to-last warnings.', []],
      ['Nine people received moderate pay rises.', []],
    ]);
  });
});

describe('the earlier value of a count, after its speaker', () => {
  cases([
    ['At least 2,450 migrants have died or gone missing in the Central Mediterranean this year, according to the Missing Migrants Project, up from 1,400 over the same period last year.',
      ['casualties 2450-? at_least', 'casualties 1400-1400 exact']],
  ]);
  describe('not past another count between', () => {
    cases([
      ['At least 40 migrants died this year on a route that saw 3 shipwrecks and 12 rescues in the month, according to the group, up from 9 boats.', ['killed 40-? at_least']],
    ]);
  });
});

describe('parts acted in drills and re-enactments', () => {
  cases([
    ['Fact check: the photo was taken at a 2013 drill in which 150 volunteers played casualties.', []],
    ['During the exercise 40 students posed as injured passengers.', []],
    ['Twelve actors played dead on the square.', []],
    ['Sixty cadets acting as wounded soldiers were carried to the field hospital.', []],
  ]);
  describe('but people harmed while playing are harmed', () => {
    cases([
      ['Twelve people were killed while playing football.', ['killed 12-12 exact']],
      ['Two players were injured.', ['wounded 2-2 exact']],
    ]);
  });
});

describe('people lost of a group just named', () => {
  cases([
    ["She recalled a night when 'we took in 340 wounded and lost 28 of them before morning.'", ['wounded 340-340 exact', 'killed 28-28 exact']],
    ['The battalion landed 600 men and lost 140 of them on the beach.', ['killed 140-140 exact']],
    ['The clinic admitted 40 patients but lost 3 of them overnight.', ['killed 3-3 exact']],
  ]);
  describe('not matches, games or things', () => {
    cases([
      ['The team played five matches and lost two of them.', []],
      ['The firm bought 12 trucks and lost 4 of them in the flood.', []],
    ]);
  });
});

describe('a toll that lies in a vague quantity', () => {
  cases([
    ['Doctors believe the true number of dead is in the hundreds.', ['killed 200-999 vague']],
    ['Historians argue the true toll ran into the tens of thousands.', ['killed 20000-99999 vague']],
    ['The death toll runs into thousands, residents say.', ['killed 2000-9999 vague']],
  ]);
  describe('not a place or a sum', () => {
    cases([
      ['The death toll from the floods in the hundreds of villages is unknown.', []],
      ['Damage ran into the millions.', []],
    ]);
  });
});

describe('"drown" after the people, as a survivor or a headline says it', () => {
  cases([
    ["'We watched 11 of our brothers drown,' said Moussa.", ['killed 11-11 exact']],
    ['27 migrants drown off Lampedusa', ['killed 27-27 exact']],
  ]);
  describe('not a forecast', () => {
    cases([
      ['Residents fear 300 people could drown.', []],
    ]);
  });
});

describe("a people's dead put at a number, in the passive", () => {
  cases([
    ['Zulu dead were later put at about 1,000 by the regimental historians.', ['killed 1000-1000 approx']],
    ['The dead were officially put at 64.', ['killed 64-64 exact']],
    ['British dead have since been estimated at 4,000.', ['killed 4000-4000 approx']],
  ]);
  describe('not a count of something else', () => {
    cases([
      ['The dead man was put at the scene by two witnesses.', []],
    ]);
  });
});

describe('a share after a count of a whole', () => {
  cases([
    ['19 of the 47 people on board were fatally injured, among them two pilots.', ['killed 19-19 exact', 'killed 2-2 exact']],
    ['Twelve of the 40 passengers died, including 3 children.', ['killed 12-12 exact', 'killed 3-3 exact']],
  ]);
});

describe('members of an armed group killed by the words of police statements', () => {
  cases([
    ["Police said they had 'neutralized' three members of the Barrio 18 gang.", ['killed 3-3 exact']],
    ['Troops eliminated 12 members of a drug cartel.', ['killed 12-12 exact']],
  ]);
  describe('not members of other bodies', () => {
    cases([
      ['The committee eliminated 3 members of the board.', []],
      ['Police neutralised 4 members of the public.', []],
    ]);
  });
});

describe('a year between chained tolls', () => {
  cases([
    ['Road deaths rose to 4,812 last year from 4,447 the year before.', ['killed 4812-4812 exact', 'killed 4447-4447 exact']],
    ['Cholera deaths fell to 90 this year from 120.', ['killed 90-90 exact', 'killed 120-120 exact']],
  ]);
  describe('not a count of something else after the year', () => {
    cases([
      ['The death toll rose to 40 last year from the floods of 12 provinces.', ['killed 40-40 exact']],
    ]);
  });
});

describe('a count quoted with its people, the predicate after the closing mark', () => {
  cases([
    ["A viral post claims 'over 100,000 civilians' died in the first month.", ['killed 100000-? at_least']],
    ['He said "three soldiers" were hurt.', ['wounded 3-3 exact']],
  ]);
  describe('not a title in quotation marks', () => {
    cases([
      ["The song 'Seven Nation Army' died out.", []],
    ]);
  });
});

describe('a revision opened by a dash, and a second estimate past the dash aside', () => {
  cases([
    ['The inspector put the death toll at 23 — revised from the 26 first announced by the railway — and the injured at 104.',
      ['killed 23-23 exact', 'killed 26-26 exact', 'wounded 104-104 exact']],
  ]);
});

describe('shares of two periods, the second with its verb left out', () => {
  cases([
    ['Official data show 5,420 people died on the roads that year and 3,910 last year.', ['killed 5420-5420 exact', 'killed 3910-3910 exact']],
    ['Forty miners were killed this year and 52 last year.', ['killed 40-40 exact', 'killed 52-52 exact']],
  ]);
  describe('not a count of something else in the second period', () => {
    cases([
      ['Twelve people died that week and 40 cars burned that week.', ['killed 12-12 exact']],
    ]);
  });
});

describe('shares of a figure with their verb left out after "and … for"', () => {
  cases([
    ['Pedestrians accounted for 1,706 of the dead and motorcyclists for 1,284.', ['killed 1706-1706 exact', 'killed 1284-1284 exact']],
  ]);
  describe('not things after "for"', () => {
    cases([
      ['The firm paid for 40 trucks and buses for 12 days.', []],
    ]);
  });
});

describe('the other side set against a figure', () => {
  cases([
    ['Official returns listed 10,947 insurgents killed by security forces, against 58 soldiers and police and 1,760 civilians.',
      ['killed 10947-10947 exact', 'killed 58-58 exact', 'killed 1760-1760 exact']],
    ['Twelve rebels were killed, against 3 soldiers.', ['killed 12-12 exact', 'killed 3-3 exact']],
  ]);
  describe('not a fight against a force', () => {
    cases([
      ['12 soldiers were killed, fighting against 300 rebels.', ['killed 12-12 exact']],
      ['The team scored 40 points, against 12.', []],
    ]);
  });
});

describe('a harm participle opening the sentence, shared by the people "with" it', () => {
  cases([
    ['Captured on Java weeks later with 56 others from his battalion, he spent three years as a prisoner of war.', ['captured 56-56 exact']],
    ['Killed with four others in the ambush, the sergeant was buried at home.', ['killed 4-4 exact']],
  ]);
  describe('not things with the harmed, nor a participle inside the sentence', () => {
    cases([
      ['Injured with 3 broken ribs, he kept playing.', []],
      ['He was later captured on Java, and sailed with 56 others to Burma.', []],
    ]);
  });
});
