/**
 * Worker-thread side of processFiles: processes each batch of paths it is sent and
 * posts the outcomes back with the batch's start index.
 */
import { parentPort } from 'node:worker_threads';
import { readAndProcess } from './process-files';

if (parentPort === null) throw new Error('process-worker.ts runs only as a worker thread');
const port = parentPort;
port.on('message', (batch: { start: number; paths: string[]; articlesDir: string }) => {
  port.postMessage({ start: batch.start, posts: batch.paths.map((path) => readAndProcess(path, batch.articlesDir)) });
});
