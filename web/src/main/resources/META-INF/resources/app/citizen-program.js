// An action program as citizens hold it to account: now and as the council adopted it (status,
// cost per axis and in all, projects with status, progress, lateness and funding), its revisions
// with their reasons, its evaluations and its documents. Before adoption there is no adopted
// total, no progress and nothing late: those read "not adopted yet" or unknown, never 0.
import { h } from './dom.js';
import { t, code, placeName, date, integer, localized, mdh, number, percent } from './i18n.js';
import { get, all, enc, ApiProblem } from './api.js';
import { page, card, table, facts, badge } from './ui.js';
import { LABELS as COMMON, statusBadge, scrollable, bidi } from './citizen-common.js';

export const LABELS = Object.assign({}, COMMON, {
  'citizen.pg.total': { ar: 'الكلفة الإجمالية حاليا', fr: 'Coût total aujourd’hui' },
  'citizen.pg.adoptedTotal': { ar: 'الكلفة كما صودق عليها', fr: 'Coût tel qu’adopté' },
  'citizen.pg.progress': { ar: 'الإنجاز المرجح بالكلفة', fr: 'Avancement pondéré par le coût' },
  'citizen.pg.lateCount': { ar: 'مشاريع متأخرة', fr: 'Projets en retard' },
  'citizen.pg.projectsCount': { ar: 'عدد المشاريع', fr: 'Nombre de projets' },
  'citizen.pg.notAdopted': { ar: 'لم يصادق عليه بعد', fr: 'pas encore adopté' },
  'citizen.pg.adoption': { ar: 'المصادقة', fr: 'Adoption' },
  'citizen.pg.session': { ar: 'الدورة', fr: 'Session' },
  'citizen.pg.adoptedOn': { ar: 'تاريخ المصادقة', fr: 'Adopté le' },
  'citizen.pg.deliberation': { ar: 'مرجع المداولة', fr: 'Référence de la délibération' },
  'citizen.pg.byAxis': { ar: 'الكلفة حسب المحور (مليون درهم)', fr: 'Coût par axe (MDH)' },
  'citizen.pg.axis': { ar: 'المحور', fr: 'Axe' },
  'citizen.pg.now': { ar: 'حاليا', fr: 'Aujourd’hui' },
  'citizen.pg.adopted': { ar: 'كما صودق عليه', fr: 'Tel qu’adopté' },
  'citizen.pg.all': { ar: 'المجموع', fr: 'Total' },
  'citizen.pg.projects': { ar: 'مشاريع البرنامج', fr: 'Projets du programme' },
  'citizen.pg.number': { ar: 'رقم', fr: 'N°' },
  'citizen.pg.project': { ar: 'المشروع', fr: 'Projet' },
  'citizen.pg.months': { ar: 'المدة (شهر)', fr: 'Durée (mois)' },
  'citizen.pg.cost': { ar: 'الكلفة (مليون درهم)', fr: 'Coût (MDH)' },
  'citizen.pg.percent': { ar: 'الإنجاز', fr: 'Avancement' },
  'citizen.pg.late': { ar: 'متأخر؟', fr: 'En retard ?' },
  'citizen.pg.funding': { ar: 'التمويل', fr: 'Financement' },
  'citizen.pg.funding.OWN': { ar: 'تمويل ذاتي', fr: 'Fonds propres' },
  'citizen.pg.funding.PARTNERS': { ar: 'شركاء في إطار اتفاقيات', fr: 'Partenaires sous conventions' },
  'citizen.pg.project.NOT_STARTED': { ar: 'لم ينطلق', fr: 'Non démarré' },
  'citizen.pg.project.IN_PROGRESS': { ar: 'في طور الإنجاز', fr: 'En cours' },
  'citizen.pg.project.DELAYED': { ar: 'متأخر', fr: 'Retardé' },
  'citizen.pg.project.COMPLETED': { ar: 'منجز', fr: 'Achevé' },
  'citizen.pg.project.CANCELLED': { ar: 'ملغى', fr: 'Annulé' },
  'citizen.pg.revisions': { ar: 'التعديلات وأسبابها', fr: 'Révisions et leurs motifs' },
  'citizen.pg.revision': { ar: 'تعديل المشروع {number} بتاريخ {on}', fr: 'Révision du projet {number} le {on}' },
  'citizen.pg.reason': { ar: 'السبب', fr: 'Motif' },
  'citizen.pg.evaluations': { ar: 'التقييمات', fr: 'Évaluations' },
  'citizen.pg.period': { ar: 'الفترة من {from} إلى {to}', fr: 'Période du {from} au {to}' },
  'citizen.pg.byCivilSociety': { ar: 'أنجزه المجتمع المدني', fr: 'Menée par la société civile' },
  'citizen.pg.completion': { ar: 'درجة الإنجاز', fr: 'Achèvement' },
  'citizen.pg.opened': { ar: 'أثر الانفتاح', fr: 'Ouverture du gouvernement' },
  'citizen.pg.verifiable': { ar: 'قابل للتحقق', fr: 'Vérifiable' },
  'citizen.pg.comment': { ar: 'ملاحظة', fr: 'Commentaire' },
  'citizen.pg.completion.NOT_STARTED': { ar: 'لم ينطلق', fr: 'Non démarré' },
  'citizen.pg.completion.LIMITED': { ar: 'محدود', fr: 'Limité' },
  'citizen.pg.completion.SUBSTANTIAL': { ar: 'جوهري', fr: 'Substantiel' },
  'citizen.pg.completion.COMPLETE': { ar: 'مكتمل', fr: 'Complet' },
  'citizen.pg.opened.DID_NOT_CHANGE': { ar: 'لم يتغير شيء', fr: 'N’a pas changé' },
  'citizen.pg.opened.MARGINAL': { ar: 'هامشي', fr: 'Marginal' },
  'citizen.pg.opened.MAJOR': { ar: 'كبير', fr: 'Majeur' },
  'citizen.pg.opened.OUTSTANDING': { ar: 'استثنائي', fr: 'Exceptionnel' },
  'citizen.pg.documents': { ar: 'الوثائق', fr: 'Documents' },
  'citizen.pg.docKind': { ar: 'النوع', fr: 'Type' },
  'citizen.pg.size': { ar: 'الحجم', fr: 'Taille' },
  'citizen.pg.kb': { ar: '{size} ك.ب', fr: '{size} Ko' },
  'citizen.pg.report': { ar: 'تقرير إنجاز المشروع {number} ({on})', fr: 'Rapport d’avancement du projet {number} ({on})' },
  'citizen.pg.doc.DELIBERATION': { ar: 'مداولة', fr: 'Délibération' },
  'citizen.pg.doc.MINUTES': { ar: 'محضر', fr: 'Procès-verbal' },
  'citizen.pg.doc.PROGRAM': { ar: 'البرنامج', fr: 'Programme' },
  'citizen.pg.doc.PRESS_RELEASE': { ar: 'بلاغ صحفي', fr: 'Communiqué de presse' },
  'citizen.pg.doc.REPORT': { ar: 'تقرير', fr: 'Rapport' },
  'citizen.pg.doc.OTHER': { ar: 'وثيقة أخرى', fr: 'Autre document' },
  'citizen.pg.field.costMad': { ar: 'الكلفة', fr: 'Coût' },
  'citizen.pg.field.durationMonths': { ar: 'المدة', fr: 'Durée' },
  'citizen.pg.field.cancelled': { ar: 'ملغى', fr: 'Annulé' },
});

