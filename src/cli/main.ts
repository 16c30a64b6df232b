// The bundle's entry point: what bin/toll.js needs, in one module (see scripts/bundle.mjs).
export { run } from './run.js';
export { processIo } from '../run/io.js';
