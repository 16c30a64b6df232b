// Colour is decided once, here, and passed down: formatters never look at the environment.
// Order (clig.dev, no-color.org): --color=always|never wins; then NO_COLOR (non-empty) and TERM=dumb
// turn it off; FORCE_COLOR (non-empty, not 0) turns it on; otherwise only on a terminal.
export type ColorMode = 'auto' | 'always' | 'never';

export function decideColor(mode: ColorMode, env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  if (mode === 'always') return true;
  if (mode === 'never') return false;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.TERM === 'dumb') return false;
  return Boolean(isTTY);
}
