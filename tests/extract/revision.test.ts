import { describe, expect, it } from 'vitest';
import { revisionOf } from '../../src/extract/refiners/revision.js';
import { figuresOf } from './helpers.js';

/** The revision read for the figure written as `[n]` in the sentence. */
function revisionAt(marked: string): string | null {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  const sentence = marked.replace('[', '').replace(']', '');
  return revisionOf(sentence, start, end);
}

describe('revision marks read from the sentence', () => {
  it.each([
    ['The provincial office raised the death toll from [64] to 81 on Thursday.', 'superseded'],
    // Dossier round 10: the number after "to" of an earlier figure "of" a number.
    ['The coroner corrected its earlier figure of [8] bodies to 9.', 'superseded'],
    ['The coroner corrected its earlier figure of 8 bodies to [9].', 'revised'],
    ['The army revised its figure of 12 fighters killed down to [8].', 'revised'],
    ['The provincial office raised the death toll from 64 to [81] on Thursday.', 'revised'],
    ['The agency revised its count to [204] from 230 after duplicates were removed.', 'revised'],
    ['The agency revised its count to 204 from [230] after duplicates were removed.', 'superseded'],
    ['The toll climbed to [75], up from 61 a day before, the mayor said.', 'revised'],
    ['The toll climbed to 75, up from [61] a day before, the mayor said.', 'superseded'],
    ['Rescuers had initially reported [19] dead, but later said 27 had died.', 'superseded'],
    ['Rescuers had initially reported 19 dead, but later said [27] had died.', 'revised'],
    ['An earlier tally of [33] deaths was raised to 48 overnight.', 'superseded'],
    ['An earlier tally of 33 deaths was raised to [48] overnight.', 'revised'],
    ['The council, which previously gave a figure of [15], now says 22 people died.', 'superseded'],
    ['The council, which previously gave a figure of 15, now says [22] people died.', 'revised'],
    ['The interior ministry denied reports that [140] villagers had drowned.', 'denied'],
    ['Local radio said [90] people drowned, a figure the governor later dismissed.', 'denied'],
    ['The militia retracted its claim that [600] soldiers had been killed.', 'retracted'],
    ['The broadcaster said [70] were dead, a number it later withdrew.', 'retracted'],
  ])('%s → %s', (marked, expected) => {
    expect(revisionAt(marked)).toBe(expected);
  });

  it.each([
    'Police said [12] people were killed in the collapse.',
    'Earlier on Monday, medics said [9] people had died.',
    'At least [40] people were killed and 85 injured, officials said.',
    'The ministry said [31] of the dead came from the same village.',
    'Police denied access to the site where [8] bodies were found later that day.',
  ])('no revision: %s', (marked) => {
    expect(revisionAt(marked)).toBeNull();
  });
});

describe('revision marks on extracted figures', () => {
  it('splits "raised the toll from X to Y" into the figure replaced and its replacement', () => {
    const figures = figuresOf('The regional governor raised the death toll from 64 to 81.');
    expect(figures.map((f) => [f.low, f.qualifier, f.revision])).toEqual([[64, 'exact', 'superseded'], [81, 'exact', 'revised']]);
  });

  it('keeps a plain range a range', () => {
    const figures = figuresOf('Between 40 and 60 people were killed, witnesses said.');
    expect(figures.map((f) => [f.low, f.high, f.revision])).toEqual([[40, 60, undefined]]);
  });
});

describe('a figure denied or taken back by the sentence after it', () => {
  const marks = (text: string) => figuresOf(text).map((f) => [f.low, f.revision ?? null]);

  it.each([
    ['The group said it had killed 50 soldiers. Officials dismissed the claim as exaggerated.', [[50, 'denied']]],
    ['The army said it killed 40 militants. The rebels denied the claim, saying only 3 fighters died.', [[40, 'denied'], [3, null]]],
    ['A local channel reported 30 dead. The district office rejected those reports on Friday.', [[30, 'denied']]],
    ['The army said 40 militants were killed. That figure was later disputed by the rebels.', [[40, 'denied']]],
    ['Activists said 12 protesters were shot dead. The claim has been refuted by the police.', [[12, 'denied']]],
    ['The agency said 25 people drowned. It later retracted the figure.', [[25, 'retracted']]],
    ['The militia said 60 villagers were killed. Army spokesmen dismissed as propaganda the claim.', [[60, 'denied']]],
  ])('%s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each([
    // no denial
    ['The army said it killed 40 militants. The claim could not be independently verified.', [[40, null]]],
    ['The army said it killed 40 militants. The rebels did not deny the claim.', [[40, null]]],
    ['The army said it killed 40 militants. The rebels declined to confirm or deny the figure.', [[40, null]]],
    // the speaker's own figure, which need not be the one before
    ['Local media said 30 people died. The ministry later withdrew its figure.', [[30, null]]],
    // a figure of its own named by "of": another number
    ['Local media said 30 people died. The ministry withdrew the figure of 12 it gave on Monday.', [[30, null]]],
    // a denial of something else
    ['The army said it killed 40 militants. The rebels denied the claim that they had used a school as a base.', [[40, null]]],
    ['The army said it killed 40 militants. The rebels rejected reports about a ceasefire.', [[40, null]]],
    ['Police said 9 people were arrested and 4 were killed. The mayor denied the officers any role.', [[4, null]]],
  ])('not denied: %s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
