// Round 27, eyewitness and trial testimony, projects that count the named dead, humanitarian appeals,
// refugee-camp disasters, translated Russian and Ukrainian regional news and wire factboxes.
import { describe } from 'vitest';
import { cases } from './helpers.js';

describe('the dead counted by name: names of victims, named victims, burials, deaths recorded, a list of names', () => {
  cases([
    ['The group has published the names of 318 victims of the shelling, among them 41 children.', ['killed 318-318 exact', 'killed 41-41 exact']],
    ['Its database now holds 1,204 named victims.', ['killed 1204-1204 exact']],
    ['Parish records show 77 burials of soldiers since the spring.', ['killed 77-77 exact']],
    ['Of the 5,310 people whose deaths the monitors have documented, 880 were women.', ['killed 5310-5310 exact', 'killed 880-880 exact']],
    ['The register of miners who died underground contains 2,417 names.', ['killed 2417-2417 exact']],
    ['Volunteers checked another 40 names, bringing the total of verified victims to 3,105.', ['killed 40-40 exact', 'killed 3105-3105 exact']],
    ['The count of victims of the 1993 massacre has risen to 212.', ['killed 212-212 exact']],
  ]);
  cases([
    // Names of the living, of the hurt, of no one harmed; victims of a wrong that kills no one.
    ['The petition to the council carries 5,000 names.', []],
    ['The list of passengers injured in the crash contains 61 names.', []],
    ['The names of 30 passengers were read out at the gate.', []],
    ['The number of victims of the fraud rose to 300.', []],
    ['Some 30 burials of cattle were ordered after the outbreak.', []],
  ]);
});
