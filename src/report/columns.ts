// The columns each view shows, shared by the terminal table and markdown so that they agree.

export interface Column {
  title: string;
  align: 'left' | 'right';
}

/** Reconcile: a row per claimant within a group. */
export const SOURCE_COLUMNS: readonly Column[] = [
  { title: 'Source', align: 'left' },
  { title: 'Estimate', align: 'left' },
  { title: 'Reports', align: 'right' },
  { title: 'Docs', align: 'left' },
  { title: 'Flag', align: 'left' },
];

/** Extract: a row per figure. */
export const FIGURE_COLUMNS: readonly Column[] = [
  { title: 'Doc', align: 'left' },
  { title: 'Category', align: 'left' },
  { title: 'Estimate', align: 'left' },
  { title: 'Actor', align: 'left' },
  { title: 'Source', align: 'left' },
  { title: 'Quote', align: 'left' },
];
