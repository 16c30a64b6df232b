import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

function claims(text: string, source: string | null = null) {
  return figuresOf(text, source).map((f) => [f.low ?? f.high, f.source, f.outlet]);
}

describe('who states the figure', () => {
  it.each([
    ['Twelve people were killed in the blast, police said.', 'police'],
    ['Twelve people were killed in the blast, the regional governor said on Monday.', 'the regional governor'],
    ['The interior ministry said 12 people were killed.', 'The interior ministry'],
    ['Officials say at least 12 people have died.', 'Officials'],
    ['According to the Red Crescent, 12 people were killed.', 'the Red Crescent'],
    ['Twelve people were killed, according to local medics.', 'local medics'],
    ['Twelve people were killed, said Amina Yusuf, a district nurse.', 'Amina Yusuf'],
    ['The coast guard estimates that about 12 migrants drowned.', 'The coast guard'],
    ['Twelve people died, the provincial office told reporters.', 'the provincial office'],
    ['The toll was put at 12 dead by the harbour authority, which reported the fire.', null],
    ['Twelve villagers were killed, the army confirmed, raising the toll.', 'the army'],
    ['Police said, adding that 30 were injured, that the blast was deliberate.', 'Police'],
    ['The fighting has claimed more than 10,000 lives, the UN says.', 'the UN'],
    ['In total, the famine claimed between 1.5 and 2 million lives.', null],
    ['Rebels claimed to have killed 50 soldiers in the raid.', 'Rebels'],
  ])('%s -> %s', (text, source) => {
    expect(figuresOf(text)[0]?.source ?? null).toBe(source);
  });

  it('takes the nearest attribution that covers each figure', () => {
    expect(claims('While police put the toll at 22 dead, hospitals received 31 bodies, said Omar Said, a doctor.')).toEqual([
      [22, 'police', null], [31, 'Omar Said', null],
    ]);
    expect(claims('Kabul says 3 soldiers died, while rebel commanders say 40 soldiers were killed.')).toEqual([
      [3, 'Kabul', null], [40, 'rebel commanders', null],
    ]);
  });

  it('does not attribute a figure to a speaker whose words come later in another clause', () => {
    expect(claims('A blast killed 9 people on Friday, while officials said they were looking for the bombers.')).toEqual([[9, null, null]]);
  });

  it('lets a participle go on with what a speaker after "while" said', () => {
    expect(claims('Rebels reported a new offensive, while the army said it repelled the attack, killing 40 rebels.')).toEqual([[40, 'the army', null]]);
    expect(claims('While the governor said it was too early to know, 40 people have been buried.')).toEqual([[40, null, null]]);
  });

  it('keeps the claimant and the outlet apart', () => {
    expect(claims('The spy agency told lawmakers that 300 soldiers were killed, Yonhap reported.')).toEqual([[300, 'The spy agency', 'Yonhap']]);
    expect(claims('The agency said 300 soldiers were killed. Source: Daily Courier')).toEqual([[300, 'The agency', 'Daily Courier']]);
  });

  it('resolves pronouns and role nouns to the last named claimant', () => {
    expect(claims('The Health Ministry gave new figures on Friday. It said 40 people were killed.')).toEqual([[40, 'The Health Ministry', null]]);
    expect(claims('Governor Ana Ruiz spoke to reporters. "We have lost 14 people," she said.')).toEqual([[14, 'Governor Ana Ruiz', null]]);
    expect(claims('Minister Lee Min said 9 died. He said another 30 people were wounded.')).toEqual([
      [9, 'Minister Lee Min', null], [30, 'Minister Lee Min', null],
    ]);
    expect(claims('The Gaza health ministry issued a bulletin. Some 60 people died overnight, the ministry added.')).toEqual([
      [60, 'The Gaza health ministry', null],
    ]);
    expect(claims('The Tigray health ministry said 12 died. Another 60 people died overnight, the ministry added.')).toEqual([
      [12, 'The Tigray health ministry', null], [60, 'The Tigray health ministry', null],
    ]);
  });

  it('gives a quotation the attribution that closes it', () => {
    expect(claims('"Four men were killed at dawn. Two more are missing," the mayor said.')).toEqual([
      [4, 'the mayor', null], [2, 'the mayor', null],
    ]);
  });

  it('uses a dateline agency only when nobody else is named', () => {
    expect(claims('HARARE (Reuters) - Floods killed 30 people on Sunday.')).toEqual([[30, 'Reuters', null]]);
    expect(claims('HARARE (Reuters) - Floods killed 30 people on Sunday, police said.')).toEqual([[30, 'police', 'Reuters']]);
  });

  it('leaves out a dateline that runs into the subject without its dash', () => {
    expect(claims('KABUL A preliminary police report said nine people were killed.')).toEqual([[9, 'A preliminary police report', null]]);
    expect(claims('NEW DELHI The home ministry said 14 people died in the floods.')).toEqual([[14, 'The home ministry', null]]);
    expect(claims('NATO Secretary General Mark Ruud said 14 soldiers died.')).toEqual([[14, 'NATO Secretary General Mark Ruud', null]]);
  });

  it('gives a headline the claimant of the body', () => {
    expect(claims('Floods kill 30 in Harare. Floods killed 30 people on Sunday, police said.')).toEqual([
      [30, 'police', null], [30, 'police', null],
    ]);
  });

  it('reads a headline credit after a colon or dash', () => {
    expect(claims('Around 300 soldiers killed in border fighting: Seoul spy agency')).toEqual([[300, 'Seoul spy agency', null]]);
    expect(claims('Five soldiers killed in night combat - militia')).toEqual([[5, 'militia', null]]);
  });

  it('falls back to the source column', () => {
    expect(claims('Floods killed 30 people on Sunday.', 'Harare Herald')).toEqual([[30, 'Harare Herald', null]]);
  });
});

