// Round 6 phrase families from regional English: the hurt carried to hospital by air or road, injuries
// "nursed" (East and West African English), and "the 11 deceased" (South Asian English).
import { describe } from 'vitest';
import { cases } from './helpers.js';

describe('carried to hospital: wounded', () => {
  cases([
    ['Two hikers have been airlifted to hospital after a fall near the summit.', ['wounded 2-2 exact']],
    ['Five workers were flown to hospital with burns after the boiler exploded.', ['wounded 5-5 exact']],
    ['Three children were brought to hospital after the school wall collapsed.', ['wounded 3-3 exact']],
    ['Eleven passengers were ferried to hospital by ambulance crews.', ['wounded 11-11 exact']],
  ]);
});

describe('nursing injuries: wounded', () => {
  cases([
    ['Nine passengers are nursing injuries after the matatu overturned near Naivasha.', ['wounded 9-9 exact']],
    ['Twelve others are nursing gunshot wounds at the county hospital.', ['wounded 12-12 exact']],
    ['14 traders were nursing serious injuries after the market stampede.', ['wounded 14-14 exact']],
  ]);
});

describe('the N deceased: killed', () => {
  cases([
    ['The state will pay compensation to the families of the 11 deceased.', ['killed 11-11 exact']],
    ['Police said the 4 deceased persons were residents of the same lane.', ['killed 4-4 exact']],
  ]);
});

describe('not the hurt, not the dead', () => {
  cases([
    ['Twenty volunteers were nursing wounded soldiers at the camp.', []],
    ['The minister was flown to hospital in Paris after 2 days of talks.', []],
    ['Doctors were flown to hospital in 3 helicopters to help.', []],
    ['The deceased, 45, was a teacher at the village school.', []],
    ['The 2 nurses were nursing their patients through the night.', []],
  ]);
});
