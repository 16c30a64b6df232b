// Numbers as English prose writes them: 2700 → "2,700", 3.333 → "3.33". Hand-written rather than
// Intl.NumberFormat or toLocaleString, whose first use loads ICU data and costs tens of milliseconds
// at start-up, for every run.

/** Groups the digits of a finite number in threes, with at most `decimals` digits after the point. */
export function groupThousands(n: number, decimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? '-' : '';
  const [whole, fraction] = Math.abs(n).toFixed(decimals).split('.');
  let grouped = '';
  for (let i = whole.length; i > 0; i -= 3) grouped = whole.slice(Math.max(0, i - 3), i) + (grouped ? `,${grouped}` : '');
  let end = fraction?.length ?? 0;
  while (end > 0 && fraction![end - 1] === '0') end -= 1;
  const trimmed = fraction?.slice(0, end) ?? '';
  return `${sign}${grouped}${trimmed ? `.${trimmed}` : ''}`;
}
