// Round 12 phrase families of harm, from military and police statements, accident investigation
// reports, hospital statements and South Asian and African news English: idioms of dying ("embraced
// shahadat", "sent to hell", "fatally injured", "pronounced dead"), "untraced" people, people "in
// critical condition", bystanders "on the ground", an injury table's severities, counts set off by
// dashes before their predicate, people shifted to a named hospital with injuries, and the victims of an
// event admitted.
import { describe } from 'vitest';
import { cases } from './helpers.js';

describe('round 12: idioms of dying in military, police and accident reports', () => {
  cases([
    ['Four soldiers embraced shahadat during the exchange of fire.', ['killed 4-4 exact']],
    ['Three policemen embraced martyrdom in the attack on the checkpost.', ['killed 3-3 exact']],
    ['During the operation, seven terrorists were sent to hell.', ['killed 7-7 exact']],
    ['Two sepoys, having engaged the attackers, embraced shahadat.', ['killed 2-2 exact']],
    ['Since 2015, 640 Levies personnel including 45 officers have embraced shahadat.', ['killed 640-640 exact', 'killed 45-45 exact']],
    ['Three occupants were fatally injured when the glider struck trees.', ['killed 3-3 exact']],
    ['Two bystanders were fatally wounded in the crossfire.', ['killed 2-2 exact']],
    ['One victim was pronounced dead at a local hospital.', ['killed 1-1 exact']],
    ['Two men were declared dead on arrival at the hospital.', ['killed 2-2 exact']],
    // Negatives: the idiom without a count, a threat, and "sent to" somewhere else.
    ['The soldier embraced shahadat while defending the post.', []],
    ['The commander vowed that 40 more militants would be sent to hell.', []],
    ['Twelve suspects were sent to jail.', []],
  ]);
});

describe('round 12: people untraced, in critical condition, on the ground', () => {
  cases([
    ['Forty villagers are still untraced after the landslide.', ['missing 40-40 exact']],
    ['The toll reached 90, with 30 people still untraced.', ['killed 90-90 exact', 'missing 30-30 exact']],
    ['Four labourers remain in a critical condition.', ['wounded 4-4 exact']],
    ['Two workers are in a serious condition in hospital.', ['wounded 2-2 exact']],
    ['Four residents on the ground were slightly injured.', ['wounded 4-4 exact']],
    // Negatives: a company in serious condition; a floor, not the ground.
    ['The company is in serious condition, with 12 branches closed.', []],
    ['The 12 untraced files were found in the archive.', []],
  ]);
});

describe('round 12: injury tables of accident reports', () => {
  cases([
    ['Aircraft: Cessna 172. Injuries: Crew 2 Fatal; Passengers 1 Fatal, 3 Minor.', ['killed 2-2 exact', 'killed 1-1 exact', 'wounded 3-3 exact']],
    ['Injuries: 2 Fatal, 1 Minor.', ['killed 2-2 exact', 'wounded 1-1 exact']],
    ['Injuries: 1 Serious, 3 Minor; Aircraft damage: Substantial.', ['wounded 1-1 exact', 'wounded 3-3 exact']],
    // Negatives: severities with no injury label, and a severity before a noun.
    ['The audit lists 2 Serious findings and 3 Minor ones.', []],
    ['Findings: 4 Serious, 2 Minor.', []],
  ]);
});

describe('round 12: counts set off by dashes before their predicate', () => {
  cases([
    ['All 19 on board - 15 tourists and four guides - died when the cable car fell.', ['killed 19-19 exact', 'killed 15-15 exact', 'killed 4-4 exact']],
    ['Nine miners — seven contractors and two employees — died.', ['killed 9-9 exact', 'killed 7-7 exact', 'killed 2-2 exact']],
    // Negative: the counted people did the deed.
    ['Gunmen - at least 12 of them - killed a villager.', []],
  ]);
});

describe('round 12: taken to a named hospital with injuries, admitted from an event', () => {
  cases([
    ['Eleven passengers were shifted to the Services Hospital with injuries.', ['wounded 11-11 exact']],
    ['Four men were taken to Mayo Hospital with burns.', ['wounded 4-4 exact']],
    ['Twelve labourers were brought to the district headquarters hospital with bullet wounds.', ['wounded 12-12 exact']],
    ['Officials said 40 people from the market blast were admitted overnight.', ['wounded 40-40 exact']],
    ['A spokeswoman said 30 fans from the stadium stampede had been admitted, five of them to the burns unit.', ['wounded 30-30 exact', 'wounded 5-5 exact']],
    ['Nine workers from the factory fire are being admitted.', ['wounded 9-9 exact']],
    // Negatives: no injuries; admitted somewhere that is no hospital; no event.
    ['Two nurses were sent to the Civil Hospital with supplies.', []],
    ['Twelve students from the school were admitted to the university.', []],
    ['Six suspects were taken to the police station with injuries.', []],
  ]);
});
