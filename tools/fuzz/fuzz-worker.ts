import { parentPort, workerData } from 'node:worker_threads';

import { fuzzSeeds, runFuzzCase } from './fuzz-case';

/** The fuzzer's worker: answers each case number with its FuzzResult (see run-fuzz.ts). */
const { runSeed } = workerData as { runSeed: number };
const seeds = fuzzSeeds(runSeed);
parentPort!.on('message', (index: number) => parentPort!.postMessage(runFuzzCase(seeds, index, runSeed)));
parentPort!.postMessage('ready');
