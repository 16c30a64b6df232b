// The views of toll reconcile through the built bin, on data/ and on stdin, exact with colour off.
import { describe, expect, it } from 'vitest';
import { toll } from './helpers.js';

// Four claimants on one count: the README's worked example of the policies.
const POLICY_REPORTS = [
  'The Russian Defence Ministry said 12 Russian soldiers were killed in the attack.',
  'Mediazona said at least 100 Russian soldiers were killed.',
  "Ukraine's General Staff said about 500 Russian troops were killed.",
  'A news report said 200 Russian soldiers were killed.',
].join('\n');

describe('--explain', () => {
  it('quotes the sentence of each figure under its row, the number marked, with FILE:LINE', () => {
    const result = toll(['data/reports.txt', '--quiet', '--explain']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      `North Korean soldiers — killed  ⚠ CONFLICT, spread 3.3×
North Korea, military · range: 300–1,000
✗ a news report (≈1,000) vs South Korea's National Intelligence Service (NIS) (≈300, ≥300): 3.3× apart, cannot both hold
┌────────────────────────────────────────────────────────────────┬────────────┬─────────┬─────────────────────────────────────────┬────────────┐
│ Source                                                         │ Estimate   │ Reports │ Docs                                    │ Flag       │
├────────────────────────────────────────────────────────────────┼────────────┼─────────┼─────────────────────────────────────────┼────────────┤
│ a news report                                                  │ ≈1,000     │       1 │ data/reports.txt:3                      │ ⚠ CONFLICT │
│   data/reports.txt:3  “«About 1,000» North Korean soldiers are believed to have been killed while fighting Ukrainian forces in Russia's …”   │
│ South Korea's National Intelligence Service (NIS) (via Yonhap) │ ≈300, ≥300 │       2 │ data/reports.txt:6, data/reports.txt:12 │ ⚠ CONFLICT │
│   claimant  “South Korea's intelligence agency”: registry: South Korea's National Intelligence Service (NIS)                                 │
│   claimant  “South Korean intelligence”: registry: South Korea's National Intelligence Service (NIS)                                         │
│   data/reports.txt:6  “… Korea's intelligence agency estimates that «approximately 300» North Korean soldiers have been killed and …”        │
│   data/reports.txt:12  “South Korean intelligence has reported that «at least 300» North Korean soldiers have been killed and another …”     │
└──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘

North Korean soldiers — wounded
North Korea, military · range: 2,700
┌────────────────────────────────────────────────────────────────┬──────────┬─────────┬─────────────────────────────────────────┬──────┐
│ Source                                                         │ Estimate │ Reports │ Docs                                    │ Flag │
├────────────────────────────────────────────────────────────────┼──────────┼─────────┼─────────────────────────────────────────┼──────┤
│ South Korea's National Intelligence Service (NIS) (via Yonhap) │ 2,700    │       2 │ data/reports.txt:6, data/reports.txt:12 │      │
│   claimant  “South Korea's intelligence agency”: registry: South Korea's National Intelligence Service (NIS)                         │
│   claimant  “South Korean intelligence”: registry: South Korea's National Intelligence Service (NIS)                                 │
│   data/reports.txt:6  “… Korean soldiers have been killed and another «2,700» injured while fighting alongside Russian forces …”     │
│   data/reports.txt:12  “… least 300 North Korean soldiers have been killed and another «2,700» wounded in the war against Ukraine.”  │
└──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘

North Korean soldiers — captured
North Korea, military · range: 2
┌───────────────────────────────────────────────────┬──────────┬─────────┬────────────────────┬─────────────────┐
│ Source                                            │ Estimate │ Reports │ Docs               │ Flag            │
├───────────────────────────────────────────────────┼──────────┼─────────┼────────────────────┼─────────────────┤
│ South Korea's National Intelligence Service (NIS) │ 2        │       1 │ data/reports.txt:1 │                 │
│   claimant  “South Korea’s intelligence service”: registry: South Korea's National Intelligence Service (NIS) │
│   data/reports.txt:1  “Ukraine captured «two» wounded North Korean soldiers who were fighting on behalf …”    │
│ Volodymyr Zelenskyy                               │ 2        │       1 │ data/reports.txt:8 │ ⚑ party, enemy  │
│   claimant  “Ukrainian President Volodymyr Zelenskyy”: registry: Volodymyr Zelenskyy                          │
│   data/reports.txt:8  “Ukraine has captured «two» injured North Korean soldiers from the battlefield in …”    │
└───────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
`,
    );
  });

  it('marks the number in colour instead when colour is on', () => {
    const result = toll(['data/reports.txt', '--quiet', '--explain', '--color', 'always']);
    expect(result.stdout).toContain('\x1b[1m\x1b[33mAbout 1,000\x1b[39m\x1b[22m');
    expect(result.stdout).not.toContain('«');
  });
});

