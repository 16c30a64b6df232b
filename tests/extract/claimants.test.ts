// Claimant resolution within one report (issue 13 items 1 and 4, extraction side): pronouns, roles,
// continuations, back-references, headlines, datelines and the source column, and how each was resolved.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

function resolved(text: string, column: string | null = null) {
  return figuresOf(text, column).map((f) => [f.low ?? f.high, f.source, f.outlet, f.sourceVia ?? null]);
}

describe('pronouns are never claimants', () => {
  it('resolves a pronoun to the last speaker or named subject', () => {
    expect(resolved('The Harbour Authority issued an update on Monday. It said 14 sailors were missing.')).toEqual([
      [14, 'The Harbour Authority', null, 'pronoun→named'],
    ]);
    expect(resolved('Officials identify the driver who they believe killed 6 cyclists')).toEqual([[6, 'Officials', null, 'pronoun→named']]);
    expect(resolved('Maria Lind, a nurse at the clinic, said the attackers came at night. "They killed 3 guards," she told the Courier.'))
      .toEqual([[3, 'Maria Lind', null, 'pronoun→named']]);
    // a speaker beats a company named in between
    expect(resolved('The spokesman said Norvex would not close. Norvex has two plants. He said one worker was killed in the fire.'))
      .toEqual([[1, 'The spokesman', null, 'pronoun→named']]);
    // a press spokesman is the body's voice, not a news outlet: "he" is the spokesman
    expect(resolved('Dock workers began a protest, a press spokesman said. He said three port workers had died this month.'))
      .toEqual([[3, 'a press spokesman', null, 'pronoun→named']]);
    expect(resolved('Together with two local papers, the monitoring group Casualty Watch collected names. According to their findings, at least 410 soldiers were killed.'))
      .toEqual([[410, 'the monitoring group Casualty Watch', null, 'pronoun→named']]);
  });

  it('resolves a pronoun to a body named by its kind alone, and to a subject after a dateline', () => {
    expect(resolved('The ministry denied hitting the station. It said 10 people died.')).toEqual([[10, 'The ministry', null, 'pronoun→named']]);
    expect(resolved('March 4 - Tarsia\'s defence ministry denied hitting the depot. It said no more than 10 people could have died.'))
      .toEqual([[10, 'Tarsia\'s defence ministry', null, 'pronoun→named']]);
    expect(resolved('KESSAN, March 3 (Reuters) - The army denied the report. It said 3 soldiers were wounded.'))
      .toEqual([[3, 'The army', 'Reuters', 'pronoun→named']]);
    // What is no body stays no antecedent.
    expect(resolved('The blast destroyed the station. It said 10 people died.')).toEqual([[10, null, null, null]]);
  });

  it('credits the speaker of ", saying" with what its own people or records counted', () => {
    expect(resolved('The rights group disputed the figure, saying its monitors had counted five dead.').map((r) => r[1])).toEqual(['The rights group']);
    expect(resolved('The army disputed the toll, saying its own records showed 12 soldiers killed.').map((r) => r[1])).toEqual(['The army']);
    expect(resolved('Police rejected the claim, saying officers had counted 3 bodies.').map((r) => r[1])).toEqual(['Police']);
    // A body named in what is said keeps its own count.
    expect(resolved('The mayor spoke at the site, saying the Red Cross had counted 14 bodies.').map((r) => r[1])).toEqual(['the Red Cross']);
  });

  it('at the opening of a report, a pronoun takes the speaker who follows', () => {
    expect(resolved('It said "the 4th battalion was routed and 90 of its men killed." The rest withdrew, the agency added.')).toEqual([
      [90, 'the agency', null, 'pronoun→named'],
    ]);
  });

  it('passes over an unresolved pronoun to another attribution that covers the figure', () => {
    expect(resolved('Kessel - A man who they say killed 8 hikers was detained, state press said.')).toEqual([
      [8, 'state press', null, 'named'],
    ]);
  });

  it('leaves an unresolved pronoun unattributed, falling back to the source column', () => {
    expect(resolved('They said 12 people were killed.')).toEqual([[12, null, null, null]]);
    expect(resolved('We estimate that 40 people died.', 'Daily Courier')).toEqual([[40, 'Daily Courier', null, 'column']]);
  });

  it('keeps a possessive role that is not a statement as written', () => {
    expect(resolved('Tarland faces a large bill after the storm which killed more than 3,000 of its people, its central bank says.'))
      .toEqual([[3000, 'its central bank', null, 'role']]);
  });
});

