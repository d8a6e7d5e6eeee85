// The ways news text names a currency — symbols ($, £, US$, ₽), ISO codes (USD, RUB) and words
// (dollars, roubles, yuan) — and the ISO 4217 code each one stands for.

import { PhraseTable } from './phrases.js';
import type { Token } from './tokens.js';

/** Written before the amount: "$28", "US$5m", "£2.5bn", "Rs 500". "¥" is read as yen. */
export const CURRENCY_SYMBOLS = new PhraseTable<string>([
  ['$', 'USD'], ['US$', 'USD'], ['A$', 'AUD'], ['AU$', 'AUD'], ['C$', 'CAD'], ['CA$', 'CAD'],
  ['NZ$', 'NZD'], ['HK$', 'HKD'], ['S$', 'SGD'], ['R$', 'BRL'], ['£', 'GBP'], ['€', 'EUR'],
  ['¥', 'JPY'], ['CN¥', 'CNY'], ['₽', 'RUB'], ['₹', 'INR'], ['Rs', 'INR'], ['Rs.', 'INR'],
  ['₩', 'KRW'], ['₺', 'TRY'], ['₴', 'UAH'], ['₪', 'ILS'], ['₦', 'NGN'], ['฿', 'THB'],
]);

export interface CurrencyWord {
  code: string;
  /** "pounds" is money only with a scale ("5 million pounds"); "7 pounds" may be a weight. */
  needsScale: boolean;
  /** A hundredth of the currency: "96 cents" is 0.96 USD, "50 pence" 0.5 GBP. */
  hundredth: boolean;
}

function money(code: string, ...words: string[]): Array<[string, CurrencyWord]> {
  return words.map((word) => [word, { code, needsScale: false, hundredth: false }]);
}

function hundredths(code: string, ...words: string[]): Array<[string, CurrencyWord]> {
  return money(code, ...words).map(([word, value]) => [word, { ...value, hundredth: true }]);
}

/**
 * Written after the amount: "28 bln rubles", "5 million US dollars", "100 €", "96 cents". Bare
 * "dollars" and "cents" are USD and bare "rupees" INR, as in most English-language news; other
 * dollars and rupees say whose.
 */
export const CURRENCY_WORDS = new PhraseTable<CurrencyWord>([
  ...money('USD', 'dollars', 'dollar', 'US dollars', 'U.S. dollars', 'American dollars', '$'),
  ...money('AUD', 'Australian dollars'),
  ...money('CAD', 'Canadian dollars'),
  ...money('HKD', 'Hong Kong dollars'),
  ...money('NZD', 'New Zealand dollars'),
  ...money('SGD', 'Singapore dollars'),
  ...money('EUR', 'euros', 'euro', '€'),
  ...money('GBP', 'pounds sterling', 'pound sterling', 'sterling', 'British pounds', '£'),
  ['pounds', { code: 'GBP', needsScale: true, hundredth: false }],
  ...hundredths('USD', 'cents', 'cent', 'US cents', 'U.S. cents'),
  ...hundredths('EUR', 'euro cents', 'euro cent'),
  ...hundredths('GBP', 'pence', 'penny'),
  ...money('RUB', 'rubles', 'roubles', 'ruble', 'rouble', 'Russian rubles', 'Russian roubles', '₽'),
  ...money('JPY', 'yen', 'Japanese yen', '¥'),
  ...money('CNY', 'yuan', 'Chinese yuan', 'renminbi'),
  ...money('INR', 'rupees', 'rupee', 'Indian rupees', '₹'),
  ...money('PKR', 'Pakistani rupees'),
  ...money('CHF', 'Swiss francs', 'Swiss franc'),
  ...money('UAH', 'hryvnias', 'hryvnia', 'hryvnas', '₴'),
  ...money('TRY', 'Turkish lira', 'Turkish liras', '₺'),
  ...money('KRW', '₩'),
]);

const ISO_CODES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'CHF', 'RUB', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'KRW',
  'BRL', 'MXN', 'ZAR', 'TRY', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'UAH', 'BYN', 'KZT', 'SAR',
  'AED', 'ILS', 'EGP', 'NGN', 'IDR', 'THB', 'PKR', 'ARS', 'VND',
]);

/** An ISO 4217 code written in capitals ("USD", "RUB"); "RMB" is the yuan's code, CNY. */
export function currencyCode(token: Token | undefined): string | undefined {
  if (token?.kind !== 'word') return undefined;
  if (token.text === 'RMB') return 'CNY';
  return ISO_CODES.has(token.text) ? token.text : undefined;
}
