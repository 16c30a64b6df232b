// A worker thread of extractStream: extracts each batch of reports it is sent and posts the figures back.
import { parentPort, workerData } from 'node:worker_threads';
import type { Report } from '../figure.js';
import { extractFigures, type ExtractWarning } from './index.js';

const { minConfidence } = workerData as { minConfidence?: number };

parentPort!.on('message', ({ id, reports }: { id: number; reports: Report[] }) => {
  try {
    const warnings: ExtractWarning[][] = [];
    const figures = reports.map((report) => {
      const own: ExtractWarning[] = [];
      warnings.push(own);
      return extractFigures(report, { minConfidence, onWarning: (warning) => own.push(warning) });
    });
    parentPort!.postMessage({ id, figures, warnings });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
