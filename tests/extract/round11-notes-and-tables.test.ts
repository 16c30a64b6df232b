// Round 11, coder notes and situation reports: a label and its number joined by a dash ("deaths –
// 1,284; injured – 4,917"), a bracketed "(source: ...)" credit, shorthand read as its word ("incl.",
// "excl."), "including" with no comma before it, "Per MoH," opening a note, "war-wounded".
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

describe('labels joined to their number by a dash', () => {
  cases([
    ['Cumulative figures as of 3 May: deaths – 412; injured – 1,906; missing – 37.', ['killed 412-412 exact', 'wounded 1906-1906 exact', 'missing 37-37 exact']],
    ['Casualties to date: Killed - 58, Injured - 231.', ['killed 58-58 exact', 'wounded 231-231 exact']],
    ['Fatalities — 14; abducted — 6.', ['killed 14-14 exact', 'captured 6-6 exact']],
  ]);
});

describe('dashes that label nothing', () => {
  cases([
    ['Schools – 217 damaged; health posts – 12 closed.', []],
    ['The match ended 3-1 after extra time.', []],
    ['Rainfall – 240 mm in 24 hours.', []],
  ]);
});

describe('a bracketed source label credits the report', () => {
  it.each([
    ['Figures as of 18 May (source: Ministry of Health): deaths – 1,284; injured – 4,917.', 'Ministry of Health'],
    ['Killed: 40 | Injured: 112 (sources: Provincial Health Office).', 'Provincial Health Office'],
    ['Killed: 12. Source: District Disaster Office.', 'District Disaster Office'],
  ])('%s -> %s', (text, source) => {
    expect(figuresOf(text).map((f) => f.source)).toEqual(figuresOf(text).map(() => source));
  });
});

describe('shorthand read as its word', () => {
  cases([
    ['Per MoH, 19 ppl killed incl. 8 children, and dozens injured.', ['killed 19-19 exact', 'killed 8-8 exact', 'wounded 24-99 vague']],
    ['Airstrike kills 9 incl. 2 medics near Saada.', ['killed 9-9 exact', 'killed 2-2 exact']],
    ['14 civilians killed incl 5 women; 3 wounded.', ['killed 14-14 exact', 'killed 5-5 exact', 'wounded 3-3 exact']],
  ]);
  it('keeps the note in one sentence', () => {
    expect(figuresOf('Per MoH, 19 ppl killed incl. 8 children.').map((f) => f.sentence)).toEqual([
      'Per MoH, 19 ppl killed incl. 8 children.', 'Per MoH, 19 ppl killed incl. 8 children.',
    ]);
  });
});

describe('"including" with no comma before it', () => {
  cases([
    ['Gunmen killed 12 people including 3 children in the raid.', ['killed 12-12 exact', 'killed 3-3 exact']],
    ['Seven killed including two policemen.', ['killed 7-7 exact', 'killed 2-2 exact']],
    ['Police evacuated 40 people including 3 children.', []],
    ['The convoy carried 30 tonnes of aid including 2 tonnes of medicine.', []],
  ]);
});

describe('"Per" opening a note names its source', () => {
  it.each([
    ['Per MoH, 19 people killed in the strike.', 'MoH'],
    ['Per the health ministry, 40 people were killed.', 'the health ministry'],
    ['Per local sources, 6 villagers were abducted.', 'local sources'],
  ])('%s -> %s', (text, source) => {
    expect(figuresOf(text)[0]?.source).toBe(source);
  });
  it('not "per" as a rate', () => {
    expect(figuresOf('Per capita deaths rose; 12 people died in May.')[0]?.source ?? null).toBeNull();
  });
});

describe('the war-wounded', () => {
  cases([
    ['MSF teams treated 860 war-wounded, of whom 74 died of their injuries.', ['wounded 860-860 exact', 'killed 74-74 exact']],
    ['The hospital has received 45 war-injured since Friday.', ['wounded 45-45 exact']],
  ]);
});