const ADOPTED = ['ADOPTED', 'IN_EXECUTION', 'CLOSED'];

/** Money in a key figure: the number large, its unit small. */
function figureMoney(value) {
  return value === null || value === undefined ? t('unknown') : [mdh(value), ' ', h('span', { class: 'unit' }, t('citizen.mdh'))];
}

function figure(label, value, testid) {
  return h('div', { class: 'figure' }, h('span', { class: 'figure-value', 'data-testid': testid }, value),
    h('span', { class: 'figure-label' }, t(label)));
}

function funding(value) {
  if (!value) {
    return t('unknown');
  }
  const partners = (value.partners || []).join('، ');
  const conventions = (value.conventionRefs || []).join('، ');
  return [code('citizen.pg.funding', value.kind), partners, conventions].filter(Boolean).join(' · ');
}

function projectsTable(program, adoptedCosts, adopted) {
  const projects = program.axes.flatMap(axis => axis.projects);
  return scrollable(table([
    { label: t('citizen.pg.number'), num: true, cell: p => String(p.number) },
    { label: t('citizen.pg.project'), cell: p => bidi(localized(p, 'title')) },
    { label: t('citizen.pg.axis'), num: true, cell: p => String(p.axis) },
    { label: t('citizen.pg.months'), num: true, cell: p => number(p.durationMonths) },
    { label: t('citizen.pg.cost'), num: true, cell: p => mdh(p.costMad) },
    adopted ? { label: t('citizen.pg.adopted'), num: true, cell: p => adoptedCosts[p.number] === undefined ? '—' : mdh(adoptedCosts[p.number]) } : null,
    { label: t('status'), cell: p => statusBadge('pg.project', p.status, 'project-status', p.cancelled ? 'warn' : null) },
    { label: t('citizen.pg.percent'), num: true, cell: p => h('span', { 'data-testid': 'project-percent' },
      adopted ? percent(p.percent) + (p.progressAsOf ? ' (' + date(p.progressAsOf) + ')' : '') : t('unknown')) },
    { label: t('citizen.pg.late'), cell: p => h('span', { 'data-testid': 'project-late' },
      !adopted ? t('unknown') : p.late ? badge(t('yes'), 'warn') : t('no')) },
    { label: t('citizen.pg.funding'), cell: p => h('span', { 'data-testid': 'project-funding' }, funding(p.funding)) },
  ].filter(Boolean), projects.map(p => Object.assign({ id: String(p.number) }, p)),
  { rowTestid: 'project-row', caption: t('citizen.pg.projects') }), t('citizen.pg.projects'));
}

