// Counts beside a figure that take no harm from it: people counted unharmed ("340 survivors and 52
// bodies"), and the whole a relative partitive counts from ("numbered 21,000, of whom 18,917 were killed").
import { describe } from 'vitest';
import { cases } from './helpers.js';

describe('the unharmed borrow no harm from the count beside them', () => {
  cases([
    ['By nightfall rescuers had brought out 340 survivors and 52 bodies.', ['killed 52-52 exact']],
    ['Divers recovered 52 bodies and 340 survivors from the hull.', ['killed 52-52 exact']],
    ['Firemen pulled 12 bodies and 40 people alive from the rubble.', ['killed 12-12 exact']],
    ['Of the crew, 14 were killed and 9 unhurt, the navy said.', ['killed 14-14 exact']],
  ]);
});

describe('survivors harmed in their own words are still counted', () => {
  cases([
    ['Twelve survivors were injured, and 30 people were killed.', ['wounded 12-12 exact', 'killed 30-30 exact']],
    ['The blast killed 8 people and injured 40 others.', ['killed 8-8 exact', 'wounded 40-40 exact']],
  ]);
});

describe('the whole before "of whom" or "of which" is no figure', () => {
  cases([
    ['Japanese forces on the island numbered about 21,000, of whom 18,917 were killed and 216 taken prisoner.', ['killed 18917-18917 exact', 'captured 216-216 exact']],
    ['The battalion of 800, of whom 120 were wounded, withdrew at dawn.', ['wounded 120-120 exact']],
    ['Some 600 men, of which 45 were killed, held the bridge.', ['killed 45-45 exact']],
  ]);
});

describe('lists joined without a relative still share the harm', () => {
  cases([
    ['Four men and two women were killed.', ['killed 4-4 exact', 'killed 2-2 exact']],
    ['Six Iraqis, two Lebanese and two women were kidnapped.', ['captured 6-6 exact', 'captured 2-2 exact', 'captured 2-2 exact']],
  ]);
});

describe('harm a subject escaped is no figure (ESCAPE_VERBS)', () => {
  cases([
    ['Four climbers narrowly escaped death when the ice shelf gave way on Sunday.', []],
    ['All 12 crew escaped serious injury when the tanker caught fire off the cape.', []],
    ['Five miners cheated certain death after 40 hours trapped underground.', []],
    ['Two guards escaped without injury, the prison service said.', []],
    ['Seven workers were spared injury when the scaffold collapsed.', []],
    ['The blast killed 4 people and 12 others escaped injury.', ['killed 4-4 exact']],
  ]);
});

describe('injuries escaped with, and a death counted, are still figures', () => {
  cases([
    ['Forty passengers escaped with minor injuries after the bus overturned.', ['wounded 40-40 exact']],
    ['Two people died and 14 others escaped with injuries.', ['killed 2-2 exact', 'wounded 14-14 exact']],
    ['The avalanche resulted in 1 death and 3 injuries.', ['killed 1-1 exact', 'wounded 3-3 exact']],
  ]);
});