describe('a total reckoned from shares', () => {
  it('cites the sentence of the shares, each share marked on its own row', () => {
    const input = 'Two soldiers and three civilians were killed in the shelling, the governor said.\nFive people were killed in the shelling, the mayor said.\n';
    const result = toll(['--quiet', '--group-by', 'category', '--explain'], { input });
    expect(result.stdout).toContain('│   <stdin>:1  sum of 2 shares: “Two soldiers and three');
    expect(result.stdout).toContain('│ ↳ of 5: soldiers  │ 2 ');
    expect(result.stdout).not.toContain('CONFLICT');
  });

  it('reckons it the same from a figure stream, whose figures are read back as views', () => {
    const input = 'Two soldiers and three civilians were killed in the shelling, the governor said.\nFive people were killed in the shelling, the mayor said.\n';
    const figures = toll(['extract', '--quiet', '-f', 'ndjson'], { input }).stdout;
    const result = toll(['--quiet', '--group-by', 'category', '--input-format', 'figures', '-f', 'json'], { input: figures });
    const rows = JSON.parse(result.stdout).groups[0].rows;
    expect(rows.map((row: { display: string; claims: { label: string }[] }) => [row.display, row.claims.map((claim) => claim.label)])).toEqual([
      ['the governor', ['5']], ['the mayor', ['5']],
    ]);
    expect(rows[0].claims[0].figures[0].shares).toBe(2);
  });
});

