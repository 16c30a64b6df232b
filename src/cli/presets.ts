// --preset: the column layouts of two conflict-event exports; each export's own coded figure is
// entered as a claim by the dataset (run/coded.ts). Each row of these exports is one event: with
// a preset, groups are per record (event) and category unless --group-by or --no-per-record say otherwise.
import type { CodedDataset } from '../run/coded.js';

export const PRESET_NAMES = ['acled', 'ucdp'] as const satisfies readonly CodedDataset[];
export type PresetName = (typeof PRESET_NAMES)[number];

export interface Preset {
  /** Defaults for --text-column, --id-column, --source-column and --date-column. */
  textColumn: string;
  idColumn: string;
  sourceColumn: string;
  dateColumn: string;
}

export const PRESETS: Record<PresetName, Preset> = {
  // ACLED: notes summarise the sources.
  acled: { textColumn: 'notes', idColumn: 'event_id_cnty', sourceColumn: 'source', dateColumn: 'event_date' },
  // UCDP GED: source_article lists the articles, source_original who first stated the count.
  ucdp: { textColumn: 'source_article', idColumn: 'id', sourceColumn: 'source_original', dateColumn: 'date_start' },
};