// Phrase families of who says it (issue 12 item 6): each family has positives and a negative.
function sourceOf(text: string, source: string | null = null): string | null {
  return figuresOf(text, source)[0]?.source ?? null;
}

describe('attribution families', () => {
  it.each([
    // trailing attribution, with its adjuncts
    ['Nine fishermen drowned off the cape, according to coast guard figures.', 'coast guard figures'],
    ['Nine fishermen drowned off the cape, the fisheries ministry said in a statement on Tuesday.', 'the fisheries ministry'],
    ['Nine fishermen drowned off the cape, officials said here on Wednesday.', 'officials'],
    ['Nine fishermen drowned, port minister omar tell told local radio.', 'port minister omar tell'],
    // a weekday between the claimant and its verb is not part of the name
    ['Nine fishermen drowned off the cape, police Monday said.', 'police'],
    ['Officials Tuesday put the death toll at 40.', 'Officials'],
    // headline credits, leading and trailing
    ['Police: 12 dead in market fire', 'Police'],
    ['UN: 40 civilians killed in shelling of Tarvel', 'UN'],
    ['Forty civilians killed in shelling of Tarvel – officials', 'officials'],
    // a relative clause describes the speaker; the speaker is who it describes
    ['At least 26 people died, a nurse who took part in the rescue said.', 'a nurse'],
    ['The doctor who treated them said 12 people died.', 'The doctor'],
    
    // a count before "reported" is what was counted; a name never ends in a preposition
    ['SIX REPORTED WOUNDED IN GENERAL STRIKE.', null],
    ['He spoke when asked about reports that 3 hostages were freed.', null],
    ['The Ministry of Defence regrets to announce that two soldiers died.', 'The Ministry of Defence'],
    // "press" before a role is a body's own voice, not a news outlet
    ['Three soldiers died, the press service of the regional governor said.', 'the press service of the regional governor'],
    // a lower-case credit after a dash ends in a body, a role or a witness
    ['One soldier killed by land mine in the east - regional chief', 'regional chief'],
    ['Two militiamen killed in shelling - operations command', 'operations command'],
    ['Three civilians killed in the city: city hall', 'city hall'],
    ['Four killed as shells hit a playground - eyewitnesses', 'eyewitnesses'],
    ['Two killed in market blast - local time', null],
    // a count opens the sentence's subject: it is what was counted, never a name to resolve a role to
    ['Ten Kiev soldiers killed in attack on positions - military source', 'military source'],
    // an event and its place before a colon are no credit
    ['Escalation in the east: Nine soldiers killed', null],
    // a body's stance on deaths it names states their count; deaths told apart stay the reporter's
    ['The Government deeply regrets the loss of 9 lives in the fire.', 'The Government'],
    ['The UN condemned the killing of 30 civilians in the raid.', 'The UN'],
    ['The ministry mourns the deaths of 12 soldiers.', 'The ministry'],
    ['The UN condemned the attack, which killed 30 civilians.', null],
    // a time opening the sentence is no fuller name of the speaker after it
    ['The day before, the Kestrel Times, citing a senior army officer, wrote that 300 soldiers had died.', 'a senior army officer'],
    ['A week later, the Red Cross, citing local doctors, said 40 people had died.', 'the Red Cross'],
    // a body that says what others reported states it; an outlet passes it on; the claimer claims
    ['In a statement, the Kestrel city council said that witnesses have reported 300 people have died.', 'the Kestrel city council'],
    ['Radio Kestrel said police reported 12 deaths.', 'police'],
    ['The army said the rebels claimed 40 soldiers died.', 'the rebels'],
    // a wire ticker's angle brackets are no part of the name
    ['One miner died in the fire, <Norvale Mining Inc> said.', 'Norvale Mining Inc'],
    // what follows a colon holds the count, so it is the headline, not its credit
    ['Refugees: Fate of Hundreds Unknown', null],
    ['Camp fire: Fate of Two Guards Unknown', null],
    // appositives: the fullest name, not the description
    // ... with the role that says whom the speaker speaks for
    ['Jane Roe, a spokeswoman for the Red Crescent, said 12 people were killed.', 'Jane Roe, a spokeswoman for the Red Crescent'],
    ['Omar Tell, the senior medical officer at Kestrel General Hospital, told reporters 8 patients died.', 'Omar Tell, the senior medical officer at Kestrel General Hospital'],
    ['Ana Ruiz, head of the regional disaster agency, said 30 villagers were missing.', 'Ana Ruiz, head of the regional disaster agency'],
    ['Ana Ruiz, a teacher from the village, said 30 villagers were missing.', 'Ana Ruiz'],
    ['The Tarland Ministry of Health, run by the interim council, announced that 37 people had been killed.', 'The Tarland Ministry of Health'],
    ['Radio Kestrel, a regional broadcaster, reported on Monday that 15 miners were killed.', 'Radio Kestrel'],
    ['The Harbour Authority, as reported by the Courier, estimates that 14 crew members are missing.', 'The Harbour Authority'],
    // inside what a speaker says, an agent only describes a figure: the speaker states it
    ['The army said the toll given by the rebels was inflated and that fewer than 40 soldiers died.', 'The army'],
    ['The toll given by the rebels was 40 dead.', 'the rebels'],
    // who counted the dead states the count, whoever relays it
    ['The agency has verified 212 civilian deaths, a spokesman said.', 'The agency'],
    ['Coroners identified 14 of the dead, a reporter said.', 'Coroners'],
    ['Police identified 3 suspects in the shooting that killed 12.', null],
    ['The UN rights office said it had verified 1,842 civilian deaths.', 'The UN rights office'],
    ['The Kestrel Casualty Project, which tallies deaths from press reports, has documented between 4,300 and 4,800 civilian deaths.', 'The Kestrel Casualty Project'],
    ['The observatory recorded more than 300 deaths in the province.', 'The observatory'],
    // a body that changes its own toll states it; an event that raises a toll states nothing
    ['The island government raised the official toll to 51 from 34.', 'The island government'],
    ['The WHO revised its estimate to 40 deaths.', 'The WHO'],
    ['Officials lowered the death toll to 12 on Friday.', 'Officials'],
    ['The storm raised the death toll to 40.', null],
    ['Heavy rain raised the river by 3 metres and 2 people drowned.', null],
    // the basis a body cites is not its speaker; the source an outlet cites is
    ['The agency revised its toll to 2,975, citing a university study.', 'The agency'],
    ['Radio Kestrel reported 12 deaths, citing police.', 'police'],
    // "reports" as the object of a verb names no speaker
    ['The governor denied reports that 300 people had died, saying 41 bodies were recovered.', null],
    // speakers set off by dashes or brackets, and "(per X)"
    ['Twelve people – the mayor said – died when the bridge collapsed.', 'the mayor'],
    ['Twelve people were killed (the mayor said) in the collapse.', 'the mayor'],
    ['Forty civilians killed in shelling of Tarvel – Tarland Ministry of Defence.', 'Tarland Ministry of Defence'],
    ['At least 4,100 people were killed in the siege (per the health ministry).', 'the health ministry'],
    // "X quoted Y as saying": Y
    ['Kim quoted the coast guard as saying that 12 fishermen were missing.', 'the coast guard'],
    // subject of a relative clause, or of the first of two joined verbs
    ['A militant group that claimed to have seized four engineers posted a video.', 'A militant group'],
    ['Talks resumed after a walkout by rebels who accused the army of killing 75 villagers.', 'rebels'],
    ['Police released a photo of the van and said it had killed seven people.', 'Police'],
    // claims and findings with a clause
    ['The Kestrel Front claims kidnapping of 40 pupils.', 'The Kestrel Front'],
    ['Hospital records show that 40 patients died in the heat wave.', 'Hospital records'],
    ['The observatory documented the deaths of 212 civilians in the province.', 'The observatory'],
    ['Figures from the Red Cross show that 12 aid workers were killed.', 'the Red Cross'],
    ['As per the assessment of the Tarland intelligence service, provided to the paper by an aide, 300 died.', 'the Tarland intelligence service'],
    // acronyms stay names
    ['WHO said 12 health workers were killed.', 'WHO'],
    ['IS claimed to have killed 3 soldiers near the border.', 'IS'],
    ['Some 20 villagers were killed, according to OCHA.', 'OCHA'],
    ['Some 20 villagers were killed, according to the U.N. agency for refugees.', 'the U.N. agency for refugees'],
    // no trailing full stop or brackets on a claimant
    ['Six people were killed. This was stated by the Varna regional council .', 'the Varna regional council'],
    // situation reports: the source in brackets at the end of the sentence
    ['Between 3 and 9 June, 14 people were killed in shelling of residential areas (UNHCR).', 'UNHCR'],
    ['Four aid workers were injured when their convoy was hit (Logistics Cluster).', 'Logistics Cluster'],
    ['Two children drowned in the flooded camp near Tarvel (Regional Health Directorate).', 'Regional Health Directorate'],
    ['The toll among health workers has risen to 61, including 9 nurses (MoPH).', 'MoPH'],
    // a speaker after a semicolon, glued to the word before it
    ['The barge sank with 40 people aboard; the river police said 9 bodies had been found.', 'the river police'],
    // humanitarian verbs of counting: verified, attributed
    ['Monitors verified the killing of 31 children in the first half of the year.', 'Monitors'],
    ['The district coroner attributed 8 deaths to carbon monoxide.', 'The district coroner'],
    // "X said, with ...": the absolute clause goes on with what X said
    ['Nine people died in the fire, firefighters said, with 14 others treated for burns.', 'firefighters'],
  ])('%s -> %s', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });

  it.each([
    // a place before a colon is not a source
    'Syria: 12 killed in market blast',
    'BAGHDAD : At least six people were killed in two car bombings in the capital while crowds gathered for prayers.',
    // "per" of rates
    'Cholera killed 120 people in the camp, 12 per day.',
    // passives name no speaker
    'Two civilians were said to have been injured in the crossfire.',
    // what a speaker says inside "While ..., " ends at its comma
    'While the governor said it was too early to know, at least 40 people have been buried.',
    // "X said, “...”" covers the quotation, not what came before
    'On the video of two wounded soldiers, Lee said, “Nobody has asked to come here.”',
    // an object that states no figure
    'The city announced a curfew after the blast which killed 12 people.',
    'The president has announced a series of reforms since the siege in which 300 people died.',
    // a claim of a deed, a discovery
    'A rebel commander has claimed responsibility for the siege, during which more than 320 hostages were killed.',
    'Searchers found 10 more bodies on Tuesday in the debris.',
    // information nouns name no one (but unnamed reports are claimants as written: leftover-families.test.ts)
    'According to the latest information, 13 people injured in the attack were taken to hospital.',
    'A message posted on a website said 2 engineers had been kidnapped.',
    // a long description is not a claimant
    'Rescue teams working through the night in the flooded lower districts of the old town found that 9 people had drowned.',
    // brackets that are a place, an expansion, a wire service or a remark; the harm itself as the subject
    'Two soldiers were killed in an ambush near Bunia (DRC).',
    'Four soldiers were killed by Jamaat Nasr al-Islam (JNIM).',
    'Four soldiers were killed in an ambush (unconfirmed).',
    'No fatalities reported. A crowd of 300 had gathered. Later 2 people died.',
    'Casualty estimates vary from 3,000 to 5,000.',
    // words that name no one as the subject of a verb of saying
    'Other estimates ranged as high as 500 dead.',
    'Death toll: 3,100 (official); 4,000 dead (other estimates)',
  ])('%s -> no claimant', (text) => {
    expect(figuresOf(text).length).toBeGreaterThan(0);
    expect(sourceOf(text)).toBeNull();
  });

  it('reads no claimant from a count of harm, and keeps wire services in brackets to the dateline', () => {
    expect(claims('On 4 May, gunmen burned 20 shops in the market. No fatalities reported.')).toEqual([[0, null, null]]);
    expect(sourceOf('Three killed in market blast (AFP). AFP - Three people were killed in a blast, police said.')).toBe('police');
  });

  it('gives a speaker set off by dashes or brackets the whole sentence', () => {
    expect(claims('Twelve people were killed – the mayor said – and 30 were wounded.')).toEqual([[12, 'the mayor', null], [30, 'the mayor', null]]);
    expect(claims('Twelve people were killed (the mayor said) and 30 were wounded.')).toEqual([[12, 'the mayor', null], [30, 'the mayor', null]]);
  });

  it('keeps named bodies whose name holds an information noun', () => {
    expect(sourceOf('More than 3,000 people were killed under the junta, an official report said.')).toBe('an official report');
    expect(sourceOf('Media reports said at least nine had died.')).toBe('Media reports');
    expect(sourceOf('Initial government estimates suggested that 300 people died.')).toBe('Initial government estimates');
  });
});

