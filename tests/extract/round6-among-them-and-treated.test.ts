// Round 6 phrase families from NGO reports and bulletins: a share named after the clause of its
// whole by ", among them N" or ", among whom N" (as ", including N"), and the hurt as the object of
// a verb of care with their injuries after them ("treated 1,480 people for gunshot wounds").
import { describe } from 'vitest';
import { cases } from './helpers.js';

describe('among them: a part of the figure before', () => {
  cases([
    ['Since the outbreak began, 900 people have succumbed to the fever, among them 120 nurses.', ['killed 900-900 exact', 'killed 120-120 exact']],
    ['The storm killed 14 people across the province, among whom 5 children.', ['killed 14-14 exact', 'killed 5-5 exact']],
    ['Twelve people are missing after the landslide, among them 4 from the school.', ['missing 12-12 exact', 'missing 4-4 exact']],
  ]);
});

describe('treated for injuries: wounded', () => {
  cases([
    ['Field teams treated 1,300 people for gunshot wounds in the first half of the year.', ['wounded 1300-1300 exact']],
    ['The district hospital admitted 40 patients with burn injuries overnight.', ['wounded 40-40 exact']],
    ['The clinic received 12 children with shrapnel wounds on Monday.', ['wounded 12-12 exact']],
  ]);
});

describe('not a part, not the hurt', () => {
  cases([
    ['The ministry counted 40 schools damaged in the region, among them 12 in the capital.', []],
    ['Doctors treated 40 people for smoke inhalation after the fire.', []],
    ['The new hospital will treat 300 people for injuries a month once it opens.', []],
    ['The clinic treated 200 people for injuries or illness last week.', []],
    ['The agency admitted 30 students with top grades this year.', []],
  ]);
});
