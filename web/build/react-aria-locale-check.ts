// SPDX-License-Identifier: EUPL-1.2
import type { Plugin } from 'vite';

/** React Aria's default-locale module (react-aria ≥ 3.44 / react-aria-components 1.22). */
const MODULE = /[\\/]react-aria[\\/]dist[\\/]private[\\/]i18n[\\/]useDefaultLocale\.m?js$/;
/** Its check that the browser's language is a valid tag, before falling back to en-US. */
const CHECK = /Intl\.DateTimeFormat\.supportedLocalesOf\(\[\s*([\w$]+)\s*\]\)/g;

/**
 * Rewrites React Aria's check of the browser's language from
 * `Intl.DateTimeFormat.supportedLocalesOf([locale])` to `new Intl.Locale(locale)`.
 *
 * Why: the module runs the check as it loads, so every page load paid it before React could
 * render, and it is the first `Intl.DateTimeFormat` use, which makes V8 build its list of every
 * locale ICU has date formats for: 0.2–0.8 s of the first load's main-thread time at the bench's
 * 4× CPU slowdown (issue 12, profiled in the README), for a language the app then overrides with
 * its own (`I18nProvider`, main.tsx). Both throw a RangeError for a tag that is not well-formed,
 * the only case the check acts on (supportedLocalesOf returns, not throws, for a valid tag it has
 * no data for), so the fallback is unchanged; `Intl.Locale` needs no locale data.
 *
 * The build fails if React Aria changes the module so that the check is not found exactly once:
 * then this plugin is to be looked at again (or removed, if React Aria fixed it).
 */
export function reactAriaLocaleCheck(): Plugin {
  let building = false;
  let rewritten = false;
  return {
    name: 'samrad:react-aria-locale-check',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
    },
    transform(code, id) {
      if (!MODULE.test(id.split('?')[0] ?? id)) return null;
      rewritten = true;
      return { code: rewriteLocaleCheck(code, id), map: null };
    },
    buildEnd(error) {
      if (building && !error && !rewritten) {
        this.error(
          "React Aria's useDefaultLocale module was not in the build (moved or renamed?): " +
            'see web/build/react-aria-locale-check.ts',
        );
      }
    },
  };
}

export function rewriteLocaleCheck(code: string, id = 'useDefaultLocale'): string {
  const found = [...code.matchAll(CHECK)].length;
  if (found !== 1) {
    throw new Error(
      `${id}: expected React Aria's supportedLocalesOf check once, found it ${found} times ` +
        '(see web/build/react-aria-locale-check.ts)',
    );
  }
  return code.replace(CHECK, (_, locale: string) => `new Intl.Locale(${locale})`);
}