describe('roles take the fullest name of their body', () => {
  it.each([
    ['The Varna Health Ministry said 12 died. Another 60 people died overnight, the ministry added.', 60],
    ['The Varna Health Ministry said 12 died. The ministry\'s spokesman said 60 people died overnight.', 60],
    ['The Varna Health Ministry said 12 died. Sixty more people died overnight, health officials said.', 60],
    ['The Varna Health Ministry said 12 died. Health Minister Ana Ruiz said 60 people died overnight.', 60],
  ])('%s', (text, value) => {
    const figure = figuresOf(text).find((f) => f.low === value)!;
    expect([figure.source, figure.sourceVia]).toEqual(['The Varna Health Ministry', 'role→named']);
  });

  it('merges a body only with a name that holds it word for word', () => {
    expect(resolved('Dutch and Belgian police on a joint patrol on the border killed two gunmen, Dutch police said.')).toEqual([
      [2, 'Dutch police', null, 'named'],
    ]);
  });

  it('keeps a role as written when the report names no fuller body', () => {
    expect(resolved('Some 60 people died overnight, the ministry said.')).toEqual([[60, 'the ministry', null, 'role']]);
    // another body's ministry is not this one
    expect(resolved('The Varna Defence Ministry met on Friday. Sixty people died overnight, health officials said.')).toEqual([
      [60, 'health officials', null, 'named'],
    ]);
  });
});

describe('attribution carried between sentences', () => {
  it('carries a speaker to a sentence that plainly continues the statement', () => {
    expect(resolved('Police said 12 people were killed in the raid. In addition, 5 officers were wounded.')).toEqual([
      [12, 'Police', null, 'named'], [5, 'Police', null, 'continued'],
    ]);
    expect(resolved('The coast guard said 20 migrants drowned. Another 9 are missing.')).toEqual([
      [20, 'The coast guard', null, 'named'], [9, 'The coast guard', null, 'continued'],
    ]);
  });

  it('never carries a speaker to an unrelated figure in the next sentence', () => {
    expect(resolved('Police said 12 people were killed in the raid. In the north, 30 soldiers died in a landslide.')).toEqual([
      [12, 'Police', null, 'named'], [30, null, null, null],
    ]);
    expect(resolved('The Lakeside Health Office announced that 37 people had been killed. In the past day, 47 bodies were brought to hospitals.'))
      .toEqual([[37, 'The Lakeside Health Office', null, 'named'], [47, null, null, null]]);
  });

  it('credits a sentence from the next one: "This was stated by X"', () => {
    expect(resolved('Six people were killed in the shelling of the port. This was stated by the regional governor.')).toEqual([
      [6, 'the regional governor', null, 'back-reference'],
    ]);
    expect(resolved('Six people were killed in the shelling. According to the Daily Courier, this was reported by the port authority .')).toEqual([
      [6, 'the port authority', 'the Daily Courier', 'back-reference'],
    ]);
    expect(resolved('Six people were killed in the shelling. This was the third attack this month.')).toEqual([[6, null, null, null]]);
  });

  it('gives a quotation the speaker who closes it', () => {
    expect(resolved('"Four men were killed at dawn. Two more are missing," the mayor said.')).toEqual([
      [4, 'the mayor', null, 'quotation'], [2, 'the mayor', null, 'named'],
    ]);
  });
});

describe('headline, dateline, source line and column', () => {
  it('gives a headline the claimant of the body', () => {
    expect(resolved('Floods kill 30 in Harare. Floods killed 30 people on Sunday, police said.')).toEqual([
      [30, 'police', null, 'headline←body'], [30, 'police', null, 'named'],
    ]);
    // no figure read in the body: the speaker who closes the lead
    expect(resolved('Two engineers kidnapped in Tarvel (AFP). AFP - The engineers were on their way to a dam site at dawn, the interior ministry said.'))
      .toEqual([[2, 'the interior ministry', 'AFP', 'headline←body']]);
  });

  it('uses the dateline agency or "Source:" line only when the text names no one', () => {
    expect(resolved('HARARE (Reuters) - Floods killed 30 people on Sunday.')).toEqual([[30, 'Reuters', null, 'dateline']]);
    expect(resolved('Floods killed 30 people on Sunday. Source: Harare Herald')).toEqual([[30, 'Harare Herald', null, 'source-line']]);
  });

  it('never lets the source column or dateline replace a named claimant', () => {
    expect(resolved('Floods killed 30 people on Sunday, police said.', 'Harare Herald')).toEqual([[30, 'police', null, 'named']]);
    expect(resolved('HARARE (Reuters) - Floods killed 30 people on Sunday, police said.', 'Harare Herald')).toEqual([[30, 'police', 'Reuters', 'named']]);
    expect(resolved('Floods killed 30 people on Sunday.', 'Harare Herald')).toEqual([[30, 'Harare Herald', null, 'column']]);
  });
});
