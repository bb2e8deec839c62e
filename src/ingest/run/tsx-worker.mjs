// A worker thread's entry when the ingest runs from TypeScript sources (tsx, Vitest):
// Node 20 does not pass the parent's loader hooks on to a worker, so the worker registers
// tsx itself, then loads the task module named by the pool (src/ingest/run/worker-pool.ts)
// and hands its default export, the task handler, to Piscina.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const module = await import(workerData.taskModule);
export default module.default;
