// A worker thread of extractInputs: extracts each segment it is sent and posts its events back, one
// segment at a time, in the order they came.
import { parentPort } from 'node:worker_threads';
import { collect } from './parallel.js';
import type { PartJob } from './part.js';

const encoder = new TextEncoder();
let previous: Promise<void> = Promise.resolve();

parentPort!.on('message', (message: { id: number; job: PartJob } | 'close') => {
  // The run is done: the thread ends once idle, and bin/worker.js writes its code cache.
  if (message === 'close') {
    void previous.then(() => parentPort!.close());
    return;
  }
  const { id, job } = message;
  // Structured cloning turns Buffers into plain Uint8Arrays.
  if (job.part.kind === 'segment') job.part.bytes = asBuffer(job.part.bytes);
  if (job.part.header !== null) job.part.header = asBuffer(job.part.header);
  previous = previous.then(async () => {
    try {
      const result = await collect(id, job);
      // Lines go back as UTF-8 bytes, handed over rather than copied; the main thread writes them as they are.
      const transfer: ArrayBuffer[] = [];
      for (const event of result.events!) {
        if (event.kind !== 'records' || typeof event.text !== 'string') continue;
        const bytes = encoder.encode(event.text);
        event.text = bytes;
        transfer.push(bytes.buffer as ArrayBuffer);
      }
      parentPort!.postMessage(result, transfer);
    } catch (error) {
      parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
});

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
