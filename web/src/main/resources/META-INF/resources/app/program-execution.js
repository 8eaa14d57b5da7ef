// An adopted program's execution: each project revised with a reason, its progress reported with
// evidence documents, the revisions listed with their reasons.
import { h } from './dom.js';
import { t, code, number, date } from './i18n.js';
import { post, enc } from './api.js';
import { form, codeOptions } from './forms.js';
import { card, facts, badge } from './ui.js';
import {
  money, percentText, titleOf, projectsOf, executing, today, disclosure, write, redraw, checkDocument, DOCUMENT_ACCEPT,
} from './program-kit.js';
import { fundingText } from './program-matrix.js';
import { documentLine, upload } from './program-documents.js';
import { linksPanel } from './program-links.js';
import { lastDated } from './program-lifecycle.js';

const STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DELAYED', 'COMPLETED'];

export const EXECUTION_LABELS = {
  'pc.execution': { ar: 'تنفيذ المشاريع', fr: 'Exécution des projets' },
  'pc.executionIntro': { ar: 'بعد المصادقة، يتغير المشروع بتعديل معلل، ويتتبع إنجازه بتقارير مؤرخة مرفقة بأدلتها.', fr: 'Après l’adoption, un projet change par une révision motivée, et son avancement se suit par des rapports datés avec leurs preuves.' },
  'pc.lastReport': { ar: 'آخر تقرير', fr: 'Dernier rapport' },
  'pc.noReport': { ar: 'لا تقرير بعد', fr: 'aucun rapport pour l’instant' },
  'pc.note': { ar: 'ملاحظة', fr: 'Note' },
  'pc.evidenceUrl': { ar: 'رابط الدليل', fr: 'Lien vers la preuve' },
  'pc.evidence': { ar: 'وثائق الإثبات', fr: 'Documents de preuve' },
  'pc.revise': { ar: 'تعديل معلل', fr: 'Réviser (avec motif)' },
  'pc.reviseSubmit': { ar: 'تسجيل التعديل', fr: 'Enregistrer la révision' },
  'pc.revisedOn': { ar: 'تاريخ التعديل', fr: 'Date de la révision' },
  'pc.cancel': { ar: 'إلغاء المشروع', fr: 'Annuler le projet' },
  'pc.nothingToRevise': { ar: 'التعديل لا يغير شيئا.', fr: 'La révision ne change rien.' },
  'pc.report': { ar: 'تقرير إنجاز', fr: 'Rapport d’avancement' },
  'pc.reportSubmit': { ar: 'تسجيل التقرير', fr: 'Enregistrer le rapport' },
  'pc.asOf': { ar: 'بتاريخ', fr: 'À la date du' },
  'pc.projectStatus': { ar: 'وضعية المشروع', fr: 'État du projet' },
  'pc.percent': { ar: 'نسبة الإنجاز (%)', fr: 'Avancement (%)' },
  'pc.percentHint': { ar: 'النسبة الحالية: {percent}. نسبة أقل تحتاج إلى سبب.', fr: 'Avancement actuel : {percent}. Un avancement plus bas demande un motif.' },
  'pc.completedMeans100': { ar: 'المشروع المنجز نسبته 100%.', fr: 'Un projet achevé est à 100 %.' },
  'pc.decreaseNeedsReason': { ar: 'النسبة أقل من السابقة: اذكر السبب.', fr: 'L’avancement baisse : indiquez le motif.' },
  'pc.evidenceFile': { ar: 'وثيقة إثبات (PDF أو PNG أو JPEG، اختيارية)', fr: 'Document de preuve (PDF, PNG ou JPEG, facultatif)' },
  'pc.evidenceTitle': { ar: 'عنوان الوثيقة', fr: 'Titre du document' },
  'pc.revisions': { ar: 'التعديلات بعد المصادقة', fr: 'Révisions après l’adoption' },
  'pc.noRevisions': { ar: 'لا تعديل.', fr: 'Aucune révision.' },
  'pc.revisionOf': { ar: 'المشروع {n}، {date}', fr: 'Projet {n}, {date}' },
  'pc.field.costMad': { ar: 'الكلفة (درهم)', fr: 'Coût (dirhams)' },
  'pc.field.durationMonths': { ar: 'المدة (شهر)', fr: 'Durée (mois)' },
  'pc.field.titleAr': { ar: 'العنوان بالعربية', fr: 'Intitulé arabe' },
  'pc.field.titleFr': { ar: 'العنوان بالفرنسية', fr: 'Intitulé français' },
  'pc.field.cancelled': { ar: 'ملغى', fr: 'Annulé' },
  'pc.reason': { ar: 'السبب', fr: 'Motif' },
};