describe('the subject of the main clause goes on to speak: "…, saying 12 died"', () => {
  it.each([
    ['The provincial disaster authority denied the reports, saying 12 bodies had been recovered so far.', 'The provincial disaster authority'],
    ['The army rejected the claim, saying 12 soldiers had been killed.', 'The army'],
    ['Rebels attacked a convoy near the river, claiming to have killed 20 soldiers.', 'Rebels'],
    ['The armed forces dismissed the account, adding that only 3 soldiers were wounded.', 'The armed forces'],
  ])('%s -> %s', (text, source) => {
    expect(figuresOf(text)[0]?.source ?? null).toBe(source);
  });

  it.each([
    // An event is no speaker, and a participle of harm is no speech.
    'Heavy rain lashed the coast, adding to the misery of 3,000 families and leaving 4 dead.',
    'The storm struck at dawn, killing 12 people.',
    // Nothing said states a figure: a dateline still credits the rest ("holding three hostages").
    'KABUL (Reuters) - A splinter group holding three aid workers hostage issued demands, saying it would kill one captive.',
  ])('names no speaker: %s', (text) => {
    expect(figuresOf(text).map((f) => f.source).filter((s) => s !== null && s !== 'Reuters')).toEqual([]);
  });

  it('keeps the dateline when what is said holds no figure', () => {
    expect(figuresOf('KABUL (Reuters) - A splinter group holding three aid workers hostage issued demands, saying it would kill one captive.')[0]?.source).toBe('Reuters');
  });
});

