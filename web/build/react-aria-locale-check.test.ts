// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rewriteLocaleCheck } from './react-aria-locale-check';

const require = createRequire(import.meta.url);

/** The installed React Aria's module, as the build reads it. */
function installedModule(): string {
  const root = dirname(require.resolve('react-aria/package.json'));
  return readFileSync(join(root, 'dist/private/i18n/useDefaultLocale.mjs'), 'utf8');
}

describe('React Aria locale check', () => {
  it('finds the check once in the installed React Aria and swaps it for Intl.Locale', () => {
    const rewritten = rewriteLocaleCheck(installedModule());
    expect(rewritten).not.toContain('supportedLocalesOf');
    expect(rewritten).toMatch(/new Intl\.Locale\([\w$]+\)/);
  });

  it('keeps the fallback: Intl.Locale throws for a malformed tag as supportedLocalesOf does', () => {
    for (const tag of ['sv-SE', 'en', 'zz-ZZ']) {
      expect(() => new Intl.Locale(tag)).not.toThrow();
      expect(() => Intl.DateTimeFormat.supportedLocalesOf([tag])).not.toThrow();
    }
    for (const tag of ['', 'not a tag', 'sv_SE']) {
      expect(() => new Intl.Locale(tag)).toThrow(RangeError);
      expect(() => Intl.DateTimeFormat.supportedLocalesOf([tag])).toThrow(RangeError);
    }
  });

  it('fails loudly when React Aria no longer has the check', () => {
    expect(() => rewriteLocaleCheck('let locale = navigator.language;')).toThrow(
      /found it 0 times/,
    );
  });
});
