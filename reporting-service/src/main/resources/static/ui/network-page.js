// The network page: members by kind, region and status, programs adopted, programmed cost,
// and every collectivity with a link to its own page.
import { h } from './dom.js';
import { api } from './api.js';
import { t, code, date, integer, lang } from './i18n.js';
import { barChart, COLORS } from './charts.js';
import { section, figure, figures, moneyFigure, table, badge, empty } from './widgets.js';
import { figuresSection, activitiesSection } from './network-sections.js';

const KIND_TESTIDS = { REGION: 'members-regions', PREFECTURE_OR_PROVINCE: 'members-prefectures', COMMUNE: 'members-communes' };

export async function load(route, asOf) {
  // the documented figures come from network-service: the page stands without them
  const [dashboard, members, regions, reference, activities] = await Promise.all([
    api.network(asOf), api.members(), api.regions().catch(() => []), api.figures(asOf).catch(() => null),
    api.activities(asOf)]);
  return { dashboard, members: members.items, regions, reference, activities: activities.items };
}

export function draw(data) {
  const { dashboard } = data;
  const members = dashboard.members;
  const byStatus = dashboard.byStatus || {};
  return h('div', { class: 'page', 'data-testid': 'network-page' },
    h('h1', {}, t('network.title')),
    h('p', { class: 'subtitle' }, t('asOf') + ' ', h('span', { 'data-testid': 'network-as-of' }, date(members.asOf))),
    figures(
      figure('network.members', integer(members.total), 'members-total'),
      ...Object.keys(KIND_TESTIDS).map(kind =>
        figure('kind.' + kind, integer(members.byKind[kind] || 0), KIND_TESTIDS[kind])),
      figure('network.active', integer(byStatus.ACTIVE || 0), 'members-active'),
      figure('network.suspended', integer(byStatus.SUSPENDED || 0), 'members-suspended'),
      figure('network.processes', integer(dashboard.processesOpened), 'processes-opened'),
      figure('network.programsAdopted', integer(dashboard.programsAdopted), 'programs-adopted'),
      moneyFigure('network.programmed', dashboard.programmedCostMad, 'programmed'),
      figure('network.activities', integer(dashboard.activities), 'network-activities')),
    h('div', { class: 'columns' },
      section('network.byKind', 'members-by-kind', barChart(Object.entries(members.byKind).map(([kind, count]) =>
        ({ label: code('kind', kind), value: count })), { label: t('network.byKind') })),
      section('network.byStatus', 'members-by-status', Object.keys(byStatus).length === 0
        ? empty('none')
        : barChart(Object.entries(byStatus).map(([status, count]) =>
          ({ label: code('member', status), value: count, color: status === 'SUSPENDED' ? COLORS.accent : COLORS.primary })),
        { label: t('network.byStatus') }))),
    figuresSection(data.reference),
    activitiesSection(data.activities),
    h('div', { class: 'columns' },
      section('network.byRegion', 'members-by-region', regionChart(members.byRegion, data.regions)),
      memberList(data.members, data.regions)));
}

function regionNames(regions) {
  return Object.fromEntries(regions.map(region => [region.id, region]));
}

function regionName(id, names) {
  if (!id || id === 'unknown') {
    return t('region.unknown');
  }
  const region = names[id];
  return region ? (lang() === 'fr' ? region.nameFr : region.nameAr) : id;
}

function regionChart(byRegion, regions) {
  const names = regionNames(regions);
  // the regions in their official order (north to south), then any other key, "unknown" last
  const order = id => (id === 'unknown' ? 1000 : names[id] ? regions.indexOf(names[id]) : 999);
  const rows = Object.entries(byRegion || {})
    .sort(([a], [b]) => order(a) - order(b))
    .map(([id, count]) => ({ label: regionName(id, names), value: count,
      color: id === 'unknown' ? COLORS.unspecified : COLORS.primary }));
  return rows.length === 0 ? empty('none') : barChart(rows, { label: t('network.byRegion') });
}

function memberList(members, regions) {
  const names = regionNames(regions);
  const name = member => (lang() === 'fr' ? member.name_fr || member.name_ar : member.name_ar || member.name_fr);
  const sorted = [...members].sort((a, b) => a.kind.localeCompare(b.kind) || name(a).localeCompare(name(b), lang()));
  const rows = sorted.map(member =>
    h('tr', { 'data-testid': 'member-row', 'data-id': member.collectivity_id },
      h('td', {}, h('a', { href: '#/c/' + encodeURIComponent(member.collectivity_id) }, name(member))),
      h('td', {}, code('kind', member.kind)),
      h('td', {}, regionName(member.region_id, names)),
      h('td', {}, badge(code('member', member.status), member.status === 'SUSPENDED' ? 'warn' : null))));
  const list = table(['column.name', 'column.kind', 'column.region', 'column.status'], rows, 'members-table');
  const filter = h('input', { type: 'search', class: 'filter', placeholder: t('network.filter'),
    'aria-label': t('network.filter'),
    oninput: event => {
      const wanted = event.target.value.trim().toLowerCase();
      rows.forEach((row, i) => {
        const member = sorted[i];
        const text = [member.name_ar, member.name_fr, member.collectivity_id].join(' ').toLowerCase();
        row.hidden = wanted !== '' && !text.includes(wanted);
      });
    } });
  return section('network.list', 'members-list', members.length === 0 ? empty('none') : [filter, list]);
}
