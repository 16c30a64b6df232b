// Round 9, Indian and Nigerian English: injuries of a severity ("sustained grievous injuries",
// "sustained varying degrees of injuries"), kidnap victims rescued (captives, as hostages are), and
// police statements that neutralise kidnappers, robbers and cultists.
import { describe } from 'vitest';
import { cases } from './helpers.js';

describe('injuries of a severity', () => {
  cases([
    ['Eleven others sustained grievous injuries in the collision.', ['wounded 11-11 exact']],
    ['Several passengers sustained varying degrees of injuries.', ['wounded 3-9 vague']],
    ['Four people sustained different degrees of injury in the crash.', ['wounded 4-4 exact']],
  ]);
});

describe('degrees that hurt no one', () => {
  cases([
    ['Twelve students sustained varying degrees of success in the exams.', []],
    ['Temperatures varied by 12 degrees of latitude.', []],
  ]);
});

describe('captives rescued', () => {
  cases([
    ['Police rescued 9 kidnap victims in the forest.', ['captured 9-9 exact']],
    ['Troops freed 14 abductees from the camp.', ['captured 14-14 exact']],
    ['Twelve abduction victims were reunited with their families.', ['captured 12-12 exact']],
  ]);
});

describe('victims of no captivity', () => {
  cases([
    ['The clinic treated 40 accident victims.', []],
    ['Police arrested 3 kidnappers at the checkpoint.', []],
  ]);
});

describe('police statements that neutralise', () => {
  cases([
    ['Operatives neutralised 2 suspected kidnappers during a gun duel.', ['killed 2-2 exact']],
    ['The tactical team neutralised three armed robbers.', ['killed 3-3 exact']],
    ['Four cultists were neutralised in the raid.', ['killed 4-4 exact']],
  ]);
});
