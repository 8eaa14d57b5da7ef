// The chosen language (Arabic first, French second), every label in both, and how numbers,
// money and dates are written. Digits are Western (0-9) in both languages. The choice is shared
// with the public dashboards (same storage key) and follows ?lang= in the address.
import { COMMON } from './labels-common.js';
import { PROBLEMS } from './labels-problems.js';

const STORAGE_KEY = 'remacto.lang';
const LANGUAGES = ['ar', 'fr'];
const LABELS = Object.assign({}, COMMON, PROBLEMS);

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

/** Adds an area's labels (its module is loaded with its pages). */
export function addLabels(labels) {
  Object.assign(LABELS, labels);
}

export function lang() {
  return current;
}

export function setLanguage(language) {
  current = LANGUAGES.includes(language) ? language : 'ar';
  try {
    localStorage.setItem(STORAGE_KEY, current);
  } catch (storageDenied) {
    // the choice then lasts as long as the page
  }
}

export function has(key) {
  return Boolean(LABELS[key]);
}

/**
 * The label for a key in the chosen language, with {name} placeholders filled from params; the
 * key itself when missing, so a gap shows.
 */
export function t(key, params) {
  const entry = LABELS[key];
  let text = entry ? entry[current] || entry.ar : key;
  Object.entries(params || {}).forEach(([name, value]) => {
    text = text.split('{' + name + '}').join(String(value));
  });
  return text;
}

/** A code such as a status or a kind, by its label under the group ("status.ACTIVE"). */
export function code(group, value) {
  if (value === null || value === undefined || value === '') {
    return t('unknown');
  }
  const key = group + '.' + value;
  return LABELS[key] ? t(key) : String(value);
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

/** A collectivity's name in the chosen language, with its Tamazight name where the data has one. */
export function placeName(item) {
  const name = localized(item, 'name') || (item && item.id) || '';
  return item && item.nameTzm ? name + ' · ' + item.nameTzm : name;
}

const INTEGER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const MDH = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function integer(value) {
  return value === null || value === undefined ? '—' : INTEGER.format(Number(value));
}

export function number(value) {
  return value === null || value === undefined ? '—' : DECIMAL.format(Number(value));
}

/** Millions of dirhams, two decimals: 85.75. */
export function mdh(value) {
  return value === null || value === undefined ? '—' : MDH.format(Number(value) / 1_000_000);
}

export function percent(value) {
  return value === null || value === undefined ? '—' : DECIMAL.format(Number(value)) + ' %';
}

/** An ISO date (2024-04-25) as "25 avril 2024" / "25 أبريل 2024"; none reads as unknown. */
export function date(iso) {
  if (!iso) {
    return t('unknown');
  }
  const [year, month, day] = String(iso).slice(0, 10).split('-').map(Number);
  return day + ' ' + t('month.' + month) + ' ' + year;
}

/** An instant as "2025-03-01 10:30 UTC", the same in both languages. */
export function instant(iso) {
  return iso ? String(iso).slice(0, 10) + ' ' + String(iso).slice(11, 16) + ' UTC' : '—';
}

/** Sets every [data-i18n] text and [data-i18n-aria] label under root in the chosen language. */
export function translateStatic(root) {
  root.querySelectorAll('[data-i18n]').forEach(node => {
    node.textContent = t(node.dataset.i18n);
  });
  root.querySelectorAll('[data-i18n-aria]').forEach(node => {
    node.setAttribute('aria-label', t(node.dataset.i18nAria));
  });
}
