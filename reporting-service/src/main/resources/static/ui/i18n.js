// The chosen language (Arabic first, French second), every label in both, and how numbers,
// money and dates are written. Digits are Western (0-9) in both languages.
import { LABELS } from './labels.js';

const STORAGE_KEY = 'remacto.lang';
const LANGUAGES = ['ar', 'fr'];

let current = initialLanguage();

function initialLanguage() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (LANGUAGES.includes(asked)) {
    return asked;
  }
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.includes(stored) ? stored : 'ar';
  } catch (storageDenied) {
    return 'ar';
  }
}

export function lang() {
  return current;
}

export function isRtl() {
  return current === 'ar';
}

export function otherLanguage() {
  return current === 'ar' ? 'fr' : 'ar';
}

export function setLanguage(language) {
  current = LANGUAGES.includes(language) ? language : 'ar';
  try {
    localStorage.setItem(STORAGE_KEY, current);
  } catch (storageDenied) {
    // the choice then lasts as long as the page
  }
}

/** The label for a key in the chosen language; the key itself when missing, so a gap shows. */
export function t(key, language) {
  const entry = LABELS[key];
  return entry ? entry[language || current] : key;
}

/** A code such as a status or a kind, by its label under the group ("status.ACTIVE"). */
export function code(group, value) {
  if (value === null || value === undefined) {
    return t('unknown');
  }
  const key = group + '.' + value;
  return LABELS[key] ? t(key) : value;
}

/** The field in the chosen language (nameAr / nameFr), falling back to the other one. */
export function localized(item, field) {
  if (!item) {
    return '';
  }
  const ar = item[field + 'Ar'];
  const fr = item[field + 'Fr'];
  return (current === 'fr' ? fr || ar : ar || fr) || '';
}

const INTEGER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const MDH = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function number(value) {
  return value === null || value === undefined ? '—' : DECIMAL.format(Number(value));
}

export function integer(value) {
  return value === null || value === undefined ? '—' : INTEGER.format(Number(value));
}

/** Dirhams as the API gives them (exact decimal), grouped by thousands: 85,750,000. */
export function dirhams(value) {
  return value === null || value === undefined ? '—' : DECIMAL.format(Number(value));
}

/** Millions of dirhams, two decimals: 85.75. */
export function mdh(value) {
  return value === null || value === undefined ? '—' : MDH.format(Number(value) / 1_000_000);
}

export function percent(value) {
  return value === null || value === undefined ? '—' : DECIMAL.format(Number(value)) + ' %';
}

/** An ISO date (2024-04-25) as "25 avril 2024" / "25 أبريل 2024". */
export function date(iso) {
  if (!iso) {
    return t('unknown');
  }
  const [year, month, day] = iso.split('-').map(Number);
  return day + ' ' + t('month.' + month) + ' ' + year;
}

/** From one day to another; an end not documented reads as unknown. */
export function dateRange(from, to) {
  return to === from ? date(from) : date(from) + ' – ' + date(to);
}

/** An instant as "2025-03-01 10:30 UTC", the same in both languages. */
export function instant(iso) {
  return iso ? iso.slice(0, 10) + ' ' + iso.slice(11, 16) + ' UTC' : '—';
}
