#!/usr/bin/env node
// node scripts/ucdp-agreement.mjs [EXPORT.csv] [--toll PATH/bin/toll.js] [--misses N]
// How far toll agrees with a UCDP GED export: each event's headlines (source_headline, one per
// article, outlet from source_office, date from source_date) become reports of that event; toll
// reconciles the figures it finds in them, per event; the coded `best` is compared with the range
// toll's current killed estimates allow. UCDP's own coded claim is not entered (no --preset): only
// figures read from text count. The export is read as cp1252, as UCDP ships it.
// "Best inside range" is over events where toll finds a killed figure of the event's own scope.
// Prints counts only; --misses N lists N event ids where best fell outside (ids, not headlines).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? null : args.splice(i, 2)[1];
};
const toll = resolve(option('--toll') ?? join(root, 'bin/toll.js'));
const misses = Number(option('--misses') ?? 0);
const exportPath = args[0] ?? resolve(root, '../shared/conflict-exports/peacerep_ukraine-map__UCDP-Ukraine.csv');

const rows = parse(fromCp1252(readFileSync(exportPath)), { columns: true, relax_column_count: true });

// Headlines, outlets and dates are parallel lists separated by ";". A headline holding ";" itself
// would shift them: such events keep the headlines and take the first outlet and date.
const reports = [];
const events = new Map();
const readers = new Map(); // headline → events that cite it
for (const row of rows) {
  const headlines = row.source_headline.split(';').map((h) => h.trim()).filter(Boolean);
  const offices = row.source_office.split(';');
  const dates = row.source_date.split(';');
  const aligned = offices.length === headlines.length && dates.length === headlines.length;
  events.set(row.id, { id: row.id, best: Number(row.best), headlines, days: daysCovered(row.date_start, row.date_end) });
  headlines.forEach((headline, i) => {
    reports.push({ id: `${row.id}#${i}`, event: row.id, text: headline, outlet: (aligned ? offices[i] : offices[0]).trim(), date: (aligned ? dates[i] : dates[0]).trim() });
    readers.set(headline, (readers.get(headline) ?? new Set()).add(row.id));
  });
}

// A headline "states a number of dead" when a count (digits, a number word, dozens/scores/hundreds)
// stands within three words of a word for death. Independent of toll's own rules on purpose.
const COUNT = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?|scores?|hundreds|thousands?)`;
const DEATH = String.raw`(?:killed|kills?|killing|dead|die[sd]?|dying|deaths?|toll|lives|bodies|slain|perish(?:ed|es)?|executed|massacred?)`;
const STATES_DEAD = new RegExp(String.raw`\b${COUNT}\b(?:\W+\w+){0,3}?\W+${DEATH}\b|\b${DEATH}\b(?:\W+\w+){0,3}?\W+${COUNT}\b`, 'i');

const work = mkdtempSync(join(tmpdir(), 'toll-ucdp-'));
let result;
try {
  const input = join(work, 'headlines.csv');
  const quote = (s) => `"${s.replaceAll('"', '""')}"`;
  writeFileSync(input, ['id,event,text,outlet,date', ...reports.map((r) => [r.id, r.event, r.text, r.outlet, r.date].map(quote).join(','))].join('\n'));
  // A toll without --event-column (before it existed) groups per record, with the event as the record id.
  const help = execFileSync(process.execPath, [toll, 'reconcile', '--help'], { encoding: 'utf8' });
  const grouping = help.includes('--event-column') ? ['--id-column', 'id', '--event-column', 'event'] : ['--id-column', 'event', '--per-record'];
  const output = execFileSync(process.execPath, [toll, 'reconcile', '--quiet', '--format', 'json', '--group-by', 'category',
    '--text-column', 'text', '--source-column', 'outlet', '--date-column', 'date', ...grouping, input], { encoding: 'utf8', maxBuffer: 1 << 30 });
  result = JSON.parse(output);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// Per event: the counts toll's current killed estimates allow (their bounds' hull), and the
// lowest to highest number stated. Groups of another scope (a 24-hour count, a year's total,
// another incident: group.scope set) are figures toll found but lists apart: they are not
// estimates of this event, so they count as found but take no part in the range. One exception:
// UCDP codes some events as a week or a month (date_start to date_end, usually a whole region's
// tally); a count "over the past week" is then of the event's own scope. A day is not matched: a
// 24-hour count is mostly a whole front's, the one-day event one place's.
const found = new Map();
const foundApart = new Set();
// Events whose every claim is a party's count of its enemy's dead: UCDP's coders discount those most.
const enemyOnly = new Set();
for (const group of result.groups) {
  const event = group.record;
  if (group.category !== 'killed' || event == null) continue;
  const claims = group.rows.flatMap((row) => row.claims);
  if (claims.length === 0) continue;
  if (group.rows.every((row) => row.party === 'enemy_losses' || row.claims.length === 0)) enemyOnly.add(event);
  if (group.scope != null && !spansEvent(group.scope, events.get(event).days)) {
    foundApart.add(event);
    continue;
  }
  const range = found.get(event) ?? { low: Infinity, high: -Infinity, statedLow: Infinity, statedHigh: -Infinity };
  for (const claim of claims) {
    range.low = Math.min(range.low, claim.bounds.low);
    range.high = Math.max(range.high, claim.bounds.high ?? Infinity);
    for (const n of [claim.low, claim.high]) {
      if (n === null) continue;
      range.statedLow = Math.min(range.statedLow, n);
      range.statedHigh = Math.max(range.statedHigh, n);
    }
  }
  found.set(event, range);
}