describe('a speaker set off between commas goes on after "and"', () => {
  it('covers the clause after "and" too', () => {
    expect(claims('The number of dead has climbed to 135, the health minister told local television, and some 5,000 people were hurt.')).toEqual([
      [135, 'the health minister', null], [5000, 'the health minister', null],
    ]);
    expect(claims('Twelve people died, the governor said, and 40 were injured.')).toEqual([[12, 'the governor', null], [40, 'the governor', null]]);
  });

  it('leaves the clause after "and" to a speaker of its own', () => {
    expect(claims('Twelve people died, police said, and the army said 40 soldiers were wounded.')).toEqual([[12, 'police', null], [40, 'the army', null]]);
  });

  it('covers only what comes before when the sentence goes on without "and"', () => {
    expect(claims('Twelve people died, the governor said, while 40 others were hurt in a separate crash.')).toEqual([[12, 'the governor', null], [40, null, null]]);
  });
});

describe('a body that takes back its own figure states it', () => {
  it.each([
    ['Kareli district administrator Ravi Menon retracted his earlier figure of 50 dead.', 'Kareli district administrator Ravi Menon'],
    ['The health ministry withdrew its earlier figure of 50 dead.', 'The health ministry'],
    ['Police later retracted the figure of 30 killed.', 'Police'],
  ])('%s -> %s', (text, source) => {
    const [figure] = figuresOf(text);
    expect([figure?.source, figure?.revision]).toEqual([source, 'retracted']);
  });

  it('not when what is withdrawn is no toll', () => {
    expect(figuresOf('The army withdrew 300 troops after 12 soldiers were killed.')[0]?.source ?? null).toBe(null);
  });
});

