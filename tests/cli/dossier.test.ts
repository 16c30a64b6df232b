// A made-up dossier on one event, written with its expected table first: a port explosion whose
// toll one ministry raises over four days in several wordings (ministry, minister, spokesman),
// carried by three outlets; a reporter's outlier; a figure later retracted. One body, one row; its
// current figure with the ones it replaced marked; the retraction shown and never compared, its row
// still saying when and where it was stated.
import { describe, expect, it } from 'vitest';
import { toll } from './helpers.js';

const DOSSIER = `id,date,outlet,text
p1,2024-05-06,Harbour Post,"An explosion at the port killed 40 people on Monday, the Coastal Health Ministry said."
p2,2024-05-07,Coastal Wire,"The health ministry said on Tuesday that 96 people had died in Monday's explosion."
p3,2024-05-07,Daily Ledger,"Reporters at the scene counted 4,000 dead in the port district."
p4,2024-05-08,Coastal Wire,"The death toll rose from 96 to 190, Health Minister Rana Haddad said."
p5,2024-05-08,Daily Ledger,"Port authority officials said 205 people were killed in the blast."
p6,2024-05-09,Harbour Post,"The toll rose to 212, up from 190, according to the ministry's spokesman."
p7,2024-05-09,Coastal Wire,"The Coast Guard said 60 people were killed, a figure it later retracted."
`;
const ARGS = ['--quiet', '--input-format', 'csv', '--id-column', 'id', '--date-column', 'date', '--source-column', 'outlet'];

describe('a dossier: one body revising its toll, quoted by several outlets', () => {
  it('shows one row per body with its current figure, the digest line, the revision and the retraction', () => {
    expect(toll(ARGS, { input: DOSSIER }).stdout).toBe(
      `people — killed  ⚠ CONFLICT, spread 19.5×
latest: 212 (the Coastal Health Ministry, 9 May 2024); range of current estimates 205–212; 1 outlier (4,000 counted, a reporter's figure (Reporters at the scene)); 1 taken back (denied or retracted) — see --explain
range: 205–4,000
✗ the Coastal Health Ministry (212) vs Reporters at the scene (4,000 counted): 18.9× apart, cannot both hold
✗ Reporters at the scene (4,000 counted) vs Port authority (205): 19.5× apart, cannot both hold
✓ the Coastal Health Ministry (212) vs Port authority (205): 1.0× apart, could both hold: Port authority spoke 1 day earlier, and tolls rise
┌─────────────────────────────┬───────────────┬────────────┬───────┬─────────┬──────┬────────────────────────┐
│ Source                      │ Estimate      │ Stated     │ Event │ Reports │ Docs │ Flag                   │
├─────────────────────────────┼───────────────┼────────────┼───────┼─────────┼──────┼────────────────────────┤
│ the Coastal Health Ministry │ 212           │ 2024-05-09 │       │       1 │ p6   │ ⚠ CONFLICT · ↻ was 190 │
│ Reporters at the scene      │ 4,000 counted │ 2024-05-07 │       │       1 │ p3   │ ⚠ CONFLICT             │
│ Port authority              │ 205           │ 2024-05-08 │       │       1 │ p5   │ ⚠ CONFLICT             │
│ The Coast Guard             │ —             │ 2024-05-09 │       │       1 │ p7   │ ✗ retracted 60         │
└─────────────────────────────┴───────────────┴────────────┴───────┴─────────┴──────┴────────────────────────┘
`,
    );
  });

  it('lists the ledger with --history, event days apart from the days stated', () => {
    expect(toll([...ARGS, '--history'], { input: DOSSIER }).stdout).toBe(
      `people — killed  ⚠ CONFLICT, spread 19.5×
latest: 212 (the Coastal Health Ministry, 9 May 2024); range of current estimates 205–212; 1 outlier (4,000 counted, a reporter's figure (Reporters at the scene)); 1 taken back (denied or retracted) — see --explain
range: 205–4,000
✗ the Coastal Health Ministry (212) vs Reporters at the scene (4,000 counted): 18.9× apart, cannot both hold
✗ Reporters at the scene (4,000 counted) vs Port authority (205): 19.5× apart, cannot both hold
✓ the Coastal Health Ministry (212) vs Port authority (205): 1.0× apart, could both hold: Port authority spoke 1 day earlier, and tolls rise
┌─────────────────────────────┬───────────────┬────────────┬────────────┬─────────┬────────┬────────────────────────┐
│ Source                      │ Estimate      │ Stated     │ Event      │ Reports │ Docs   │ Flag                   │
├─────────────────────────────┼───────────────┼────────────┼────────────┼─────────┼────────┼────────────────────────┤
│ the Coastal Health Ministry │ 212           │ 2024-05-09 │            │       1 │ p6     │ ⚠ CONFLICT · ↻ was 190 │
│ ↳ earlier                   │ 190           │ 2024-05-09 │            │       2 │ p4, p6 │                        │
│ ↳ earlier                   │ 96            │ 2024-05-08 │ 2024-05-06 │       2 │ p2, p4 │                        │
│ ↳ earlier                   │ 40            │ 2024-05-06 │ 2024-05-06 │       1 │ p1     │                        │
│ Reporters at the scene      │ 4,000 counted │ 2024-05-07 │            │       1 │ p3     │ ⚠ CONFLICT             │
│ Port authority              │ 205           │ 2024-05-08 │            │       1 │ p5     │ ⚠ CONFLICT             │
│ The Coast Guard             │ —             │ 2024-05-09 │            │       1 │ p7     │ ✗ retracted 60         │
│ ↳ retracted                 │ 60            │ 2024-05-09 │            │       1 │ p7     │                        │
└─────────────────────────────┴───────────────┴────────────┴────────────┴─────────┴────────┴────────────────────────┘
`,
    );
  });

  it('keeps statuses, names and the digest in JSON; a retracted figure feeds no policy', () => {
    const group = JSON.parse(toll([...ARGS, '--format', 'json', '--policy', 'conservative'], { input: DOSSIER }).stdout).groups[0];
    const ministry = group.rows[0];
    expect(ministry.claims.map((c: { label: string; status: string }) => [c.label, c.status])).toEqual([['212', 'current']]);
    expect(ministry.history.map((c: { label: string; status: string }) => [c.label, c.status])).toEqual([['40', 'superseded'], ['96', 'superseded'], ['190', 'superseded']]);
    expect(ministry.history[1].events).toEqual(['2024-05-06']);
    expect(ministry.names.map((n: { written: string }) => n.written)).toEqual([
      'the Coastal Health Ministry', 'The health ministry', 'Health Minister Rana Haddad', "the ministry's spokesman",
    ]);
    const guard = group.rows.find((row: { display: string }) => row.display === 'The Coast Guard');
    expect(guard.claims).toEqual([]);
    expect(guard.history[0].status).toBe('retracted');
    expect(group.summary.label).toBe('205 (Port authority)');
    expect(group.digest.latest).toMatchObject({ label: '212', date: '2024-05-09' });
    expect(group.digest.outliers).toEqual([{ source: 'reporters', label: '4,000 counted', why: "a reporter's figure (Reporters at the scene)" }]);
  });

  it('marks a claim taken back in the timeline', () => {
    expect(toll(['timeline', ...ARGS, '--format', 'csv'], { input: DOSSIER }).stdout).toContain('The Coast Guard,2024-05-09,60,60,60,exact,first,false,1,p7,retracted,');
  });
});