function axesTable(program, adoptedView) {
  const adoptedAxes = Object.fromEntries(((adoptedView && adoptedView.axes) || []).map(a => [a.number, a.totalCostMad]));
  const cell = (text, attrs) => h('td', Object.assign({ class: 'num' }, attrs || {}), text);
  return scrollable(h('div', { class: 'table-scroll' }, h('table', { 'data-testid': 'axes' },
    h('caption', { class: 'visually-hidden' }, t('citizen.pg.byAxis')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('citizen.pg.axis')), h('th', { scope: 'col' }, t('citizen.pg.now')),
      h('th', { scope: 'col' }, t('citizen.pg.adopted')), h('th', { scope: 'col' }, t('citizen.pg.projectsCount')))),
    h('tbody', {}, program.axes.map(axis => h('tr', { 'data-testid': 'axis-row' },
      h('th', { scope: 'row' }, axis.number + '. ', bidi(localized(axis, 'title'))),
      cell(mdh(axis.totalCostMad)), cell(adoptedView ? mdh(adoptedAxes[axis.number]) : t('citizen.pg.notAdopted')),
      cell(integer(axis.projects.length)))),
    h('tr', { class: 'total-row' }, h('th', { scope: 'row' }, t('citizen.pg.all')),
      cell(mdh(program.totalCostMad), { 'data-testid': 'axes-total' }),
      cell(adoptedView ? mdh(program.adoptedTotalCostMad) : t('citizen.pg.notAdopted')),
      cell(integer(program.axes.reduce((sum, axis) => sum + axis.projects.length, 0))))))), t('citizen.pg.byAxis'));
}

function changeText(change) {
  const value = v => v === null || v === undefined ? t('unknown')
    : change.field === 'costMad' ? mdh(v) + ' ' + t('citizen.mdh') : String(v);
  return code('citizen.pg.field', change.field) + ': ' + value(change.from) + ' → ' + value(change.to);
}

function revisionsCard(revisions) {
  return card(t('citizen.pg.revisions'), { 'data-testid': 'revisions' }, revisions.length
    ? h('ul', { class: 'list-plain' }, revisions.map(r => h('li', { 'data-testid': 'revision' },
      h('p', { class: 'item-title' }, t('citizen.pg.revision', { number: r.number, on: date(r.revisedOn) })),
      h('ul', {}, (r.changes || []).map(change => h('li', {}, changeText(change)))),
      h('p', {}, t('citizen.pg.reason'), ': ', h('bdi', { 'data-testid': 'revision-reason' }, r.reason || t('unknown'))))))
    : h('p', { class: 'empty' }, t('empty')));
}

function evaluationsCard(evaluations) {
  return card(t('citizen.pg.evaluations'), { 'data-testid': 'evaluations' }, evaluations.length
    ? evaluations.map(e => h('div', { 'data-testid': 'evaluation' },
      h('h3', {}, t('citizen.pg.period', { from: date(e.periodFrom), to: date(e.periodTo) })),
      h('p', {}, t('citizen.pg.byCivilSociety'), ': ', e.byCivilSociety === null || e.byCivilSociety === undefined
        ? t('unknown') : t(e.byCivilSociety ? 'yes' : 'no')),
      scrollable(table([
        { label: t('citizen.pg.project'), num: true, cell: f => String(f.number) },
        { label: t('citizen.pg.completion'), cell: f => code('citizen.pg.completion', f.completion) },
        { label: t('citizen.pg.opened'), cell: f => code('citizen.pg.opened', f.openedGovernment) },
        { label: t('citizen.pg.verifiable'), cell: f => t(f.verifiable ? 'yes' : 'no') },
        { label: t('citizen.pg.comment'), cell: f => f.comment || '—' },
      ], e.findings || [], { caption: t('citizen.pg.evaluations') }), t('citizen.pg.evaluations'))))
    : h('p', { class: 'empty' }, t('empty')));
}

