import { describe, expect, it } from 'vitest';
import { figuresOf, summarise } from './helpers.js';

/** "killed 23 people" or "killed 9 children ⊂ 23": each figure and the figure it is a part of. */
function parts(text: string): string[] {
  const figures = figuresOf(text);
  return figures.map((f) => {
    const whole = figures.find((w) => w.start === f.partOf);
    return `${f.category} ${f.low ?? '?'} ${f.actor}${whole ? ` ⊂ ${whole.low}` : ''}`;
  });
}

describe('breakdowns: a part of a total is a figure of its own, marked as a part', () => {
  it.each([
    ['A shell hit the clinic, killing 23, including 9 children and 4 women.', ['killed 23 people', 'killed 9 children ⊂ 23', 'killed 4 women ⊂ 23']],
    ['The ferry fire killed 41 people, 17 of whom were soldiers.', ['killed 41 people', 'killed 17 soldiers ⊂ 41']],
    ['Gunmen killed 12 villagers, with 3 of them children.', ['killed 12 villagers', 'killed 3 children ⊂ 12']],
    // What befell the part names no people: the part keeps the whole's.
    ['Soldiers abducted 70 staff, 14 of whom were later freed.', ['captured 70 staff', 'captured 14 staff ⊂ 70']],
    ['The blast killed 20 people, 3 of whom were armed.', ['killed 20 people', 'killed 3 people ⊂ 20']],
    ['The raid left 30 dead, among them 5 police officers.', ['killed 30 people', 'killed 5 police officers ⊂ 30']],
    ['Since 2011, 1,400 civilians have been killed, 300 of them this year.', ['killed 1400 civilians', 'killed 300 civilians ⊂ 1400']],
    // A sentence that takes up the dead of the sentence before.
    ['The death toll rose to 52, officials said. Of the dead, 9 died in hospital and 43 at the scene.', ['killed 52 people', 'killed 9 people ⊂ 52', 'killed 43 people ⊂ 52']],
    ['Gunmen killed 30 villagers on Sunday. Among the dead were 12 children.', ['killed 30 villagers', 'killed 12 children ⊂ 30']],
  ])('%s', (text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it.each([
    // Coordinated counts of different people are not parts of one another.
    ['The shelling killed 20 soldiers and three medics.', ['killed 20 soldiers', 'killed 3 medics']],
    // Another category is never a part.
    ['The bombing killed 14 people and wounded 60, including 12 children.', ['killed 14 people', 'wounded 60 people', 'wounded 12 children ⊂ 60']],
    // "with" that joins other harm is no breakdown.
    ['Troops killed 8 rebels, with 15 others captured.', ['killed 8 rebels', 'captured 15 others']],
    // A new sentence that does not take up the dead is a figure of its own.
    ['Gunmen killed 30 villagers on Sunday. In a second attack, 12 police officers were killed.', ['killed 30 villagers', 'killed 12 police officers']],
  ])('not a part: %s', (text, expected) => {
    expect(parts(text)).toEqual(expected);
  });
});

describe('revisions and shares read as figures of their own (guideline: each mention counts)', () => {
  it.each([
    ['The death toll rose to 87 from the 52 reported earlier.', ['killed 87-87 exact', 'killed 52-52 exact']],
    ['The death toll climbed to 40, up from 31 on Monday.', ['killed 40-40 exact', 'killed 31-31 exact']],
    ['Paramedics said 11 died in hospital and 31 at the scene.', ['killed 11-11 exact', 'killed 31-31 exact']],
    ['The quake killed 310 and injured 654, officials said.', ['killed 310-310 exact', 'wounded 654-654 exact']],
    // Not a revision: a count of things after "from".
    ['At least 392 bodies were retrieved from three mass graves.', ['killed 392-? at_least']],
    ['Divers recovered 12 bodies from two wrecks.', ['killed 12-12 exact']],
  ])('%s', (text, expected) => {
    expect(summarise(text)).toEqual(expected);
  });
});

describe('an increment beside the total its sentence states is a part of it', () => {
  it.each([
    ['The governor said the number of dead had reached 59, as two more of the wounded died in hospital.', ['killed 59 people', 'killed 2 people ⊂ 59']],
    ['Four more people died overnight, bringing the toll to 63.', ['killed 4 people ⊂ 63', 'killed 63 people']],
    ['Another 12 bodies were found on Tuesday, raising the death toll to 75.', ['killed 12 bodies ⊂ 75', 'killed 75 people']],
    // a total named without "to": "had reached", "stood at", "hit"
    ['The governor said the toll had reached 23 after four of the wounded died in hospital.', ['killed 23 people', 'killed 4 people ⊂ 23']],
    ['By evening the death toll stood at 41 after three injured miners died.', ['killed 41 people', 'killed 3 miners ⊂ 41']],
    ['The number of dead hit 17 after two more bodies were pulled from the river.', ['killed 17 people', 'killed 2 bodies ⊂ 17']],
  ])('%s', (text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it.each([
    // No total in the sentence: the increment stands as stated.
    ['Two more people died on Monday, officials said.', ['killed 2 people']],
    // Another category is no part of the toll.
    ['The toll rose to 40 and 3 more are missing.', ['killed 40 people', 'missing 3 people']],
    // "reached" a place, not a total: the count after it stands as stated.
    ['Rescuers reached the village after 6 people were killed in the landslide.', ['killed 6 people']],
  ])('not a part: %s', (text, expected) => {
    expect(parts(text)).toEqual(expected);
  });
});
