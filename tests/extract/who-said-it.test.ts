// Issue 12, item 6 ("who said it"): attribution families missed on text toll was not tuned to. Each
// block is one family, with phrases written for it and the readings it must not make.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.js';
import { figuresOf } from './helpers.js';

const sources = (text: string) => figuresOf(text).map((f) => `${f.low ?? f.high} ${f.source}`);
const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('a titled speaker set off by commas, with the fullest name the text gives', () => {
  it.each([
    ['Seven herders were killed near the river, the Police Public Relations Officer, DSP Musa Garba, confirmed to our correspondent.',
      ['7 the Police Public Relations Officer, DSP Musa Garba']],
    ['Four miners died in the collapse, the district spokesman, Inspector Ruth Otieno, confirmed on Sunday.',
      ['4 the district spokesman, Inspector Ruth Otieno']],
    ['Nine villagers were killed overnight, said the country director of the relief agency, Tomas Ferreira.',
      ['9 the country director of the relief agency, Tomas Ferreira']],
    ['Twelve workers died in the fire, said the chief of the county fire service, Dana Whitfield.',
      ['12 the chief of the county fire service, Dana Whitfield']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('takes no clause after the role for a name, and no place set off by commas for a speaker', () => {
    expect(sources('Nine villagers were killed overnight, said the country director of the relief agency, adding that 20 were missing.'))
      .toEqual(['9 the country director of the relief agency', '20 the country director of the relief agency']);
    expect(sources('Gunmen killed 11 people in Bama, Borno State, recorded the local council.')).toEqual(['11 null']);
  });
});

describe('initials inside a speaker\'s name end no sentence', () => {
  it.each([
    ['A gas leak at the plant left 11 dead, police commissioner K.S. Dhillon told reporters.', ['11 police commissioner K.S. Dhillon']],
    ['Three guards were killed in the raid, Superintendent A.B. Okafor said.', ['3 Superintendent A.B. Okafor']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('still ends a sentence after a place written in initials, and after "U.S."', () => {
    expect(sentences('The team flew home to Raleigh, N.C. Two soldiers died in the crash.')).toHaveLength(2);
    expect(sentences('The convoy reached Washington, D.C. Police said three were hurt.')).toHaveLength(2);
    expect(sources('The delegation returned to Raleigh, N.C. Two soldiers died in the crash.')).toEqual(['2 null']);
  });
});

describe('a speaker who told a named hearer, then goes on', () => {
  it.each([
    ['A boiler blast killed 14 workers, the state fire chief told The Tribune, adding that upward of 30 were hurt.',
      ['14 the state fire chief', '30 the state fire chief']],
    ['Six people drowned, the mayor told Radio Marina, saying 12 more were missing.', ['6 the mayor', '12 the mayor']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('carries nothing past another speaker or the full stop', () => {
    expect(sources('A boiler blast killed 14 workers, the fire chief told The Tribune, while medics said 30 were hurt.')).toContain('30 medics');
    expect(sources('A boiler blast killed 14 workers, the fire chief told The Tribune. Thirty more were hurt in a second blast.'))
      .toEqual(['14 the fire chief', '30 null']);
  });
});

describe('a quotation in single marks goes on in the voice that closed the one before', () => {
  it.each([
    ["'Some 200 people have been killed in the district this month,' said the agency's field coordinator, Lena Brandt. 'Two of our drivers were killed on Friday.'",
      ["200 the agency's field coordinator", "2 the agency's field coordinator"]],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('carries no voice to a sentence outside quotation marks, nor over a speaker of its own', () => {
    expect(sources("'Some 200 people have been killed,' said the coordinator, Lena Brandt. Two drivers were killed on Friday."))
      .toEqual(['200 the coordinator', '2 null']);
    expect(sources("'Some 200 people have been killed,' said the coordinator, Lena Brandt. 'Two drivers died,' a nurse said."))
      .toEqual(['200 the coordinator', '2 a nurse']);
  });
});

describe("a release's header or signature, a numbered situation report and an acronym's headline credit the report", () => {
  it.each([
    ['Press release – Kestrel Relief Council. Floods killed 40 people in the delta this week.', ['40 Kestrel Relief Council']],
    ['Kestrel Relief Council – Press release. Floods killed 40 people in the delta this week.', ['40 Kestrel Relief Council']],
    ['PRESS RELEASE: The Command wishes to inform the public that bandits attacked Tudun village and abducted 7 persons. – ASP Grace Eze, Police Public Relations Officer.',
      ['7 ASP Grace Eze, Police Public Relations Officer']],
    ['NDMA SitRep No. 22 re: Monsoon rains. Deaths – 41; Injured – 63.', ['41 NDMA', '63 NDMA']],
    ['WFP: 1.2k dead of hunger in the northern provinces since the start of the year, most of them young children and the elderly',
      ['1200 WFP']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('takes no label for a body, no signature over a named speaker, and no place or label in capitals for a credit', () => {
    expect(sources('PRESS RELEASE: Bandits attacked Tudun village at dawn on Sunday and abducted 7 persons from their homes.')).toEqual(['7 null']);
    expect(sources('Press release – Kestrel Relief Council. Floods killed 40 people in the delta, the governor said.')).toEqual(['40 the governor']);
    expect(sources('Floods killed 40 people in the delta this week and the rains are expected to continue. – as reported earlier.')).toEqual(['40 null']);
    expect(sources('USA bulletin No. 2: Floods killed 40 people in the delta this week.')).toEqual(['40 null']);
    expect(sources('UK: 3 killed in a bus crash on the A9 near Perth this morning as heavy fog covered the whole of the region.')).toEqual(['3 null']);
    expect(sources('NOTE: 3 killed in a bus crash on the A9 near Perth this morning as heavy fog covered the whole of the region.')).toEqual(['3 null']);
  });
});

describe('"the group", "the organisation" stand for the body of that kind the report last named', () => {
  it.each([
    ['Al-Nusra militants overran an army post near the border on Monday, and the group said it had killed 20 soldiers.', ['20 Al-Nusra']],
    ['Red Kestrel fighters raided the camp at dawn. The group claimed to have killed 35 guards.', ['35 Red Kestrel']],
    ['Kestrel Aid teams in Port Ellis treated 40 wounded people, six of whom died, the organisation said in a statement.',
      ['40 Kestrel Aid', '6 Kestrel Aid']],
    ['Human Rights Watch interviewed survivors of the raid. The group said 12 civilians died.', ['12 Human Rights Watch']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('names no group from members described, an unnamed person or a later name, and lends no one to a figure stated by no one', () => {
    expect(sources('Gunmen stormed the school, and the group said it had abducted 30 pupils.')).toEqual(['30 the group']);
    expect(sources('Rebel fighters overran the town; the group said 15 soldiers died.')).toEqual(['15 the group']);
    expect(sources('A Somali military officer described the attack. The group claimed 40 soldiers were killed.')).toEqual(['40 The group']);
    expect(sources('The group said 9 fighters died. Later, Al-Nusra militants withdrew from the town.')).toEqual(['9 The group']);
    expect(sources('Al-Nusra militants stormed the base. Twelve soldiers died in the fighting.')).toEqual(['12 null']);
  });
});

describe('"by" agents: who put a figure at a number, never how it was counted', () => {
  it.each([
    ['In the 1820 rising the rebels lost more than 400 men, while Loyalist dead were later put at about 1,200 by the colonial historians.',
      ['400 null', '1200 the colonial historians']],
    ['Floods struck the valley in 1931, with the dead put at 75 by the provincial police.', ['75 the provincial police']],
    ['The 40 deaths recorded by the health ministry were all in the north.', ['40 the health ministry']],
    ['The 40 deaths documented by local journalists were all in the north.', ['40 local journalists']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('reads no method and no time as an agent', () => {
    expect(sources('Of the 512 deaths recorded by verbal autopsy, 80 were attributed to injuries.')).toEqual(['512 null', '80 null']);
    expect(sources('The 60 deaths were recorded by hand in the parish register.')).toEqual(['60 null']);
    expect(sources('The toll was put at 300 by Friday evening.')).toEqual(['300 null']);
    expect(sources('The toll was put at 300 by nightfall.')).toEqual(['300 null']);
  });
});

describe('a document that finds a count, and a year inside a claimant\'s name', () => {
  it.each([
    ['A national study found more than 1,900 deaths from silicosis among quarry workers.', ['1900 A national study']],
    ['The survey found 212 deaths among miners in the district.', ['212 The survey']],
    ['The 1921 census commissioners recorded 4,300 deaths from the fever.', ['4300 The 1921 census commissioners']],
    ["The colonial government's own 1931 inquiry acknowledged 12,000 deaths.", ["12000 The colonial government's own 1931 inquiry"]],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('lends the document to no figure of scholars after a semicolon', () => {
    expect(sources('The 1921 census commissioners recorded 4,300 deaths from the fever, a figure now seen as an undercount; most historians accept roughly 20,000 deaths.'))
      .toEqual(['4300 The 1921 census commissioners', '20000 most historians']);
    expect(sources('The 1921 census commissioners recorded 4,300 deaths from the fever; most historians think the toll was higher.'))
      .toEqual(['4300 The 1921 census commissioners']);
  });
  it('takes no searcher for a document, and no year after a preposition into a name', () => {
    expect(sources('Searchers found 12 bodies in the rubble.')).toEqual(['12 null']);
    expect(sources('Rescuers found 212 bodies in the mine.')).toEqual(['212 null']);
    expect(sources('In the 2019 floods the rains killed 12 people.')).toEqual(['12 null']);
    expect(sources('The 2019 floods killed 12 people.')).toEqual(['12 null']);
  });
});

describe('estimates and accounts no one is named for claim the figure they reach, as written', () => {
  it.each([
    ['The 1902 cyclone killed at least 2,100 people, although some estimates run as high as 6,000.', ['2100 null', '6000 some estimates']],
    ['The storm killed 40 people, the governor said, though other estimates run to 90.', ['40 the governor', '90 other estimates']],
    ['During three days of rioting in the spring of 1881, some 30 villagers were killed in the market town. Later accounts, however, spoke of as many as 80 dead.', ['30 null', '80 Later accounts']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('names no claimant for bare estimates, for a spread of estimates, nor for the figure before them', () => {
    expect(sources('Estimates run as high as 9,000 dead.')).toEqual(['9000 null']);
    expect(sources('The commission gave 17 dead; independent estimates range from 200 to 1,000 killed.')).toEqual(['17 The commission', '200 null']);
    expect(sources('The cyclone killed at least 2,100 people; some estimates run as high as 6,000.')).toEqual(['2100 null', '6000 some estimates']);
  });
});

describe('a body that reports receiving, treating or recovering a count states it', () => {
  it.each([
    ['14:05: Nasser hospital in Khan Younis reports receiving 22 of the dead and more than 50 wounded.', ['22 Nasser hospital in Khan Younis', '50 Nasser hospital in Khan Younis']],
    ['Police reported recovering 12 bodies from the river.', ['12 Police']],
    ['The field clinic said treating 35 wounded fighters overnight had exhausted its stocks.', ['35 The field clinic']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('takes nothing received that is no count of people, and lends the receiver to no other figure', () => {
    expect(sources('The hospital reported receiving donations from 40 families.')).toEqual([]);
    expect(sources('The ministry reports receiving requests from 40 families a day, and 3 people died in the fire on Sunday.')).toEqual(['3 null']);
  });
});

describe('a semicolon ends a credit: what follows is the next item of a list', () => {
  it.each([
    ['Two soldiers killed, five wounded in past day - JFO HQ;Marta Hlib', ['2 JFO HQ', '5 JFO HQ']],
    ['One serviceman killed in clashes with rebels: Kiev military;Oleh Dovhan;Iryna Savchuk', ['1 Kiev military']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
});

// Claimants, pass 2 (issue 12 item 6): speakers in the same sentence that an aside, an adjunct or a hearer kept apart.
describe('claimants, pass 2: a speaker set off after the figure goes on past its adjunct', () => {
  it.each([
    ['Divers have recovered at least 40 bodies from the reservoir, police said on Monday, and have so far identified 12 of them.', ['40 police', '12 police']],
    ['Rescuers pulled 19 bodies from the mud, the county said in a statement, and three people were still missing.', ['19 the county', '3 the county']],
    ['Unexploded shells have killed or maimed 230 people since the truce, the demining agency says, 41 of them fatally.', ['230 the demining agency', '41 the demining agency']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('carries the speaker past no full stop, and reads no count that is not a share of the one before', () => {
    expect(sources('Floods killed 40 people in the delta, officials said. 12 of them were children.')).toEqual(['40 officials']);
    expect(sources('Floods killed 40 people in the delta, officials said, 12 days after the storm.')).toEqual(['40 officials']);
  });
});

describe('claimants, pass 2: a hearer before "that", an adjunct between the verb and "that"', () => {
  it.each([
    ["Interior ministry spokesman Omar Vance told state television that 'only five' people had died in the unrest.", ['5 Interior ministry spokesman Omar Vance']],
    ['The governor told the Associated Press that 12 people were killed.', ['12 The governor']],
    ['The militia said, in a statement posted online, that its fighters had killed 22 soldiers.', ['22 The militia']],
    ['The rebels claimed, in a video on Sunday, that they had killed 15 troops.', ['15 The rebels']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('reads no "that" beyond a hearer of four words', () => {
    expect(sources('The mayor told voters on the campaign trail in the north that 12 people died.')).toEqual(['12 null']);
  });
});

describe('claimants, pass 2: an aside with a date or a model name between the subject and its verb', () => {
  it.each([
    ["Kenya's Transport Safety Board, in its final report on the 4 May crash of a Dash 8 near Kisumu, found that 12 of the 40 people on board were killed.",
      ["12 Kenya's Transport Safety Board"]],
    ['The coastguard, in its review of the 2019 sinking, found that 31 passengers drowned.', ['31 The coastguard']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('still ends the aside at a count inside it', () => {
    expect(sources('The board, in its report on 12 crashes, found that 30 people were killed.')).toEqual(['30 null']);
  });
});

describe('claimants, pass 2: other stating verbs and forms', () => {
  it.each([
    ['Police can now confirm the bodies of two hikers have been found.', ['2 Police']],
    ['The refugee agency fears that around 90 people who left on a fishing boat are dead.', ['90 The refugee agency']],
    ['Officials are saying 14 people died in the blast.', ['14 Officials']],
    ["CORRESPONDENT: The latest figure from the mayor's office is eight dead, and they're saying about two dozen were hurt.", ["8 the mayor's office", "24 the mayor's office"]],
    [".@CityPolice: 'We can confirm that 4 people have died.'", ['4 @CityPolice']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('takes no modal but "can", no noun "fears", and no fear of no body', () => {
    expect(sources('Police could not confirm the 12 deaths.')).toEqual([]);
    expect(sources('Rescuers searched on, amid fears that 30 miners had died.')).toEqual(['30 null']);
    expect(sources('There are fears that 30 people died.')).toEqual(['30 null']);
    expect(sources('Officials are saying little about the 12 dead.')).toEqual(['12 null']);
  });
});

describe('claimants, pass 2: an acronym with its article stands for the name it was defined for', () => {
  it('spells out "the NLF" after "the Northern Liberation Front (NLF)", not an acronym the text never defines', () => {
    expect(sources('A group calling itself the Northern Liberation Front (NLF) will release seven hostages, the NLF announced.'))
      .toEqual(['7 the Northern Liberation Front']);
    expect(sources('The army killed 300 Rapid Support Forces fighters on Monday. The RSF said it killed 40 soldiers.').at(-1)).toBe('40 The RSF');
  });
  it('spells out an acronym whose small words make the run longer than it', () => {
    expect(sources('GENEVA (ICRC) – The International Committee of the Red Cross said its teams have treated 1,300 weapon-wounded patients.'))
      .toEqual(['1300 The International Committee of the Red Cross']);
  });
});

describe('claimants, pass 2: a day or "at the time" between the subject and its verb', () => {
  it.each([
    ['Police on Monday said 12 people died in the fire.', ['12 Police']],
    ['The Red Cross on Friday night said 30 people were missing.', ['30 The Red Cross']],
    ['Harlan County Coroner Jo Pike on Thursday identified the three people killed in the house fire.', ['3 Harlan County Coroner Jo Pike']],
    ['The coroner on 3 May identified the three people killed.', ['3 The coroner']],
    ['Colonial officials at the time put the number of villagers killed in the raids on the northern valleys in March 1921 at 1,165.', ['1165 Colonial officials']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('reads no day of mourning as a statement, and reaches far for "at" only after "the number of"', () => {
    expect(sources('Russia on Monday mourned the deaths of hundreds of children.')).toEqual(['200 null']);
    expect(sources('Estimates now put the death toll from the earthquake in the northern city in 1976 at around 240,000.')).toEqual(['240000 null']);
  });
  it('still reads a named body on a day, and reaches no further than the first "at" for a count', () => {
    expect(sources('The Commission on Human Rights said 12 died.')).toEqual(['12 The Commission on Human Rights']);
    expect(sources('The fire put the lives of 300 residents of the tower blocks on the estate at risk.')).toEqual([]);
  });
});

describe('claimants, pass 2 (wire copy): a tie after the subject, a document and the journal that carried it', () => {
  it.each([
    ['A militant commander linked to the Kestrel Front said today he was holding three engineers hostage.', ['3 A militant commander linked to the Kestrel Front']],
    ['Around 40,000 civilians have been killed since the war began, said a study published Monday in the medical journal The Kestrel Review.',
      ['40000 a study published Monday in the medical journal The Kestrel Review']],
    ['Around 40,000 civilians have been killed since the war began, a report released on Monday in the weekly Port Ellis Times said.',
      ['40000 the weekly Port Ellis Times']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('reads "to" as a verb elsewhere, and no journal that is not named', () => {
    expect(sources('Officials were trying to recover 12 bodies.')).toEqual(['12 null']);
    expect(sources('Around 40,000 civilians have been killed, a report published in the journal said.')).toEqual(['40000 null']);
    expect(sources('Around 40,000 civilians have been killed, said a report published on Friday.')).toEqual(['40000 null']);
  });
});

describe('claimants, pass 2 (wire copy): a one-word proper name goes on speaking after ", saying"', () => {
  it('credits the name with the count its participle states, and no one with a participle that states none', () => {
    expect(sources('Veloria reported launching a new offensive east of the river, saying its troops had killed over 1,200 rebels.'))
      .toEqual(['1200 Veloria']);
    expect(sources('The armed forces dismissed the account, adding that only 3 soldiers were wounded.')).toEqual(['3 The armed forces']);
    expect(sources('Veloria launched a new offensive, saying it would kill anyone who resisted, and 12 soldiers died.')).toEqual(['12 null']);
  });
});

describe('claimants, pass 2: "its" pointing ahead, and a named owner\'s toll for an event', () => {
  it.each([
    ['According to its annual report, the Kestrel Forensic Foundation has exhumed 212 people from the pits and identified 80 of them.',
      ['212 the Kestrel Forensic Foundation', '80 the Kestrel Forensic Foundation']],
    ['According to their count, rescuers have recovered 40 bodies.', ['40 rescuers']],
    ["Veloria's official toll for the 2019 stadium crush stands at 96; press tallies of hospital statements put the dead at at least 140.",
      ['96 Veloria', '140 press tallies of hospital statements']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('points back when no subject follows, and takes no event\'s toll for an unnamed owner', () => {
    expect(sources('The Kestrel Foundation published its findings. According to its report, 40 people died.')).toEqual(['40 The Kestrel Foundation']);
    expect(sources("The storm's toll for the region stands at 40.")).toEqual(['40 null']);
  });
});

describe('the owner of figures, a reported count and a headline\'s time are read for who said it', () => {
  it.each([
    ["Some 4,000 civilians have been killed, according to the UN's count.", ['4000 the UN']],
    ["At least 40 people died, according to the army's latest figures.", ['40 the army']],
    ['Ceasefire violated 13 times in past 24 hours, one KIA reported - JFO HQ', ['1 JFO HQ']],
    ['Deadliest day for the garrison: 16 slain in raid', ['16 null']],
    ['Police: 12 dead in bus crash', ['12 Police']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
});

describe('a document a body calls its own speaks for itself', () => {
  it('keeps "the tribunal\'s own records", and reads the board behind "the board\'s preliminary report"', () => {
    expect(sources("The tribunal's own records list 2,100 executions.")).toEqual(["2100 The tribunal's own records"]);
    expect(sources("Four people died, according to the board's preliminary report.")).toEqual(['4 the board']);
  });
});