describe('--chart and --policy', () => {
  it('draws intervals on a log scale and flags parties, from stdin', () => {
    const result = toll(['--quiet', '--chart', '--policy', 'best'], { input: POLICY_REPORTS });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      `Russian soldiers — killed  ⚠ CONFLICT, spread 41.7×
Russia, military · best: 200 (A news report; 12–500), latest figure of a named non-party source
✗ Russian Ministry of Defence (12) vs Mediazona (≥100): 8.3× apart, cannot both hold
✗ Russian Ministry of Defence (12) vs General Staff of the Armed Forces of Ukraine (≈500): 41.7× apart, cannot both hold
✗ Russian Ministry of Defence (12) vs A news report (200): 16.7× apart, cannot both hold
✗ General Staff of the Armed Forces of Ukraine (≈500) vs A news report (200): 2.5× apart, cannot both hold
✓ Mediazona (≥100) vs General Staff of the Armed Forces of Ukraine (≈500): 5.0× apart, could both hold
… and 1 more pair
┌──────────────────────────────────────────────┬──────────┬─────────┬───────────┬────────────────────────────────┬──────────────────────────┐
│ Source                                       │ Estimate │ Reports │ Docs      │ Flag                           │ 12 … 550 (log)           │
├──────────────────────────────────────────────┼──────────┼─────────┼───────────┼────────────────────────────────┼──────────────────────────┤
│ Russian Ministry of Defence                  │ 12       │       1 │ <stdin>:1 │ ⚠ CONFLICT · ⚑ party, own side │ █······················· │
│ Mediazona                                    │ ≥100     │       1 │ <stdin>:2 │ ⚠ CONFLICT                     │ ·············██████████▶ │
│ General Staff of the Armed Forces of Ukraine │ ≈500     │       1 │ <stdin>:3 │ ⚠ CONFLICT · ⚑ party, enemy    │ ······················██ │
│ A news report                                │ 200      │       1 │ <stdin>:4 │ ⚠ CONFLICT                     │ ·················█······ │
└──────────────────────────────────────────────┴──────────┴─────────┴───────────┴────────────────────────────────┴──────────────────────────┘
`,
    );
  });

  it('summarises each group by the policy asked for', () => {
    const summary = (policy: string) => {
      const json = JSON.parse(toll(['--quiet', '--format', 'json', '--policy', policy], { input: POLICY_REPORTS }).stdout);
      return json.groups[0].summary.label;
    };
    expect(summary('range')).toBe('12–500');
    expect(summary('conservative')).toBe('100 (Mediazona)');
    expect(summary('best')).toBe('200 (A news report; 12–500)');
  });

  it('summarises the seed: its killed North Korean soldiers by each policy', () => {
    const killed = (policy: string) => JSON.parse(toll(['--quiet', '--format', 'json', '--policy', policy, 'data/reports.txt']).stdout).groups[0].summary.label;
    expect(killed('range')).toBe('300–1,000');
    expect(killed('conservative')).toBe("300 (South Korea's National Intelligence Service (NIS))");
    expect(killed('best')).toBe("300 (South Korea's National Intelligence Service (NIS); 300–1,000)");
  });

  it('rejects an unknown policy as a usage error', () => {
    const result = toll(['--quiet', '--policy', 'mean', 'data/reports.txt']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^toll: option '--policy <policy>' argument 'mean' is invalid/);
  });
});

describe('--by source', () => {
  it('prints a section per claimant with every figure it states', () => {
    const result = toll(['data/reports.txt', '--quiet', '--by', 'source']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      `a news report  ⚠ CONFLICT with other sources
┌────────────────────────────────┬──────────┬─────────┬────────────────────┬────────────┐
│ Figure                         │ Estimate │ Reports │ Docs               │ Flag       │
├────────────────────────────────┼──────────┼─────────┼────────────────────┼────────────┤
│ North Korean soldiers — killed │ ≈1,000   │       1 │ data/reports.txt:3 │ ⚠ CONFLICT │
└────────────────────────────────┴──────────┴─────────┴────────────────────┴────────────┘

South Korea's National Intelligence Service (NIS)  ⚠ CONFLICT with other sources
intelligence · South Korea · via Yonhap
┌──────────────────────────────────┬────────────┬─────────┬─────────────────────────────────────────┬────────────┐
│ Figure                           │ Estimate   │ Reports │ Docs                                    │ Flag       │
├──────────────────────────────────┼────────────┼─────────┼─────────────────────────────────────────┼────────────┤
│ North Korean soldiers — killed   │ ≈300, ≥300 │       2 │ data/reports.txt:6, data/reports.txt:12 │ ⚠ CONFLICT │
│ North Korean soldiers — wounded  │ 2,700      │       2 │ data/reports.txt:6, data/reports.txt:12 │            │
│ North Korean soldiers — captured │ 2          │       1 │ data/reports.txt:1                      │            │
└──────────────────────────────────┴────────────┴─────────┴─────────────────────────────────────────┴────────────┘

Volodymyr Zelenskyy
government · Ukraine
┌──────────────────────────────────┬──────────┬─────────┬────────────────────┬────────────────┐
│ Figure                           │ Estimate │ Reports │ Docs               │ Flag           │
├──────────────────────────────────┼──────────┼─────────┼────────────────────┼────────────────┤
│ North Korean soldiers — captured │ 2        │       1 │ data/reports.txt:8 │ ⚑ party, enemy │
└──────────────────────────────────┴──────────┴─────────┴────────────────────┴────────────────┘
`,
    );
  });

  it('works on stdin and in markdown', () => {
    const result = toll(['--quiet', '--by', 'source', '--format', 'markdown', '-'], { input: POLICY_REPORTS });
    expect(result.stdout).toContain('## Mediazona\n');
    expect(result.stdout).toContain('| Russian soldiers — killed | ≥100 | 1 | \\<stdin\\>:2 | ⚠ CONFLICT |');
  });
});