const path = (program, rest) => '/api/programs/' + enc(program.id) + rest;

function revisionForm(program, project) {
  const since = lastDated(program);
  return form({
    id: 'revision-' + project.number, submitLabel: 'pc.reviseSubmit',
    fields: [
      { name: 'costMad', label: 'pc.costMad', type: 'number', min: 0, step: '0.01', inputmode: 'decimal', value: project.costMad, hint: 'pc.costHint' },
      { name: 'durationMonths', label: 'pc.durationMonths', type: 'number', min: 0, step: 'any', inputmode: 'decimal', value: project.durationMonths },
      { name: 'titleAr', label: 'pc.titleAr', maxlength: 500, value: project.titleAr, dir: 'rtl' },
      { name: 'titleFr', label: 'pc.titleFr', maxlength: 500, value: project.titleFr, dir: 'ltr' },
      { name: 'cancelled', label: 'pc.cancel', type: 'checkbox' },
      { name: 'revisedOn', label: 'pc.revisedOn', type: 'date', required: true, min: since, max: today(), value: today() },
      { name: 'reason', label: 'pc.reasonRequired', type: 'textarea', rows: 2, required: true, maxlength: 2000 },
    ],
    check: values => {
      if (values.durationMonths !== undefined && !(values.durationMonths > 0)) {
        return { durationMonths: 'pc.positive' };
      }
      const same = (given, current) => given === undefined || String(given) === String(current === null ? '' : current);
      return !values.cancelled && same(values.costMad, project.costMad) && same(values.durationMonths, project.durationMonths)
        && same(values.titleAr, project.titleAr) && same(values.titleFr, project.titleFr)
        ? { costMad: 'pc.nothingToRevise' } : {};
    },
    submit: values => write(program, () => post(path(program, '/projects/' + project.number + '/revisions'), {
      costMad: values.costMad, durationMonths: values.durationMonths, titleAr: values.titleAr, titleFr: values.titleFr,
      cancelled: values.cancelled || undefined, revisedOn: values.revisedOn, reason: values.reason,
    }), now => (now.revisions || []).length > (program.revisions || []).length),
    done: redraw,
  });
}

function progressForm(program, project) {
  const start = program.startYear + '-01-01';
  const adopted = program.adoption ? program.adoption.adoptedOn : start;
  const end = program.endYear + '-12-31';
  const current = project.percent === null || project.percent === undefined ? 0 : Number(project.percent);
  const now = today();
  const report = form({
    id: 'progress-' + project.number, submitLabel: 'pc.reportSubmit',
    fields: [
      { name: 'asOf', label: 'pc.asOf', type: 'date', required: true, min: adopted > start ? adopted : start,
        max: now < end ? now : end, value: now < end ? now : end },
      { name: 'status', label: 'pc.projectStatus', type: 'select', required: true, value: project.status === 'NOT_STARTED' ? 'IN_PROGRESS' : project.status,
        options: codeOptions('pc.project', STATUSES) },
      { name: 'percent', label: 'pc.percent', type: 'number', required: true, min: 0, max: 100, step: 'any',
        inputmode: 'decimal', hint: 'pc.percentHint' },
      { name: 'note', label: 'pc.note', type: 'textarea', rows: 2, maxlength: 2000 },
      { name: 'evidenceUrl', label: 'pc.evidenceUrl', type: 'url', maxlength: 2000, pattern: 'https?://\\S+', dir: 'ltr' },
      { name: 'reason', label: 'pc.reasonLabel', type: 'textarea', rows: 2, maxlength: 2000 },
      { type: 'group', label: 'pc.evidence', fields: [
        { name: 'evidence', label: 'pc.evidenceFile', type: 'file', accept: DOCUMENT_ACCEPT },
        { name: 'evidenceTitle', label: 'pc.evidenceTitle', maxlength: 300 },
      ] },
    ],
    check: values => {
      const errors = {};
      if (values.status === 'COMPLETED' && values.percent !== 100) {
        errors.percent = 'pc.completedMeans100';
      }
      if (values.percent < current && !values.reason) {
        errors.reason = 'pc.decreaseNeedsReason';
      }
      const file = checkDocument(values.evidence);
      if (file) {
        errors.evidence = file;
      }
      return errors;
    },
    submit: values => write(program, async () => {
      await post(path(program, '/projects/' + project.number + '/progress'), {
        asOf: values.asOf, status: values.status, percent: values.percent, note: values.note,
        evidenceUrl: values.evidenceUrl, reason: values.reason,
      });
      return values.evidence ? upload(program.id, values.evidence, 'REPORT', values.evidenceTitle,
        { project: project.number, asOf: values.asOf }) : null;
    }, (read, document) => document ? (read.documents || []).some(d => d.documentId === document.documentId)
      : JSON.stringify(read) !== JSON.stringify(program)),
    done: redraw,
  });
  report.querySelector('[data-field="percent"] .hint').textContent = t('pc.percentHint',
    { percent: project.progressAsOf ? percentText(project.percent) : t('pc.noReport') });
  return report;
}

