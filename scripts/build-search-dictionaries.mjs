#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
// Builds search/dictionaries/ from Debian's hunspell-sv (LibreOffice's Swedish dictionary,
// LGPL-3, Göran Andersson): `node scripts/build-search-dictionaries.mjs <dir with sv_SE.dic/.aff>
// <swedish.stop>`. Run once when the upstream dictionary changes; the output is committed.
//
// PostgreSQL's ispell template reads Hunspell files renamed .dict/.affix (its compound flags
// COMPOUNDBEGIN/MIDDLE/END and ONLYINCOMPOUND split "exportkontroll" into "export" and
// "kontroll"). The samrad_sv configuration runs `unaccent` BEFORE the dictionary, as it did
// before the dictionary came (so "Malmo" finds "Malmö"); the dictionary therefore has to know
// the unaccented forms, and every file is unaccented here the same way (NFD, marks dropped).
// No flag of this dictionary carries a diacritic, so flags survive unchanged (checked below).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [source, stopFile] = process.argv.slice(2);
if (!source || !stopFile) {
  console.error('usage: build-search-dictionaries.mjs <hunspell dir> <swedish.stop>');
  process.exit(2);
}
const out = resolve(import.meta.dirname, '..', 'search', 'dictionaries');
mkdirSync(out, { recursive: true });
const unaccent = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

const dic = readFileSync(join(source, 'sv_SE.dic'), 'utf8');
const flags = new Set();
for (const line of dic.split('\n').slice(1)) {
  const slash = line.indexOf('/');
  if (slash >= 0) for (const flag of line.slice(slash + 1).trim()) flags.add(flag);
}
const changed = [...flags].filter((flag) => unaccent(flag) !== flag);
if (changed.length) throw new Error(`flags with diacritics would change: ${changed.join('')}`);

// Unaccenting merges some entries ("får" and "far"); PostgreSQL keeps both lines.
writeFileSync(join(out, 'samrad_sv.dict'), unaccent(dic));
writeFileSync(
  join(out, 'samrad_sv.affix'),
  unaccent(readFileSync(join(source, 'sv_SE.aff'), 'utf8')),
);
const stop = [
  ...new Set(
    readFileSync(stopFile, 'utf8')
      .split('\n')
      .map((word) => unaccent(word.trim()))
      .filter(Boolean),
  ),
];
writeFileSync(join(out, 'samrad_sv.stop'), `${stop.join('\n')}\n`);
console.log(`wrote ${out}: samrad_sv.dict, samrad_sv.affix, samrad_sv.stop (${stop.length} words)`);
