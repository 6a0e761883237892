// SPDX-License-Identifier: EUPL-1.2
// `npm run schema:diff` (part of `npm run check`): compares the schema the code declares
// (src/graph/schema.gql, kept current by `npm run schema:emit`) with the last released schema
// (src/graph/schema.released.gql) and fails naming every breaking change, so none reaches a
// client by accident. An intentional breaking change copies schema.gql over the baseline in the
// same commit (README, "Schema changes"). Offline: two files and @graphql-inspector/core.
import { readFile } from 'node:fs/promises';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

const BASELINE = 'src/graph/schema.released.gql';
const CURRENT = 'src/graph/schema.gql';

async function main() {
  const [baselinePath = BASELINE, currentPath = CURRENT] = process.argv.slice(2);
  const [baseline, current] = await Promise.all(
    [baselinePath, currentPath].map(async (path) => buildSchema(await readFile(path, 'utf8'))),
  );
  const changes = await diff(baseline, current);
  const of = (level) => changes.filter((change) => change.criticality.level === level);
  const breaking = of(CriticalityLevel.Breaking);
  const dangerous = of(CriticalityLevel.Dangerous);
  const line = (change) => `  ${change.type} ${change.path ?? ''}: ${change.message}`;

  if (dangerous.length) {
    console.warn(`Dangerous changes against ${baselinePath} (allowed, check clients):`);
    for (const change of dangerous) console.warn(line(change));
  }
  if (breaking.length) {
    console.error(`${breaking.length} breaking change(s) against ${baselinePath}:`);
    for (const change of breaking) console.error(line(change));
    console.error(
      `If they are intended, update the baseline in the same commit: cp ${currentPath} ${baselinePath}`,
    );
    process.exitCode = 1;
    return;
  }
  console.log(`No breaking changes against ${baselinePath} (${changes.length} change(s) in all).`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
