// SPDX-License-Identifier: EUPL-1.2
import { deviceOf } from 'src/modules/auth/device-label';

describe(deviceOf.name, () => {
  it.each([
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
      'Firefox',
      'Windows',
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
      'Safari',
      'macOS',
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
      'Safari',
      'iOS',
    ],
    [
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
      'Chrome',
      'Android',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      'Microsoft Edge',
      'Windows',
    ],
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      'Chrome',
      'Linux',
    ],
  ])('names the browser and system of %s', (agent, browser, operatingSystem) => {
    expect(deviceOf(agent)).toEqual({
      browser,
      operatingSystem,
      label: `${browser} on ${operatingSystem}`,
    });
  });

  it.each([
    ['curl/8.5.0', 'curl'],
    ['node', 'node'],
    ['<script>/1', 'script'],
  ])('keeps the first product token of an unknown agent %s', (agent, label) => {
    expect(deviceOf(agent)).toEqual({ browser: null, operatingSystem: null, label });
  });

  it('knows nothing without a header', () => {
    expect(deviceOf(undefined)).toEqual({ browser: null, operatingSystem: null, label: null });
    expect(deviceOf('   ').label).toBeNull();
  });
});
