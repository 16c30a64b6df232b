// Round 9 phrase families of who said it, from wires and reference works: a writer's comment after
// the closing speaker (", in what would be …"), a body's name holding "to" ("the mission to the
// JCCC"), the fullest name before its acronym in brackets, a sentence adverb between the speaker and
// the verb (", however,"), a headline credit before a byline after a bar, "disclosed" and
// "revealed", and a finding verb with a toll for its object ("research suggests a toll closer to 700").
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

describe('round 9 speakers: the claimant', () => {
  it.each([
    ['Airstrikes on the port killed 31 people, the health ministry said Friday, in what would be the deadliest raid so far.', 'the health ministry'],
    ['Shelling killed 8 people, the regional governor said, which would make it the worst day this month.', 'the regional governor'],
    ['One civilian was wounded, the DPR mission to the JCCC reported on its Telegram channel.', 'the DPR mission to the JCCC'],
    // The fullest name keeps its acronym, so that "the FRSC" later joins it (reconcile's claimant registry).
    ['Nine passengers were killed, the Federal Road Safety Corps (FRSC) has said.', 'the Federal Road Safety Corps (FRSC)'],
    ['Contemporary accounts, however, spoke of as many as 300 dead.', 'Contemporary accounts'],
    ['M23 rebels kill at least 14 villagers – local sources | By John Doe, Goma | 3 May 2025', 'local sources'],
    ['Police rescued 6 abductees, the spokesperson, SP Jane Doe, disclosed in a statement.', 'SP Jane Doe'],
    ['Twelve pupils were abducted, the commissioner revealed on Sunday.', 'the commissioner'],
    ['Officials counted 300 dead, though archival research suggests a toll closer to 500.', 'archival research'],
  ])('%s -> %s', (text, source) => {
    const figures = figuresOf(text);
    expect(figures[figures.length - 1]?.source ?? null).toBe(source);
  });
});

describe('round 9 speakers: no one', () => {
  it.each([
    ['The tremor, however, recorded at 5.1, killed 12 people.', null],
    ['Twelve people were killed on the road to Goma.', null],
    ['Gunmen killed 4 people near the Lagos State University (LASU) campus.', null],
    ['Investigators found 12 bodies in the house.', null],
  ])('%s -> %s', (text, source) => {
    expect(figuresOf(text)[0]?.source ?? null).toBe(source);
  });
});

describe('estimates of no one named end what a speaker said', () => {
  it.each([
    ['The commission gave a figure of 17 dead; independent estimates range from 200 to 1,000 killed.', [['killed', 'The commission'], ['killed', null]]],
    ['The army said 40 soldiers died; 12 others were wounded.', [['killed', 'The army'], ['wounded', 'The army']]],
  ])('%s', (text, expected) => {
    expect(figuresOf(text).map((f) => [f.category, f.source ?? null])).toEqual(expected);
  });
});

describe('a quotation that goes on in the voice before it', () => {
  it.each([
    ['"They came at night," a survivor told Reuters. "We buried 23 people yesterday. Many are missing."', 'a survivor'],
    ['"They came at night," the chief said. "We buried 23 people yesterday."', 'the chief'],
    ['"They came at night," a survivor, who asked not to be named, told Reuters by phone. "We buried 23 people."', 'a survivor'],
  ])('%s -> %s', (text, source) => {
    expect(figuresOf(text)[0]?.source ?? null).toBe(source);
  });

  it.each([
    ['The chief said the attack was brutal. "We buried 23 people yesterday."', null],
    ['"They came at night," the chief said. Villagers later buried 23 people.', null],
  ])('not after an unquoted sentence or outside quotes: %s -> %s', (text, source) => {
    expect(figuresOf(text)[0]?.source ?? null).toBe(source);
  });
});

describe('"told" after a comma names its hearer', () => {
  it.each([
    ['"They killed 5 of our men," a survivor, who asked not to be named, told Reuters by phone.', 'a survivor'],
    ['Five soldiers were killed, a military source, speaking on condition of anonymity, told AFP.', 'a military source'],
  ])('%s -> %s', (text, source) => {
    expect(figuresOf(text)[0]?.source ?? null).toBe(source);
  });
});

describe("a body's own figure: its owner states it", () => {
  it.each([
    ["Consuls estimated the dead at 3,000; the Patriarchate's own figure, published in 1896, was 4,750.", 'the Patriarchate'],
    ['The army said 40 soldiers died; the rebels’ tally was about 90.', 'the rebels'],
    ["The ministry's official death toll was 40.", 'The ministry'],
  ])('%s -> %s', (text, source) => {
    const figures = figuresOf(text);
    expect(figures[figures.length - 1]?.source ?? null).toBe(source);
  });

  it('not a verb of estimating read as a figure ("now estimate that")', () => {
    expect(figuresOf('The latest figures from the Health Minister Ana Ruiz now estimate that at least 2,000 people perished.')[0]?.source)
      .toBe('the Health Minister Ana Ruiz');
  });
});

describe('a monitor described after it was named', () => {
  it.each([
    ['Two soldiers died, the Kestrel Observatory said. The UK-based war monitor said 5 militants were killed.', 'the Kestrel Observatory'],
    ['Nine civilians were killed, the Harbour Rights Centre said. The London-based watchdog said 3 more died later.', 'the Harbour Rights Centre'],
  ])('%s -> %s', (text, source) => {
    const figures = figuresOf(text);
    expect(figures[figures.length - 1]?.source ?? null).toBe(source);
  });

  it.each([
    ['The Britain-based monitor said 4 jihadists died.', 'The Britain-based monitor'],
    ['Police said two men died. The Britain-based monitor said 4 jihadists died.', 'The Britain-based monitor'],
  ])('with no monitor named before, the description stays: %s -> %s', (text, source) => {
    const figures = figuresOf(text);
    expect(figures[figures.length - 1]?.source ?? null).toBe(source);
  });
});
