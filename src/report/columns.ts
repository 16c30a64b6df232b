// Table columns, shared by the terminal table and markdown so that they agree (reconcile's are
// built per section in sections.ts, since dates and the chart add some).

export interface Column {
  title: string;
  align: 'left' | 'right';
}

/** Extract: a row per figure. */
export const FIGURE_COLUMNS: readonly Column[] = [
  { title: 'Doc', align: 'left' },
  { title: 'Category', align: 'left' },
  { title: 'Estimate', align: 'left' },
  { title: 'Actor', align: 'left' },
  { title: 'Source', align: 'left' },
  { title: 'Quote', align: 'left' },
];