const tally = () => ({ events: 0, statesDead: 0, foundAny: 0, found: 0, foundWhereStated: 0, inside: 0, insideStated: 0 });
const tallies = { all: tally(), 'one headline': tally(), 'several headlines': tally(), 'headlines of this event only': tally(), 'a headline shared with other events': tally() };
const outside = [];
let outsideEnemyOnly = 0;
// UCDP codes a party's count of its enemy's dead as a floor of its own (best 0–2, the claim as high):
// the agreement on the other events says how far toll's range holds where the text can give the best.
const otherThanEnemyOnly = { found: 0, inside: 0 };
for (const event of events.values()) {
  const states = event.headlines.some((h) => STATES_DEAD.test(h));
  const range = found.get(event.id);
  const any = range !== undefined || foundApart.has(event.id);
  const inside = range !== undefined && range.low <= event.best && event.best <= range.high;
  const insideStated = range !== undefined && range.statedLow <= event.best && event.best <= range.statedHigh;
  const shared = event.headlines.some((h) => readers.get(h).size > 1);
  const kinds = ['all', event.headlines.length === 1 ? 'one headline' : 'several headlines', shared ? 'a headline shared with other events' : 'headlines of this event only'];
  for (const kind of kinds) {
    const t = tallies[kind];
    t.events++;
    if (states) t.statesDead++;
    if (any) t.foundAny++;
    if (range) t.found++;
    if (any && states) t.foundWhereStated++;
    if (inside) t.inside++;
    if (insideStated) t.insideStated++;
  }
  if (range && !inside && enemyOnly.has(event.id)) outsideEnemyOnly++;
  if (range && !enemyOnly.has(event.id)) {
    otherThanEnemyOnly.found++;
    if (inside) otherThanEnemyOnly.inside++;
  }
  if (range && !inside) outside.push(`${event.id} best ${event.best} range ${range.low}–${range.high === Infinity ? '∞' : range.high}`);
}

/** Node 20's one-shot windows-1252 decode takes a latin1 shortcut (0x92 → U+0092, not ’); streaming decodes the whole table. */
function fromCp1252(bytes) {
  const decoder = new TextDecoder('windows-1252');
  return decoder.decode(bytes, { stream: true }) + decoder.decode();
}

/** Days from date_start to date_end, both counted ('1/18/2016 12:00:00 AM', '06/04/2015 00:00': month first). */
function daysCovered(start, end) {
  const day = (date) => {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(date ?? '');
    return m ? Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2])) : null;
  };
  const [from, to] = [day(start), day(end)];
  return from === null || to === null ? null : (to - from) / 86_400_000 + 1;
}

/** A scope that is only a period of a week or more ('1 week', '7 days', '1 month') as long as the event (a day either way). */
function spansEvent(scope, days) {
  const m = /^(\d+) (days?|weeks?|months?)$/.exec(scope);
  if (!m || days === null) return false;
  const n = Number(m[1]);
  const length = m[2].startsWith('day') ? n : m[2].startsWith('week') ? 7 * n : 30 * n;
  return length >= 7 && Math.abs(length - days) <= (m[2].startsWith('month') ? 2 * n : 1);
}

const pct = (a, b) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)} %`);
console.log(`UCDP agreement: ${exportPath.split('/').pop()}, ${events.size} events, ${reports.length} headlines (toll: ${toll})`);
console.log('events | events | headline states dead | toll finds killed (any scope) | of those stating dead | toll finds killed of the event\'s scope | best inside range | best inside min–max stated');
for (const [kind, t] of Object.entries(tallies)) {
  console.log(`${kind} | ${t.events} | ${t.statesDead} | ${t.foundAny} | ${t.foundWhereStated} (${pct(t.foundWhereStated, t.statesDead)}) | ${t.found} | ${t.inside} (${pct(t.inside, t.found)}) | ${t.insideStated} (${pct(t.insideStated, t.found)})`);
}
console.log(`best outside the range: ${outside.length} events, ${outsideEnemyOnly} of them stated only by a party counting its enemy's dead (flagged ⚑ party, enemy)`);
console.log(`best inside the range, leaving those out: ${otherThanEnemyOnly.inside} of ${otherThanEnemyOnly.found} (${pct(otherThanEnemyOnly.inside, otherThanEnemyOnly.found)})`);
for (const line of outside.slice(0, misses)) console.log(`outside: ${line}`);
