// --preset acled and --preset ucdp on small exports written in those projects' column layouts
// (the texts are made up), through the built bin: files and stdin.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ndjson, toll } from './helpers.js';

const ACLED = `event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp
XYZ101,2024-03-02,2024,1,Political violence,Explosions/Remote violence,Shelling/artillery/missile attack,Military Forces of Valeria,,8,Civilians (Valeria),,7,78,Civilian targeting,999,Europe,Valeria,North Province,Riverside,,Riverside,50.1,30.2,1,Valley Gazette; Reuters,National-International,"On 2 March 2024, shelling hit the market in Riverside. The regional governor said 7 civilians were killed and 12 wounded.",5,,1709400000
XYZ102,2024-03-03,2024,1,Political violence,Battles,Armed clash,Military Forces of Valeria,,1,Hill Brigade,,2,12,,999,Europe,Valeria,North Province,Hilltown,,Hilltown,50.3,30.4,1,Hill Radio,Subnational,"On 3 March 2024, soldiers clashed with the Hill Brigade near Hilltown; about 20 fighters were killed, Hill Radio reported.",20,,1709500000
`;

const UCDP = `id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob
9001,VAL-2024-1-1-1,2024,1,Clear,1,1,1,Valeria: Government,1,1,Government of Valeria - Hill Brigade,1,1,Government of Valeria,2,2,Hill Brigade,2,"""Valley Gazette,2024-03-03,Eight soldiers killed in Hilltown clash"";""Wire Service,2024-03-04,Hilltown toll rises to 12, army says""",Valley Gazette;Wire Service,2024-03-03;2024-03-04,Eight soldiers killed in Hilltown clash;Hilltown toll rises to 12,army spokesman,1,Hilltown,Hilltown town,North Province,,50.3,30.4,POINT (30.4 50.3),1,Valeria,999,Europe,1,1,3/3/2024 12:00:00 AM,3/3/2024 12:00:00 AM,10,0,0,0,10,12,8,999,
9002,VAL-2024-1-1-2,2024,1,Clear,3,1,1,Valeria: Government,1,1,Government of Valeria - civilians,1,1,Government of Valeria,3,3,Civilians,1,"""Valley Gazette,2024-03-05,Three civilians killed in Riverside, police say""",Valley Gazette,2024-03-05,"Three civilians killed in Riverside, police say",police,1,Riverside,Riverside town,North Province,,50.1,30.2,POINT (30.2 50.1),1,Valeria,999,Europe,1,1,3/5/2024 12:00:00 AM,3/5/2024 12:00:00 AM,0,0,3,0,3,3,3,999,
`;

function exportsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'toll-presets-'));
  writeFileSync(join(dir, 'acled.csv'), ACLED);
  writeFileSync(join(dir, 'ucdp.csv'), UCDP);
  return dir;
}

