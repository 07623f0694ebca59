// Which browser executables the real-browser tests drive, and how new they must be. One place for
// the harness, `npm test`'s first check (scripts/check-browsers.ts) and `.ci/run`.

/** overridable, e.g. to run the suite against another build unpacked elsewhere */
export const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX = process.env.E2E_FIREFOX ?? '/usr/bin/firefox-esr';

/** `tests`: the oldest major version the suite passes on; the extension's own minimums are in the manifest. */
export const BROWSER_NEEDS = {
  chromium: { tests: 148, why: 'photos cross the extension\'s messaging as bytes, Chrome 148+' },
  // the add-on itself installs on 140 (manifest strict_min_version); ESR 140 runs every e2e test but
  // the IME ones, whose harness drives Gecko's input processor through WebDriver BiDi's chrome scope
  firefox: { tests: 153, why: 'the IME tests need WebDriver BiDi\'s chrome scope, which ESR 140 lacks; the extension itself supports 140' },
} as const;
