// The collectivity's audit trail: every event with who, when and why, a page at a time.
import { h, replace } from './dom.js';
import { api } from './api.js';
import { t, code, instant } from './i18n.js';
import { section, table, userText, empty } from './widgets.js';

/** ma.remacto.network.AdmissionDecided.v1 → AdmissionDecided */
function eventName(type) {
  const parts = (type || '').split('.');
  return parts.length >= 2 ? parts[parts.length - 2] : type;
}

function row(entry) {
  return h('tr', { 'data-testid': 'audit-row' },
    h('td', { dir: 'ltr', class: 'nowrap' }, instant(entry.time)),
    h('td', { dir: 'ltr' }, h('code', {}, eventName(entry.type)), ' ', h('span', { class: 'muted' }, entry.aggregateId)),
    h('td', {}, code('role', entry.actorRole), entry.actor ? [' ', h('span', { class: 'muted', dir: 'ltr' }, entry.actor)] : null),
    h('td', {}, entry.reason ? userText(entry.reason) : '—'));
}

/** {@code data.audit} is the first page; "more" appends the next ones to it, so a redraw keeps them. */
export function auditSection(data) {
  const collectivity = data.dashboard.collectivity.id;
  const body = h('div', {});
  const render = () => {
    const audit = data.audit;
    if (audit.items.length === 0) {
      replace(body, empty('c.noAudit', 'audit-empty'));
      return;
    }
    const more = audit.next === null || audit.next === undefined ? null : h('button', {
      type: 'button', class: 'more', 'data-testid': 'audit-more',
      onclick: async event => {
        event.target.disabled = true;
        try {
          const page = await api.audit(collectivity, audit.next);
          data.audit = { items: audit.items.concat(page.items), next: page.next };
        } catch (failed) {
          event.target.disabled = false;
          return;
        }
        render();
      } }, t('c.more'));
    replace(body,
      table(['audit.time', 'audit.event', 'audit.actor', 'audit.reason'], audit.items.map(row), 'audit-table'),
      more);
  };
  render();
  return section('c.audit', 'audit', body);
}
