// Building blocks of the pages: a page with its heading, cards, tables, badges, a "more" button
// for paginated reads, and notices.
import { h } from './dom.js';
import { t } from './i18n.js';
import { get } from './api.js';

export function page(title, ...content) {
  return h('section', { class: 'page' }, h('h1', { tabindex: '-1', 'data-testid': 'page-title' }, title), content);
}

export function card(title, attrs, ...content) {
  const id = 'card-' + Math.random().toString(36).slice(2, 9);
  return h('section', Object.assign({ class: 'card', 'aria-labelledby': id }, attrs || {}),
    h('h2', { id }, title), content);
}

/** A table: columns [{label, cell: row => node|text, num}], rows; an empty list says so. */
export function table(columns, rows, attrs) {
  const { caption, rowTestid, emptyTestid, ...tableAttrs } = attrs || {};
  if (!rows.length) {
    return h('p', { class: 'empty', 'data-testid': emptyTestid || 'empty' }, t('empty'));
  }
  // a scrolling box on a phone: focusable, so that it scrolls with the keyboard too
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region',
    'aria-label': caption || t('table.scroll') }, h('table', tableAttrs,
    caption ? h('caption', { class: 'visually-hidden' }, caption) : null,
    h('thead', {}, h('tr', {}, columns.map(column => h('th', { scope: 'col' }, column.label)))),
    h('tbody', {}, rows.map(row => h('tr', { 'data-testid': rowTestid, 'data-id': row.id || null },
      columns.map(column => h('td', { class: column.num ? 'num' : null }, column.cell(row))))))));
}

/**
 * Lets the keyboard reach a box that scrolls sideways on a phone (the node itself or the
 * .table-scroll boxes in it), and names it for screen readers: a scrolling region with nothing
 * focusable inside cannot be scrolled otherwise.
 */
export function scrollable(node, label) {
  const boxes = node.classList && node.classList.contains('table-scroll') ? [node]
    : [...(node.querySelectorAll ? node.querySelectorAll('.table-scroll') : [])];
  boxes.forEach(box => {
    box.setAttribute('tabindex', '0');
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', label || t('table.scroll'));
  });
  return node;
}

export function badge(text, kind, testid) {
  return h('span', { class: 'badge' + (kind ? ' badge-' + kind : ''), 'data-testid': testid }, text);
}

/** A definition list of facts: [[label, value], …]; a missing value reads as unknown. */
export function facts(pairs) {
  return h('dl', { class: 'facts-list' }, pairs.filter(Boolean).map(([label, value]) =>
    h('div', {}, h('dt', {}, label), h('dd', {}, value === null || value === undefined || value === '' ? t('unknown') : value))));
}

/**
 * A paginated read shown a page at a time: the first page now, the next ones on "more".
 * render(items) answers the nodes of a page's items.
 */
export async function paged(path, query, render, attrs) {
  const list = h(attrs && attrs.tag || 'div', { class: 'paged', 'data-testid': attrs && attrs.testid });
  const more = h('button', { type: 'button', class: 'more', 'data-testid': 'more' }, t('more'));
  let after = null;
  async function load() {
    const pageData = await get(path, Object.assign({}, query, { after, limit: (attrs && attrs.limit) || 20 }));
    const items = pageData.items || [];
    if (!items.length && !after) {
      list.append(h('p', { class: 'empty', 'data-testid': 'empty' }, t('empty')));
    }
    list.append(...[render(items)].flat());
    after = pageData.next || null;
    more.hidden = !after;
  }
  more.addEventListener('click', () => load());
  await load();
  return h('div', {}, list, more);
}

export function notify(text) {
  const notice = document.getElementById('notice');
  notice.textContent = text;
  setTimeout(() => { if (notice.textContent === text) { notice.textContent = ''; } }, 8000);
}

/** Tabs as links between the sections of a console. */
export function subnav(items, currentPath) {
  return h('nav', { class: 'subnav', 'aria-label': t('nav.sections') },
    h('ul', {}, items.map(([path, label, testid]) => h('li', {},
      h('a', { href: '#' + path, 'aria-current': path === currentPath ? 'page' : null, 'data-testid': testid }, label)))));
}