function documentsCard(documents) {
  return card(t('citizen.pg.documents'), { 'data-testid': 'documents' }, scrollable(table([
    { label: t('citizen.title'), cell: d => h('a', { href: d.href, download: d.fileName || '', 'data-testid': 'document-link' }, d.title || d.fileName) },
    { label: t('citizen.pg.docKind'), cell: d => code('citizen.pg.doc', d.kind) },
    { label: t('citizen.pg.size'), num: true, cell: d => t('citizen.pg.kb', { size: number(d.size / 1024) }) },
    { label: 'SHA-256', cell: d => h('code', { class: 'sha256' }, d.sha256) },
    { label: t('citizen.pg.project'), cell: d => d.projectNumber === null || d.projectNumber === undefined ? '—'
      : t('citizen.pg.report', { number: d.projectNumber, on: date(d.progressAsOf) }) },
  ], documents, { rowTestid: 'document-row', caption: t('citizen.pg.documents') }), t('citizen.pg.documents')));
}

async function adoptedViewOf(id) {
  try {
    return await get('/api/programs/' + enc(id), { view: 'adopted' });
  } catch (notAdopted) {
    if (notAdopted instanceof ApiProblem && notAdopted.status === 404) {
      return null;
    }
    throw notAdopted;
  }
}

async function program(params) {
  const id = params.id;
  const [found, adoptedView, evaluations] = await Promise.all([
    get('/api/programs/' + enc(id)), adoptedViewOf(id), all('/api/programs/' + enc(id) + '/evaluations', {}, 200),
  ]);
  const place = await get('/api/collectivities/' + enc(found.collectivityId)).catch(() => null);
  const adopted = ADOPTED.includes(found.status) && adoptedView !== null;
  const projects = found.axes.flatMap(axis => axis.projects);
  const adoptedCosts = Object.fromEntries(((adoptedView && adoptedView.axes) || [])
    .flatMap(axis => axis.projects).map(p => [p.number, p.costMad]));
  return page(bidi(found.title),
    h('p', { class: 'subtitle' }, place ? h('a', { href: '#/c/' + enc(place.id), 'data-testid': 'collectivity-link' }, placeName(place)) : null,
      ' · ', found.startYear + '–' + found.endYear, ' · ', statusBadge('program', found.status, 'program-status', adopted ? 'ok' : null)),
    h('div', { class: 'figures' },
      figure('citizen.pg.total', figureMoney(found.totalCostMad), 'program-total'),
      figure('citizen.pg.adoptedTotal', adopted ? figureMoney(found.adoptedTotalCostMad) : t('citizen.pg.notAdopted'), 'program-adopted-total'),
      figure('citizen.pg.progress', adopted ? percent(found.progressPercent) : t('unknown'), 'program-progress'),
      figure('citizen.pg.lateCount', adopted ? integer(projects.filter(p => p.late).length) : t('unknown'), 'program-late'),
      figure('citizen.pg.projectsCount', integer(projects.length), 'program-projects-count')),
    card(t('citizen.pg.adoption'), { 'data-testid': 'adoption' }, found.adoption
      ? facts([
        [t('citizen.pg.session'), found.adoption.session],
        [t('citizen.pg.adoptedOn'), date(found.adoption.adoptedOn)],
        [t('citizen.pg.deliberation'), found.adoption.deliberationRef],
      ])
      : h('p', { 'data-testid': 'not-adopted' }, t('citizen.pg.notAdopted'))),
    card(t('citizen.pg.byAxis'), { 'data-testid': 'by-axis' }, axesTable(found, adopted ? adoptedView : null)),
    card(t('citizen.pg.projects'), { 'data-testid': 'projects' }, projectsTable(found, adoptedCosts, adopted)),
    revisionsCard(found.revisions || []),
    evaluationsCard(evaluations),
    documentsCard(found.documents || []));
}

export const PAGES = { program };
