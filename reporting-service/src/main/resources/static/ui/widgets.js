// Building blocks shared by the pages: sections, key figures, badges, tables.
import { h } from './dom.js';
import { t, mdh, dirhams } from './i18n.js';

export function section(titleKey, testid, ...content) {
  return h('section', { class: 'card', 'data-testid': testid }, h('h2', {}, t(titleKey)), ...content);
}

/** A key figure: its value big, its label under it, and an optional note. */
export function figure(labelKey, value, testid, note) {
  return h('div', { class: 'figure' },
    h('span', { class: 'figure-value', 'data-testid': testid }, value),
    h('span', { class: 'figure-label' }, t(labelKey)),
    note ? h('span', { class: 'figure-note' }, note) : null);
}

/** Money as a key figure: millions of dirhams big, the exact dirhams under it. */
export function moneyFigure(labelKey, amount, testid) {
  if (amount === null || amount === undefined) {
    return figure(labelKey, '—', testid + '-mdh', t('p.notAdopted'));
  }
  return h('div', { class: 'figure' },
    h('span', { class: 'figure-value' },
      h('span', { 'data-testid': testid + '-mdh' }, mdh(amount)), ' ',
      h('span', { class: 'unit' }, t('currency.mdh'))),
    h('span', { class: 'figure-label' }, t(labelKey)),
    h('span', { class: 'figure-note' },
      h('span', { 'data-testid': testid + '-total' }, dirhams(amount)), ' ', t('currency.mad')));
}

export function figures(...items) {
  return h('div', { class: 'figures' }, ...items);
}

export function badge(text, tone) {
  return h('span', { class: 'badge' + (tone ? ' badge-' + tone : '') }, text);
}

/** Text typed by users in whatever language: isolated so it cannot upset the page's direction. */
export function userText(text) {
  return h('bdi', {}, text);
}

export function table(headKeys, rows, testid) {
  return h('div', { class: 'table-scroll' },
    h('table', { 'data-testid': testid },
      h('thead', {}, h('tr', {}, headKeys.map(key => h('th', { scope: 'col' }, t(key))))),
      h('tbody', {}, rows)));
}

export function empty(key, testid) {
  return h('p', { class: 'empty', 'data-testid': testid }, t(key));
}