describe('markdown', () => {
  it('has the chart as code spans and the evidence as a list', () => {
    const result = toll(['--quiet', '--format', 'markdown', '--chart', '--explain'], { input: POLICY_REPORTS });
    expect(result.stdout).toBe(
      `## Russian soldiers — killed

**⚠ CONFLICT, spread 41.7×**

- Russia, military · range: 12–500
- ✗ Russian Ministry of Defence (12) vs Mediazona (≥100): 8.3× apart, cannot both hold
- ✗ Russian Ministry of Defence (12) vs General Staff of the Armed Forces of Ukraine (≈500): 41.7× apart, cannot both hold
- ✗ Russian Ministry of Defence (12) vs A news report (200): 16.7× apart, cannot both hold
- ✗ General Staff of the Armed Forces of Ukraine (≈500) vs A news report (200): 2.5× apart, cannot both hold
- ✓ Mediazona (≥100) vs General Staff of the Armed Forces of Ukraine (≈500): 5.0× apart, could both hold
- … and 1 more pair

| Source | Estimate | Reports | Docs | Flag | 12 … 550 (log) |
| :--- | :--- | ---: | :--- | :--- | :--- |
| Russian Ministry of Defence | 12 | 1 | \\<stdin\\>:1 | ⚠ CONFLICT · ⚑ party, own side | \`█·······················\` |
| Mediazona | ≥100 | 1 | \\<stdin\\>:2 | ⚠ CONFLICT | \`·············██████████▶\` |
| General Staff of the Armed Forces of Ukraine | ≈500 | 1 | \\<stdin\\>:3 | ⚠ CONFLICT · ⚑ party, enemy | \`······················██\` |
| A news report | 200 | 1 | \\<stdin\\>:4 | ⚠ CONFLICT | \`·················█······\` |

- Russian Ministry of Defence — claimant “The Russian Defence Ministry”: registry: Russian Ministry of Defence
- Russian Ministry of Defence — \\<stdin\\>:1: “The Russian Defence Ministry said **12** Russian soldiers were killed in the attack.”
- Mediazona — \\<stdin\\>:2: “Mediazona said **at least 100** Russian soldiers were killed.”
- General Staff of the Armed Forces of Ukraine — claimant “Ukraine's General Staff”: registry: General Staff of the Armed Forces of Ukraine
- General Staff of the Armed Forces of Ukraine — \\<stdin\\>:3: “Ukraine's General Staff said **about 500** Russian troops were killed.”
- A news report — \\<stdin\\>:4: “A news report said **200** Russian soldiers were killed.”
`,
    );
  });
});

describe('the machine formats', () => {
  it('carry the summary, the explained pairs and the party flags in JSON', () => {
    const json = JSON.parse(toll(['--quiet', '--format', 'json', '--policy', 'conservative'], { input: POLICY_REPORTS }).stdout);
    const [group] = json.groups;
    expect(json).toMatchObject({ schema: 'toll.reconcile/1', policy: 'conservative', perRecord: false });
    expect(group).toMatchObject({ side: 'Russia', role: 'military', summary: { point: 100, sources: ['mediazona'] } });
    expect(group.rows.map((row: { party: string | null }) => row.party)).toEqual(['own_losses', null, 'enemy_losses', null]);
    expect(group.disagreements[0]).toEqual({ category: 'killed', a: 'russia defense ministry', b: 'mediazona', ratio: 8.33, older: null });
  });

  it('keep exiting 1 with --fail-on-conflict whatever the view', () => {
    expect(toll(['--quiet', '--fail-on-conflict', '--by', 'source', '--chart', 'data/reports.txt']).status).toBe(1);
  });
});
