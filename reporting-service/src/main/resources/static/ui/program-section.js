// The open action program: as the council adopted it and as it stands now, cost by axis,
// cost-weighted progress, the matrix, late projects, revisions and evaluations.
import { h } from './dom.js';
import { t, code, date, dirhams, integer, localized, mdh, number, percent } from './i18n.js';
import { groupedBars, progress, COLORS } from './charts.js';
import { section, figure, figures, moneyFigure, badge, table, userText, empty } from './widgets.js';
import { adoptionStation, monitoringMeetings } from './program-stations.js';

export function programSection(program) {
  if (!program) {
    return section('p.title', 'program', empty('p.none', 'program-empty'));
  }
  return section('p.title', 'program',
    h('p', { class: 'program-title' }, userText(program.title), ' ',
      h('span', { dir: 'ltr' }, program.startYear + '–' + program.endYear), ' ',
      badge(code('program', program.status), 'ok')),
    adoption(program.adoption),
    adoptionStation(program.adoptionStation),
    figures(
      moneyFigure('p.adopted', program.adoptedTotalCostMad, 'program-adopted-figure'),
      moneyFigure('p.now', program.totalCostMad, 'program-now'),
      program.lateProjects === null || program.lateProjects === undefined
        ? figure('p.late', '—', 'program-late', t('p.notAdopted'))
        : figure('p.late', integer(program.lateProjects), 'program-late'),
      figure('p.evaluations', integer(program.evaluations), 'program-evaluations')),
    h('h3', {}, t('p.progress'), ': ', h('span', { 'data-testid': 'program-progress-percent' },
      percent(program.progressPercent))),
    progress(program.progressPercent, 'program-progress-bar'),
    h('h3', {}, t('p.byAxis')),
    groupedBars(program.axes.map(axis => ({
      label: axis.number + '. ' + localized(axis, 'title'),
      values: [axis.adoptedTotalCostMad, axis.totalCostMad] })),
    [{ label: t('p.adopted'), color: COLORS.muted }, { label: t('p.now'), color: COLORS.primary }],
    { format: mdh, label: t('p.byAxis') }),
    monitoringMeetings(program.monitoringMeetings),
    h('h3', {}, t('p.matrix')),
    matrix(program),
    h('h3', {}, t('p.revisions')),
    revisions(program.revisions),
    h('h3', {}, t('p.evaluations')),
    evaluation(program.latestEvaluation));
}

function adoption(adopted) {
  if (!adopted) {
    return h('p', { class: 'muted' }, t('p.adoption') + ': ' + t('p.notAdopted'));
  }
  return h('p', { 'data-testid': 'program-adoption' }, t('p.adoption') + ': ' + date(adopted.adoptedOn) + ' · ' +
    t('p.session') + ': ', userText(adopted.session || t('unknown')),
    adopted.deliberationRef ? [' · ', userText(adopted.deliberationRef)] : null);
}

function matrix(program) {
  const rows = [];
  program.axes.forEach(axis => {
    rows.push(h('tr', { class: 'axis-row' },
      h('th', { colspan: 3, scope: 'rowgroup' }, t('p.axis') + ' ' + axis.number + ' — ' + localized(axis, 'title')),
      h('td', { class: 'num' }, dirhams(axis.adoptedTotalCostMad)),
      h('td', { class: 'num' }, dirhams(axis.totalCostMad)),
      h('td', { colspan: 3 })));
    axis.projects.forEach(project => rows.push(h('tr', {
      'data-testid': 'matrix-project', class: project.cancelled ? 'cancelled' : null },
    h('td', { class: 'num' }, project.number),
    h('td', {}, localized(project, 'title')),
    h('td', { class: 'num' }, number(project.durationMonths)),
    h('td', { class: 'num' }, dirhams(project.adoptedCostMad)),
    h('td', { class: 'num' }, dirhams(project.costMad)),
    h('td', { 'data-testid': 'project-funding' }, code('funding', project.fundingKind)),
    h('td', {}, code('project', project.status),
      project.late ? [' ', badge(t('p.lateFlag'), 'warn')] : null),
    h('td', { class: 'num' }, percent(project.percent)))));
  });
  rows.push(h('tr', { class: 'total-row' },
    h('th', { colspan: 3, scope: 'row' }, t('p.title')),
    h('td', { class: 'num' }, dirhams(program.adoptedTotalCostMad)),
    h('td', { class: 'num' }, dirhams(program.totalCostMad)),
    h('td', { colspan: 3 })));
  return table(['p.project', 'column.name', 'p.months', 'p.adoptedCost', 'p.cost', 'p.funding', 'p.status', 'p.percent'],
    rows, 'matrix');
}

function revisions(list) {
  if (!list || list.length === 0) {
    return empty('p.noRevisions', 'revisions-empty');
  }
  return h('ul', { class: 'revisions', 'data-testid': 'revisions' }, list.map(revision => {
    const changes = [];
    if (revision.costMad !== null && revision.costMad !== undefined) {
      changes.push(t('p.cost') + ' → ' + dirhams(revision.costMad));
    }
    if (revision.durationMonths !== null && revision.durationMonths !== undefined) {
      changes.push(t('p.months') + ' → ' + number(revision.durationMonths));
    }
    if (revision.cancelled) {
      changes.push(t('p.cancelled'));
    }
    return h('li', { 'data-testid': 'revision' },
      h('b', {}, t('p.project') + ' ' + revision.number), ' · ' + date(revision.revisedOn) + ' · ' + changes.join(' · '),
      h('br', {}), t('audit.reason') + ': ', userText(revision.reason || '—'));
  }));
}

function evaluation(latest) {
  if (!latest) {
    return empty('p.noEvaluations', 'evaluations-empty');
  }
  const findings = Array.isArray(latest.findings) ? latest.findings : [];
  return h('div', { 'data-testid': 'latest-evaluation' },
    h('p', {}, t('p.period') + ': ' + date(latest.periodFrom) + ' – ' + date(latest.periodTo)),
    table(['p.project', 'p.completion', 'p.comment'], findings.map(finding => h('tr', {},
      h('td', { class: 'num' }, finding.number),
      h('td', {}, finding.completion || '—'),
      h('td', {}, finding.comment ? userText(finding.comment) : '—'))), 'evaluation-findings'));
}
