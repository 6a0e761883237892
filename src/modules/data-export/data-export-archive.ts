// SPDX-License-Identifier: EUPL-1.2
import { strToU8, zipSync } from 'fflate';
import type { ArchiveSection } from 'src/modules/data-export/member-data.collector';

const README = `Samråd: your data export

One JSON file per kind of data stored about you or written by you:
profile (with your organisation), sessions (devices, no tokens), second factors (which ones,
never secrets or keys), pending account requests, follows, notification preferences,
notifications, cases (with every revision), questions, answers, votes, flags you raised, and
audit log entries of what you did. Times are ISO 8601 in UTC; ids are those the platform uses.

Nothing of other members is included beyond what your own pages show you.
`;

/** The export as a zip archive: a README and one pretty-printed JSON file per section. */
export function buildArchive(sections: readonly ArchiveSection[], generatedAt: Date): Uint8Array {
  const files: Record<string, Uint8Array> = { 'README.txt': strToU8(README) };
  for (const section of sections) {
    files[section.file] = strToU8(JSON.stringify(section.rows, null, 2));
  }
  // Every entry carries the time the export was made, not the time it is unpacked.
  return zipSync(files, { level: 6, mtime: generatedAt });
}
