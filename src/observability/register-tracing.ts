// SPDX-License-Identifier: EUPL-1.2
import { basename } from 'node:path';
import { startTracing } from 'src/observability/tracing';

/**
 * Imported first by each entry point (main, worker, dev) so that, with TRACING=otlp, the
 * instrumentations are in place before http, express, graphql and pg are first required.
 */
startTracing(basename(process.argv[1] ?? '') === 'worker.js' ? 'samrad-worker' : 'samrad-api');
