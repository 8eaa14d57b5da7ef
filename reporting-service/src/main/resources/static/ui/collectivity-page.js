// A collectivity's page: who it is, participation, proposals, the stations timeline, its
// program (see program-section.js) and its audit trail.
import { h } from './dom.js';
import { api } from './api.js';
import { t, code, date, integer, localized, percent } from './i18n.js';
import { stackedBars, donut, barChart, COLORS } from './charts.js';
import { section, figure, figures, moneyFigure, badge, empty } from './widgets.js';
import { programSection } from './program-section.js';
import { stationsTimeline } from './stations-timeline.js';
import { consultationsSection } from './consultations-section.js';
import { auditSection } from './audit-section.js';
import { documentsSection } from './documents-section.js';

export async function load(route, asOf) {
  const [dashboard, audit, regions] = await Promise.all([
    api.collectivity(route.id, asOf), api.audit(route.id), api.regions().catch(() => [])]);
  return { dashboard, audit, regions };
}

export function draw(data) {
  const { dashboard } = data;
  const program = dashboard.program;
  const participation = dashboard.participation;
  return h('div', { class: 'page', 'data-testid': 'collectivity-page' },
    h('a', { href: '#/', class: 'back' }, t('back')),
    identity(dashboard.collectivity, data.regions, dashboard.processes),
    h('p', { class: 'subtitle' }, t('asOf') + ' ' + date(dashboard.asOf)),
    figures(
      figure('c.inPerson', integer(participation.inPerson.total), 'participation-inperson-total', t('c.stationCount')),
      figure('c.online', integer(participation.online.total), 'participation-online-total', t('c.digitalCallCount')),
      figure('c.onlineAuthors', integer(participation.onlineAuthors.total), 'participation-online-authors',
        t('c.onlineAuthorsNote')),
      figure('c.onlineVoters', integer(participation.onlineVoters), 'participation-online-voters',
        t('c.onlineVotersNote')),
      figure('c.reported', (dashboard.proposals.reportedApproximate ? '≈ ' : '')
        + integer(dashboard.proposals.reportedByStations), 'proposals-reported',
      dashboard.proposals.reportedApproximate ? t('c.approximate') : null),
      figure('c.recorded', integer(dashboard.proposals.recorded), 'proposals-recorded'),
      moneyFigure('p.adopted', program ? program.adoptedTotalCostMad : null, 'program-adopted'),
      figure('p.progress', program ? percent(program.progressPercent) : '—', 'program-progress')),
    h('div', { class: 'columns' },
      participationSection(participation, dashboard.proposals),
      proposalsSection(dashboard.proposals)),
    stationsTimeline(dashboard.stations),
    consultationsSection(dashboard.consultations),
    programSection(program),
    documentsSection(dashboard.documents),
    auditSection(data));
}

function identity(collectivity, regions, processes) {
  const region = regions.find(candidate => candidate.id === collectivity.regionId);
  const facts = [code('kind', collectivity.kind),
    region ? localized(region, 'name') : t('region.unknown'),
    t('c.province') + ': ' + (collectivity.province || t('unknown'))];
  return h('header', { class: 'identity' },
    h('h1', { 'data-testid': 'collectivity-name' }, localized(collectivity, 'name') || collectivity.id),
    collectivity.nameTzm ? h('p', { class: 'tzm', lang: 'zgh' }, collectivity.nameTzm) : null,
    h('p', { class: 'facts' }, facts.join(' · '), ' ',
      badge(code('member', collectivity.status), collectivity.status === 'SUSPENDED' ? 'warn' : 'ok')),
    processes.length === 0 ? null : h('ul', { class: 'processes' }, processes.map(process =>
      h('li', {}, t('c.processes') + ' ', h('bdi', { dir: 'ltr' }, process.cycle || ''), ': ',
        badge(code('phase', process.phase))))));
}

/** The recorded proposals by channel, the equality body's as a channel of its own. */
function byChannel(channels) {
  return [h('h3', {}, t('c.byChannel')),
    h('dl', { class: 'counts', 'data-testid': 'proposals-by-channel' }, Object.entries(channels || {}).map(([channel, count]) =>
      h('div', {}, h('dt', {}, code('channel', channel)),
        h('dd', {}, h('b', { 'data-testid': 'proposals-channel-' + channel }, integer(count))))))];
}

function participationSection(participation, proposals) {
  const series = [
    { label: t('c.women'), color: COLORS.women },
    { label: t('c.men'), color: COLORS.men },
    { label: t('c.unspecified'), color: COLORS.unspecified }];
  const channels = [['inPerson', 'c.inPerson', 'inperson'], ['online', 'c.online', 'online']];
  const rows = channels.map(([key, labelKey]) => {
    const counts = participation[key];
    return { label: t(labelKey), values: [counts.women, counts.men, counts.unspecified] };
  });
  const byGender = [...channels, ['onlineAuthors', 'c.onlineAuthors', 'online-authors']];
  const details = h('dl', { class: 'counts' }, byGender.map(([key, labelKey, testid]) => {
    const counts = participation[key];
    return h('div', {},
      h('dt', {}, t(labelKey)),
      h('dd', {},
        t('c.women') + ' ', h('b', { 'data-testid': `participation-${testid}-women` }, integer(counts.women)), ' · ',
        t('c.men') + ' ', h('b', { 'data-testid': `participation-${testid}-men` }, integer(counts.men)),
        counts.unspecified > 0 ? [' · ' + t('c.unspecified') + ' ', h('b', {}, integer(counts.unspecified))] : null));
  }), h('div', {},
    h('dt', {}, t('c.onlineVoters')),
    h('dd', {}, h('b', { 'data-testid': 'participation-online-voters-total' }, integer(participation.onlineVoters)),
      ' · ' + t('c.onlineVotersNote'))));
  return section('c.byGender', 'participation',
    stackedBars(rows, series, { label: t('c.byGender') }),
    details,
    byChannel(proposals.byChannel),
    h('h3', {}, t('c.channelShare')),
    donut([
      { label: t('c.inPerson'), value: participation.inPerson.total, color: COLORS.primary },
      { label: t('c.online'), value: participation.online.total, color: COLORS.accent }],
    { label: t('c.channelShare') }));
}

function proposalsSection(proposals) {
  const rate = proposals.retentionRate;
  const statuses = Object.entries(proposals.byStatus || {});
  return section('c.proposals', 'proposals',
    figures(
      figure('c.retention', rate === null || rate === undefined ? '—' : percent(Number(rate) * 100),
        'proposals-retention', rate === null || rate === undefined ? t('c.retentionNone') : null)),
    h('h3', {}, t('c.byStatus')),
    proposals.recorded === 0 && statuses.every(([, count]) => count === 0)
      ? empty('none', 'proposals-by-status-empty')
      : barChart(statuses.map(([status, count]) => ({ label: code('proposal', status), value: count,
        color: status === 'RETAINED' ? COLORS.primary : status === 'NOT_RETAINED' ? COLORS.accent : COLORS.unspecified })),
      { label: t('c.byStatus') }));
}