describe('a participle after a preposition names no speaker', () => {
  it.each([
    ['The number of confirmed fatalities rose to 96, up from 71, according to the district health office.', 'the district health office'],
    ['The tally of recorded deaths reached 80, the ministry said.', 'the ministry'],
    ['A list of reported deaths put the toll at 33.', null],
    // A say verb after a name still names its speaker.
    ['The Ministry of Health confirmed 14 deaths.', 'The Ministry of Health'],
  ])('%s -> %s', (text, source) => {
    expect(figuresOf(text)[0]?.source ?? null).toBe(source);
  });
});

describe('a bracketed source with the date of its figures', () => {
  it.each([
    ['- 31 people killed and 88 injured in the district since 4 May (Health Cluster, 9 May)', 'Health Cluster'],
    ['Six civilians were killed in shelling (OCHA, as of 2 July 2024).', 'OCHA'],
    ['Four children died of cholera (WHO, 11 March).', 'WHO'],
    // A place and a date name no source; a count after the comma is no date.
    ['Six civilians were killed near the market (Kidal, 2 July).', null],
    ['Two aid workers died (Health Ministry, 14 people injured).', null],
  ])('%s -> %s', (text, source) => {
    expect(figuresOf(text)[0]?.source ?? null).toBe(source);
  });
});

