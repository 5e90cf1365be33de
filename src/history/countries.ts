/**
 * ISO 3166-1 alpha-2 country codes: the 249 officially assigned codes, copied from Debian's
 * iso-codes 4.15.0 (`/usr/share/iso-codes/json/iso_3166-1.json`). Built in rather than a
 * dependency: the list changes once every few years, and a market code only needs a lookup.
 */
const CODES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE ' +
  'BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD ' +
  'CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM ' +
  'DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF ' +
  'GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ' +
  'ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN ' +
  'KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME ' +
  'MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
  'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM ' +
  'PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI ' +
  'SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK ' +
  'TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI ' +
  'VN VU WF WS YE YT ZA ZM ZW';

/** The 249 ISO 3166-1 alpha-2 codes, upper case. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(CODES.split(' '));

/** Codes people use that ISO does not assign, with the ISO code they mean. */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

/**
 * The ISO 3166-1 alpha-2 code for `text` (trimmed, any case), or undefined when it is not one.
 * O(1).
 * @example countryCode('de'); // 'DE'
 * @example countryCode('UK'); // undefined (ISO's code is GB)
 */
export function countryCode(text: string): string | undefined {
  const code = text.trim().toUpperCase();
  return COUNTRY_CODES.has(code) ? code : undefined;
}
