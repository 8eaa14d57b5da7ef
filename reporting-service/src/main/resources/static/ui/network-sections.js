// The network page's reference figures (the documents' counts beside the platform's own, with
// their coverage and sources, served by network-service) and its activities with their axis.
import { h } from './dom.js';
import { t, code, date, integer, percent, lang } from './i18n.js';
import { section, table, empty, userText } from './widgets.js';

const KINDS = ['regions', 'prefecturesOrProvinces', 'communes'];

/** A count's date as precisely as its source gives it: 2024, 2025-03, or a day. */
function reported(value) {
  if (/^\d{4}$/.test(value)) {
    return value;
  }
  if (/^\d{4}-\d{2}$/.test(value)) {
    const [year, month] = value.split('-').map(Number);
    return t('month.' + month) + ' ' + year;
  }
  return date(value);
}

function countRow(count, labelKey, testid) {
  return h('tr', { 'data-testid': testid, 'data-reported': count.reported },
    h('th', { scope: 'row' }, t(labelKey), ' (', reported(count.reported), ')'),
    h('td', { 'data-testid': 'figures-total' }, integer(count.members.total)),
    // each kind with its own coverage of the country's collectivities of that kind
    ...KINDS.map(kind => h('td', {}, h('span', { 'data-testid': 'figures-' + kind }, integer(count.members[kind])),
      h('span', { class: 'figure-note' }, ' (', percent(count.coverage[kind]), ')'))),
    h('td', { 'data-testid': 'figures-coverage' }, percent(count.coverage.total)));
}

function sourceItem(source, wording) {
  const words = wording ? (lang() === 'fr' ? wording.fr : wording.ar) : null;
  return h('li', { 'data-testid': 'figures-source' },
    userText(source.document), source.section ? [' — ', userText(source.section)] : null,
    words ? [' ', h('q', {}, userText(words))] : null,
    source.note ? h('span', { class: 'figure-note' }, ' (', userText(source.note), ')') : null);
}

/** The documented totals, the platform's count and the coverage; unavailable when network-service is not reached. */
export function figuresSection(figures) {
  if (!figures) {
    return section('nf.title', 'network-figures', empty('nf.unavailable'));
  }
  const rows = [...figures.documented.map(count => countRow(count, 'nf.documented', 'figures-documented')),
    countRow(figures.platform, 'nf.platform', 'figures-platform'),
    h('tr', { 'data-testid': 'figures-national' },
      h('th', { scope: 'row' }, t('nf.national')),
      h('td', {}, integer(figures.national.total)),
      ...KINDS.map(kind => h('td', {}, integer(figures.national[kind]))),
      h('td', {}, percent(100)))];
  return section('nf.title', 'network-figures',
    table(['nf.count', 'nf.total', 'kind.REGION', 'kind.PREFECTURE_OR_PROVINCE', 'kind.COMMUNE', 'nf.coverage'],
      rows, 'figures-table'),
    h('p', { class: 'figure-note' }, t('nf.note')),
    h('h3', {}, t('nf.sources')),
    h('ul', { class: 'sources' },
      ...figures.documented.map(count => sourceItem(count.source, count.wording)),
      sourceItem(figures.nationalSource, null)));
}

/** The network's activities, latest first, each with the support program's axis it serves. */
export function activitiesSection(activities) {
  const sorted = [...activities].sort((a, b) => b.held_on.localeCompare(a.held_on));
  const rows = sorted.map(activity =>
    h('tr', { 'data-testid': 'activity-row', 'data-id': activity.activity_id },
      h('td', {}, date(activity.held_on)),
      h('td', {}, userText(activity.title)),
      h('td', {}, code('activity', activity.kind)),
      h('td', { 'data-testid': 'activity-axis' }, activity.axis ? code('axis', activity.axis) : t('na.untagged')),
      h('td', {}, integer(activity.attending))));
  return section('na.title', 'network-activities-list', activities.length === 0 ? empty('none')
    : table(['na.date', 'na.activity', 'column.kind', 'na.axis', 'na.attending'], rows, 'activities-table'));
}
