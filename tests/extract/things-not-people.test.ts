// Counts that look like casualty figures on real business and war wires but count things or agents:
// places taken and goods seized ("seized two Web servers"), a ship's tonnage ("460,000 dead weight
// tons"), and people who did the deed with a perfect "have" ("three shareholders have executed agreements").
import { describe } from 'vitest';
import { cases } from './helpers.js';

describe('places taken and things seized or settled are no captives or dead', () => {
  cases([
    ['Police seized two UK-based Web servers on Friday.', []],
    ['Customs officers seized 40 shipments of counterfeit drugs.', []],
    ['The troops seized one of the strongest enemy fortifications.', []],
    ['The rebels captured three army outposts and two checkpoints.', []],
    ['The firm settled 22 lawsuits and one class action suit over the leak.', []],
    // A bearing ends the things named before "of": "posts east of the city" are still posts.
    ['Forces captured one of the strongest fortifications east of the port.', []],
    ['The army captured several defence posts north of the river.', []],
    ['Rebels captured 40 soldiers north of the city.', ['captured 40-40 exact']],
    // What things relate to follows them: "one suit related to deaths" is a suit.
    ['The maker settled one class action suit related to deaths from the solvent.', []],
    ['Officials counted 12 deaths linked to the heat.', ['killed 12-12 exact']],
    // An idiom of many small losses counts no one.
    ['The industry faces "the death of a thousand cuts."', []],
  ]);
});

describe('people seized or captured are still captives', () => {
  cases([
    ['Gunmen seized two aid workers on Friday.', ['captured 2-2 exact']],
    ['The rebels captured three army officers at the checkpoint.', ['captured 3-3 exact']],
  ]);
});

describe('tonnage is no count of the dead', () => {
  cases([
    ['The yard has orders for 10 ships totalling 460,000 dead weight tons this year.', []],
    ['The tanker of 250,000 deadweight tonnes ran aground.', []],
    ['Twelve people were found dead weeks later.', ['killed 12-12 exact']],
  ]);
});

describe('after a perfect "have", a noun phrase is the object: the people counted did the deed', () => {
  cases([
    ['Three of its major shareholders have executed definitive agreements to sell.', []],
    ['Two gunmen have killed civilians in the village.', []],
  ]);
});

describe('a perfect "have" with no object still reports the harm', () => {
  cases([
    ['Three soldiers have been killed.', ['killed 3-3 exact']],
    ['Twelve people have died overnight.', ['killed 12-12 exact']],
    ['Five people have drowned so far.', ['killed 5-5 exact']],
    ['Three men have been executed in the prison.', ['killed 3-3 exact']],
  ]);
});

describe('a capture on camera or film holds no one (RECORDING_MEDIA)', () => {
  cases([
    ['Three suspects were captured on CCTV leaving the bank.', []],
    ['The moment two gunmen opened fire was captured on a security camera.', []],
    ['A photographer captured 12 soldiers on film as they crossed the river.', []],
    ['Two of the attackers were captured by traffic cameras near the station.', []],
  ]);
});

describe('captives taken near a place or by people are still captured', () => {
  cases([
    ['Four rebels were captured on the border, the army said.', ['captured 4-4 exact']],
    ['Two soldiers were captured by rebels on Monday.', ['captured 2-2 exact']],
    ['Rebels captured 40 soldiers on the road to the airport.', ['captured 40-40 exact']],
    ['Gunmen abducted 3 aid workers on camera, in a video posted online.', ['captured 3-3 exact']],
  ]);
});