function projectItem(program, project, retained, canEdit) {
  const evidence = (program.documents || []).filter(d => d.projectNumber === project.number);
  const open = executing(program) && !project.cancelled && canEdit;
  return h('li', { 'data-testid': 'execution-project', 'data-number': project.number },
    h('h3', { class: 'item-title' }, project.number + '. ' + titleOf(project),
      project.cancelled ? [' ', badge(t('pc.cancelled'), 'warn')] : null),
    facts([
      [t('pc.projectStatus'), h('span', { 'data-testid': 'execution-status' }, code('pc.project', project.status),
        project.late ? [' ', badge(t('pc.late'), 'warn')] : null)],
      [t('pc.percent'), h('span', { 'data-testid': 'execution-percent' },
        project.progressAsOf ? percentText(project.percent) : t('pc.noReport'))],
      [t('pc.lastReport'), project.progressAsOf ? date(project.progressAsOf) : t('pc.noReport')],
      [t('pc.cost'), money(project.costMad)],
      [t('pc.months'), number(project.durationMonths)],
      [t('pc.funding'), fundingText(project.funding)],
      [t('pc.linked'), String((project.proposalIds || []).length)],
      project.progressNote ? [t('pc.note'), project.progressNote] : null,
      project.evidenceUrl ? [t('pc.evidenceUrl'), h('a', { href: project.evidenceUrl, rel: 'noopener noreferrer', dir: 'ltr' }, project.evidenceUrl)] : null,
    ]),
    evidence.length ? [h('h4', {}, t('pc.evidence')), h('ul', { 'data-testid': 'evidence-' + project.number },
      evidence.map(document => h('li', {}, date(document.progressAsOf) + ' — ', documentLine(document))))] : null,
    open ? h('div', { class: 'pc-actions' },
      disclosure(t('pc.report'), 'progress-' + project.number, () => progressForm(program, project)),
      disclosure(t('pc.revise'), 'revise-' + project.number, () => revisionForm(program, project)),
      linksPanel(program, project, retained)) : null);
}

/** The projects of an adopted (or closed) program, each with its progress, evidence and changes. */
export function executionSection(program, retained, canEdit) {
  return card(t('pc.execution'), { 'data-testid': 'execution' },
    h('p', { class: 'muted' }, t('pc.executionIntro')),
    h('ul', { class: 'list-plain pc-projects' }, projectsOf(program).map(project =>
      projectItem(program, project, retained, canEdit))));
}

function changeText(change) {
  const value = v => v === null || v === undefined ? t('unknown')
    : typeof v === 'boolean' ? t(v ? 'yes' : 'no') : change.field === 'costMad' ? number(v) + ' ' + t('pc.dh') : String(v);
  return code('pc.field', change.field) + ': ' + value(change.from) + ' → ' + value(change.to);
}

export function revisionsCard(program) {
  const revisions = program.revisions || [];
  return card(t('pc.revisions'), { 'data-testid': 'revisions-card' }, revisions.length
    ? h('ul', { class: 'list-plain', 'data-testid': 'revisions' }, revisions.map(revision => h('li', { 'data-testid': 'revision' },
      h('p', { class: 'item-title' }, t('pc.revisionOf', { n: revision.number, date: date(revision.revisedOn) })),
      h('ul', {}, (revision.changes || []).map(change => h('li', { 'data-testid': 'revision-change' }, changeText(change)))),
      h('p', {}, t('pc.reason') + ': ', h('span', { 'data-testid': 'revision-reason' }, revision.reason || t('unknown'))))))
    : h('p', { class: 'empty', 'data-testid': 'revisions-empty' }, t('pc.noRevisions')));
}
