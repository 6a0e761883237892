// SPDX-License-Identifier: EUPL-1.2
import { writeFileSync } from 'node:fs';
import { PhaseCpuProfile } from 'test/bench/digest-cpu-profile';

/**
 * Preloaded into the API by `npm run bench:load` when BENCH_CPU_PROFILE names a file
 * (`node --require …/load-cpu-profile.js`): profiles the API between the bench's `start` and
 * `stop` messages (the measured runs, not start-up or warm-up), writes the `.cpuprofile` and a
 * summary by package and function beside it (`.txt`), then answers `profiled`.
 */
const file = process.env.BENCH_CPU_PROFILE_FILE;
if (file && process.send) {
  const profile = new PhaseCpuProfile();
  process.on('message', (message) => {
    if (message === 'start') void profile.start().then(() => process.send?.('profiling'));
    if (message === 'stop')
      void profile.stop(file).then((summary) => {
        writeFileSync(`${file}.txt`, summary);
        process.send?.('profiled');
      });
  });
  // The IPC channel must not keep the API alive once Nest has closed it.
  process.channel?.unref();
}