describe('--preset acled', () => {
  it('reconciles ACLED\'s coded fatalities with the figures in the notes, per event and category', () => {
    const result = toll(['--preset', 'acled', 'acled.csv', '--quiet'], { cwd: exportsDir() });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      `XYZ101 · killed  ⚠ CONFLICT, spread 1.4×
latest: 5 (Armed Conflict Location & Event Data (ACLED), 2 March 2024); range of current estimates 5–7
range: 5–7
✗ The regional governor (7) vs Armed Conflict Location & Event Data (ACLED) (5): 1.4× apart, cannot both hold
┌──────────────────────────────────────────────┬──────────┬────────────┬─────────┬────────┬────────────┐
│ Source                                       │ Estimate │ Stated     │ Reports │ Docs   │ Flag       │
├──────────────────────────────────────────────┼──────────┼────────────┼─────────┼────────┼────────────┤
│ The regional governor                        │ 7        │ 2024-03-02 │       1 │ XYZ101 │ ⚠ CONFLICT │
│ Armed Conflict Location & Event Data (ACLED) │ 5        │ 2024-03-02 │       1 │ XYZ101 │ ⚠ CONFLICT │
└──────────────────────────────────────────────┴──────────┴────────────┴─────────┴────────┴────────────┘

XYZ101 · wounded
latest: 12 (The regional governor, 2 March 2024)
range: 12
┌───────────────────────┬──────────┬────────────┬─────────┬────────┬──────┐
│ Source                │ Estimate │ Stated     │ Reports │ Docs   │ Flag │
├───────────────────────┼──────────┼────────────┼─────────┼────────┼──────┤
│ The regional governor │ 12       │ 2024-03-02 │       1 │ XYZ101 │      │
└───────────────────────┴──────────┴────────────┴─────────┴────────┴──────┘

XYZ102 · killed
latest: 20 (Armed Conflict Location & Event Data (ACLED), 3 March 2024)
range: 20
┌──────────────────────────────────────────────┬──────────┬────────────┬────────────┬─────────┬────────┬──────┐
│ Source                                       │ Estimate │ Stated     │ Event      │ Reports │ Docs   │ Flag │
├──────────────────────────────────────────────┼──────────┼────────────┼────────────┼─────────┼────────┼──────┤
│ Hill Radio                                   │ ≈20      │ 2024-03-03 │ 2024-03-03 │       1 │ XYZ102 │      │
│ Armed Conflict Location & Event Data (ACLED) │ 20       │ 2024-03-03 │            │       1 │ XYZ102 │      │
└──────────────────────────────────────────────┴──────────┴────────────┴────────────┴─────────┴────────┴──────┘
`,
    );
  });

  it('reads stdin as CSV and warns about a fatalities value that is no count', () => {
    const result = toll(['--preset', 'acled', '--format', 'json'], { input: ACLED.replace(',5,,1709400000', ',five,,1709400000') });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('toll: <stdin>:2: CODED_NOT_A_COUNT: fatalities "five" is not a whole number; no ACLED figure for this row\n');
    const groups = JSON.parse(result.stdout).groups;
    expect(groups[0].rows.map((row: { display: string }) => row.display)).toEqual(['The regional governor']);
  });

  it('lets --group-by and --no-per-record override the preset\'s grouping', () => {
    const groups = ndjson(toll(['--preset', 'acled', '--group-by', 'actor', '--no-per-record', '--format', 'ndjson', '--quiet'], { input: ACLED }).stdout);
    expect(groups.map((group) => group.key)).toEqual(['civilian/killed', 'civilian/wounded', 'people/killed', 'soldier/killed']);
  });

  it('fails with the columns it found when the export is not ACLED\'s', () => {
    const result = toll(['--preset', 'acled'], { input: 'id,notes\n1,Two people were killed.\n' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('toll: <stdin>:1: CSV_NO_COLUMN: no column "event_id_cnty"; columns are: id, notes\n');
  });
});

describe('--preset ucdp', () => {
  it('enters UCDP\'s best estimate, and its low–high bounds when they differ, as claims by UCDP', () => {
    const result = toll(['--preset', 'ucdp', '--quiet', '--explain'], { input: UCDP });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      `9001 · killed
latest: 8–12 (Uppsala Conflict Data Program (UCDP), 3 March 2024); range of current estimates 8–12
range: 8–12
✓ army (12) vs Uppsala Conflict Data Program (UCDP) (10, 8–12): 1.2× apart, could both hold
┌──────────────────────────────────────┬──────────┬────────────┬───────┬─────────┬──────┬─────────┐
│ Source                               │ Estimate │ Stated     │ Event │ Reports │ Docs │ Flag    │
├──────────────────────────────────────┼──────────┼────────────┼───────┼─────────┼──────┼─────────┤
│ army                                 │ 12       │ 2024-03-03 │       │       1 │ 9001 │ ↻ was 8 │
│   claimant  “army spokesman”: speaker → the body                                                │
│   <stdin>:2  “"Wire Service,2024-03-04,Hilltown toll rises to «12», army says"”                 │
│ Uppsala Conflict Data Program (UCDP) │ 10, 8–12 │ 2024-03-03 │       │       1 │ 9001 │         │
│   claimant  “UCDP”: registry: Uppsala Conflict Data Program (UCDP)                              │
│   <stdin>:2  “UCDP coded «best 10».”                                                            │
│   <stdin>:2  “UCDP coded «low 8, high 12».”                                                     │
└─────────────────────────────────────────────────────────────────────────────────────────────────┘

9002 · killed
latest: 3 (Uppsala Conflict Data Program (UCDP), 5 March 2024)
range: 3
┌──────────────────────────────────────┬──────────┬────────────┬────────────┬─────────┬──────┬──────┐
│ Source                               │ Estimate │ Stated     │ Event      │ Reports │ Docs │ Flag │
├──────────────────────────────────────┼──────────┼────────────┼────────────┼─────────┼──────┼──────┤
│ police                               │ 3        │ 2024-03-05 │ 2024-03-05 │       1 │ 9002 │      │
│   <stdin>:3  “"Valley Gazette,2024-03-05,«Three» civilians killed in Riverside, police say"”      │
│ Uppsala Conflict Data Program (UCDP) │ 3        │ 2024-03-05 │            │       1 │ 9002 │      │
│   claimant  “UCDP”: registry: Uppsala Conflict Data Program (UCDP)                                │
│   <stdin>:3  “UCDP coded «best 3».”                                                               │
└───────────────────────────────────────────────────────────────────────────────────────────────────┘
`,
    );
  });

  it('reads the month-first dates of UCDP exports', () => {
    const json = JSON.parse(toll(['--preset', 'ucdp', 'ucdp.csv', '--format', 'json', '--quiet'], { cwd: exportsDir() }).stdout);
    expect(json.perRecord).toBe(true);
    expect(json.groups[1].rows[1].claims[0].statements).toEqual([{ date: '2024-03-05', docs: ['9002'] }]);
  });

  it('works in the timeline too', () => {
    const result = toll(['timeline', '--preset', 'ucdp', '--quiet', '--format', 'csv'], { input: UCDP });
    expect(result.stdout.split('\n')).toContain('9001,,killed,Uppsala Conflict Data Program (UCDP),2024-03-03,8–12,8,12,range,reworded,true,1,9001,current,');
  });
});
