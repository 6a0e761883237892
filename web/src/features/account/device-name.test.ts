// SPDX-License-Identifier: EUPL-1.2
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import sv from '../../i18n/sv.json';
import { deviceName } from './device-name';

async function translator(lng: 'sv' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { sv: { translation: sv }, en: { translation: en } } });
  return i18n.t;
}

describe(deviceName.name, () => {
  it('words the browser and system in the page language', async () => {
    const session = { browser: 'Chrome', operatingSystem: 'Linux', device: 'Chrome on Linux' };
    expect(deviceName(session, await translator('sv'))).toBe('Chrome på Linux');
    expect(deviceName(session, await translator('en'))).toBe('Chrome on Linux');
  });

  it('names one of them alone, else the product token, else an unknown browser', async () => {
    const t = await translator('sv');
    expect(deviceName({ browser: 'Firefox', operatingSystem: null, device: 'Firefox' }, t)).toBe(
      'Firefox',
    );
    expect(deviceName({ browser: null, operatingSystem: 'iOS', device: 'iOS' }, t)).toBe('iOS');
    expect(deviceName({ browser: null, operatingSystem: null, device: 'curl' }, t)).toBe('curl');
    expect(deviceName({ browser: null, operatingSystem: null, device: null }, t)).toBe(
      'Okänd webbläsare',
    );
  });
});
