// The built-in source registry. The one place in reconcile that reads a file; the CLI calls it
// and merges users' --aliases files on top (mergeAliases).
import { readFileSync } from 'node:fs';
import { loadAliases, type AliasTable } from './aliases.js';

// Resolved from this module so it works both from src/ (tests) and dist/ (the installed bin).
const REGISTRY_FILE = new URL('../../data/sources.json', import.meta.url);

export function readBuiltinAliases(): AliasTable {
  return loadAliases(JSON.parse(readFileSync(REGISTRY_FILE, 'utf8')));
}
