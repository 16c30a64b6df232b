// A worker thread of extractStream: extracts each batch of reports it is sent and posts the figures back.
import { parentPort, workerData } from 'node:worker_threads';
import type { Report } from '../figure.js';
import { extractBatch } from './parallel.js';

const options = workerData as { minConfidence?: number };

parentPort!.on('message', ({ id, reports }: { id: number; reports: Report[] }) => {
  try {
    parentPort!.postMessage(extractBatch(id, reports, options));
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
