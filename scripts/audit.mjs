// SPDX-License-Identifier: EUPL-1.2
// CI's dependency audit: `npm audit` of the production dependencies against the registry's
// advisory database. It fails CI on an advisory at or above AUDIT_LEVEL (default `high`) in a
// production dependency. When the advisory database cannot be reached (offline, or a registry
// mirror without the audit endpoint) it does not fail: it says plainly that nothing was checked,
// and the SBOM (sbom.cdx.json, CycloneDX) lists every component for checking elsewhere.
import { spawnSync } from 'node:child_process';

const LEVELS = ['info', 'low', 'moderate', 'high', 'critical'];
const level = process.env.AUDIT_LEVEL ?? 'high';
if (!LEVELS.includes(level)) {
  console.error(`audit: AUDIT_LEVEL must be one of ${LEVELS.join(', ')}`);
  process.exit(2);
}

const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
  encoding: 'utf8',
  timeout: 120_000,
});
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  report = undefined;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const reason =
    report?.message ??
    result.error?.message ??
    result.stderr
      .split('\n')
      .filter((line) => /audit|ENOTFOUND|ECONN|ETIMEDOUT|network/i.test(line))
      .filter((line) => !line.includes('complete log'))
      .map((line) => line.replace(/^npm (warn|error) /, ''))
      .join('; ');
  console.log(
    'audit: NOT CHECKED: the advisory database could not be reached ' +
      `(${reason || 'no answer'}). ` +
      'Production dependencies were not checked for known vulnerabilities in this run; ' +
      'sbom.cdx.json lists them for a scanner that can reach an advisory source.',
  );
  process.exit(0);
}
const summary = LEVELS.map((name) => `${counts[name] ?? 0} ${name}`).join(', ');
const failing = LEVELS.slice(LEVELS.indexOf(level)).reduce((n, name) => n + (counts[name] ?? 0), 0);
console.log(`audit: production dependencies checked: ${summary}`);
for (const [name, advisory] of Object.entries(report.vulnerabilities ?? {})) {
  console.log(`  ${advisory.severity.padEnd(8)} ${name} ${advisory.range ?? ''}`);
}
if (failing > 0) {
  console.error(`audit: ${failing} advisory(ies) at or above "${level}": update or override them`);
  process.exit(1);
}