describe('a body described by an aside at the end of the sentence', () => {
  it.each([
    ['Eleven fighters were killed in the clashes, the Kestrel Monitor, a London-based watchdog, reported.', 'the Kestrel Monitor'],
    ['Nine people were killed, the Observatory, a war monitor, said.', 'the Observatory'],
    ['Nine people were killed, Jane Roe, a spokeswoman for the army, said.', 'Jane Roe, a spokeswoman for the army'],
    // A clause before the name is no part of it.
    ['Nine people were killed and ten were hurt, the group, a local charity, said.', 'the group'],
  ])('%s -> %s', (text, source) => {
    expect(figuresOf(text)[0]?.source ?? null).toBe(source);
  });
});

describe('a source of figures closing the sentence with "show"', () => {
  it.each([
    ['Forty-one aid workers were killed last year, the Field Safety Register shows.', 'the Field Safety Register'],
    ['Nine patients died of the infection, hospital records show.', 'hospital records'],
    ['Nine patients died of the infection, figures from the ministry showed.', 'the ministry'],
    // Not a source: a clause of its own, or no comma before it.
    ['Nine patients died, as the photos show.', null],
    ['Nine patients died in the fire that the film shows.', null],
  ])('%s -> %s', (text, source) => {
    expect(figuresOf(text)[0]?.source ?? null).toBe(source);
  });
});

describe('speaking of a figure', () => {
  it.each([
    ['Early chronicles speak of 500 to 700 dead.', 'Early chronicles'],
    ['Witnesses spoke of dozens of dead in the square.', 'Witnesses'],
    ['Residents talked of 40 bodies in the river.', 'Residents'],
    // Speaking without "of" states no figure.
    ['The minister spoke to reporters after 12 people were killed.', null],
  ])('%s -> %s', (text, source) => {
    expect(figuresOf(text)[0]?.source ?? null).toBe(source);
  });
});
