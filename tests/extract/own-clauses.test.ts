// A count with a clause of its own takes no harm from another: "while another 900 would be
// released", "40 others were evacuated"; "Two men arrested after three people were killed" (the
// harm is the subordinate clause's, with its own people).
import { describe } from 'vitest';
import { cases } from './helpers.js';

describe('a joined count with its own verb is no harm', () => {
  cases([
    ['The riot led to the deaths of 87 protesters, while another 900 would be released.', ['killed 87-87 exact']],
    ['Twelve people were killed, while 40 others were evacuated.', ['killed 12-12 exact']],
    ['A video shows the killing of two hostages, while two others are released.', ['killed 2-2 exact']],
  ]);
});

describe('joined counts without a verb of their own still share the harm', () => {
  cases([
    ['The blast killed 35 children and seven adults who were at the wedding.', ['killed 35-35 exact', 'killed 7-7 exact']],
    ['The officials put the number of injured at 200; 40 of them are critical.', ['wounded 200-200 exact', 'wounded 40-40 exact']],
    ['Gunmen killed 12 soldiers and three civilians on Friday.', ['killed 12-12 exact', 'killed 3-3 exact']],
  ]);
});

describe('people whose own verb comes before a subordinate clause of harm are not harmed', () => {
  cases([
    ['Two men arrested after three people were killed in a brawl.', ['killed 3-3 exact']],
    ['2 charged after Chicago area pals are slain in NC.', []],
    ['Four officers suspended because 12 prisoners were injured.', ['wounded 12-12 exact']],
  ]);
});

describe('a long modifier without a clause still reaches its predicate', () => {
  cases([
    ['300 North Korean soldiers dispatched to support the war have been killed.', ['killed 300-300 exact']],
  ]);
});
