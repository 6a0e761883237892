// SPDX-License-Identifier: EUPL-1.2
/** The warning shown wherever members write for others (DOMAIN §4). */
export const INTAKE_NOTICE = {
  SV: [
    'Skriv inte personuppgifter om andra: inga namn, personnummer, e-postadresser eller telefonnummer.',
    'Skriv inget som omfattas av säkerhetsskydd eller är sekretessbelagt.',
    'Misstänker du spionage eller annan säkerhetshotande verksamhet? Kontakta Säkerhetspolisen direkt i stället för att skriva om det här.',
  ],
  EN: [
    'Do not write personal data about others: no names, personal identity numbers, e-mail addresses or phone numbers.',
    'Do not write anything that is security-classified or confidential.',
    'If you suspect espionage or other activity that threatens national security, contact the Swedish Security Service directly instead of posting it here.',
  ],
} as const;
