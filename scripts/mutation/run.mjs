// SPDX-License-Identifier: EUPL-1.2
// `npm run test:mutation [module…] [--tier unit] [--enforce] [--force]`: StrykerJS over each module of
// modules.mjs in turn (one Stryker, one test process at a time: the machine is shared), then
// one table of mutation scores per module and per file. `--enforce` exits non-zero when a
// module scores under the 85 % target (CI runs the unit tier that way).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mutationModules } from './modules.mjs';

const TARGET = 85;
const args = process.argv.slice(2);
const enforce = args.includes('--enforce');
const force = args.includes('--force');
const tierIndex = args.indexOf('--tier');
const tier = tierIndex >= 0 ? args[tierIndex + 1] : undefined;
const named = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--tier');
const unknown = named.filter((n) => !mutationModules.some((m) => m.name === n));
if (unknown.length > 0) {
  console.error(
    `unknown module(s): ${unknown.join(', ')}; known: ${mutationModules.map((m) => m.name).join(', ')}`,
  );
  process.exit(2);
}
const selected = mutationModules.filter(
  (m) => (named.length === 0 || named.includes(m.name)) && (!tier || m.tier === tier),
);

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Mutation score as Stryker computes it: detected / (detected + undetected); errors excluded. */
function score(mutants) {
  const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
  const undetected = mutants.filter((m) => UNDETECTED.has(m.status)).length;
  const total = detected + undetected;
  return { detected, undetected, total, score: total === 0 ? 100 : (100 * detected) / total };
}

const rows = [];
const started = Date.now();
for (const module of selected) {
  const report = `reports/mutation/${module.name}.json`;
  rmSync(report, { force: true });
  const moduleStarted = Date.now();
  console.log(`\n== ${module.name}: ${module.mutate.join(' ')}`);
  const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, MUTATION_MODULE: module.name, MUTATION_FORCE: force ? '1' : '0' },
  });
  const seconds = Math.round((Date.now() - moduleStarted) / 1000);
  if (run.status !== 0 || !existsSync(report)) {
    rows.push({ module: module.name, failed: true, seconds });
    continue;
  }
  const files = JSON.parse(readFileSync(report, 'utf8')).files;
  const perFile = Object.entries(files).map(([file, { mutants }]) => ({ file, ...score(mutants) }));
  const all = score(Object.values(files).flatMap((f) => f.mutants));
  rows.push({ module: module.name, ...all, seconds, perFile });
}

console.log('\nMutation score per module (target ' + TARGET + ' %):');
for (const row of rows) {
  if (row.failed) {
    console.log(
      `  ${row.module.padEnd(20)} FAILED (Stryker did not finish; see above)  ${row.seconds} s`,
    );
    continue;
  }
  const mark = row.score >= TARGET ? ' ' : '!';
  console.log(
    `${mark} ${row.module.padEnd(20)} ${row.score.toFixed(1).padStart(5)} %  ` +
      `${row.detected}/${row.total} detected  ${row.seconds} s`,
  );
  for (const f of row.perFile)
    console.log(
      `      ${f.file.padEnd(58)} ${f.score.toFixed(1).padStart(5)} %  ${f.detected}/${f.total}`,
    );
}
console.log(`Total time: ${Math.round((Date.now() - started) / 1000)} s`);
const failing = rows.filter((r) => r.failed || r.score < TARGET);
if (enforce && failing.length > 0) {
  console.error(`Under target: ${failing.map((r) => r.module).join(', ')}`);
  process.exit(1);
}
if (rows.some((r) => r.failed)) process.exit(1);
