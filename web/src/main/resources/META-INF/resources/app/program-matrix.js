// A program's matrix: the table by axis (now, and as adopted beside it) and the import of a whole
// matrix from a CSV or XLSX file, all or nothing, with its errors per row.
import { h } from './dom.js';
import { t, has, code, number } from './i18n.js';
import { post, enc, ApiProblem } from './api.js';
import { form } from './forms.js';
import { card, badge } from './ui.js';
import { mdhText, dirhamsText, percentText, titleOf, projectsOf, editable, joined, write, redraw } from './program-kit.js';

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_MATRIX_BYTES = 5 * 1024 * 1024;
/** What the last accepted import of each program did, shown once the page is drawn again. */
const lastImport = new Map();

export const MATRIX_LABELS = {
  'pc.matrix': { ar: 'مصفوفة المشاريع', fr: 'Matrice des projets' },
  'pc.axis': { ar: 'المحور', fr: 'Axe' },
  'pc.axisNumbered': { ar: 'المحور {n}', fr: 'Axe {n}' },
  'pc.project': { ar: 'المشروع', fr: 'Projet' },
  'pc.projectNumber': { ar: 'رقم المشروع', fr: 'N° du projet' },
  'pc.months': { ar: 'المدة (شهر)', fr: 'Durée (mois)' },
  'pc.costMdh': { ar: 'الكلفة (مليون درهم)', fr: 'Coût (MDH)' },
  'pc.costDh': { ar: 'الكلفة (درهم)', fr: 'Coût (dirhams)' },
  'pc.total': { ar: 'المجموع', fr: 'Total' },
  'pc.funding': { ar: 'التمويل', fr: 'Financement' },
  'pc.progress': { ar: 'الإنجاز', fr: 'Avancement' },
  'pc.state': { ar: 'الوضعية', fr: 'État' },
  'pc.cancelled': { ar: 'ملغى', fr: 'annulé' },
  'pc.late': { ar: 'متأخر', fr: 'en retard' },
  'pc.noMatrix': { ar: 'المصفوفة فارغة: استورد ملفا أو أضف محورا ثم مشاريع.', fr: 'La matrice est vide : importez un fichier ou ajoutez un axe puis des projets.' },
  'pc.compare': { ar: 'البرنامج كما صودق عليه وحاليا', fr: 'Le programme tel qu’adopté et aujourd’hui' },
  'pc.adoptedCost': { ar: 'كما صودق عليه (مليون درهم)', fr: 'Adopté (MDH)' },
  'pc.nowCost': { ar: 'حاليا (مليون درهم)', fr: 'Aujourd’hui (MDH)' },
  'pc.difference': { ar: 'الفرق (درهم)', fr: 'Écart (dirhams)' },
  'pc.upload': { ar: 'استيراد المصفوفة من ملف', fr: 'Importer la matrice d’un fichier' },
  'pc.uploadIntro': { ar: 'ملف CSV (مفصول بـ , أو ;) أو XLSX بشكل المصفوفة: المحور، رقم المشروع، التسمية، المدة بالشهر، الكلفة بمليون درهم، ثم اختياريا التمويل والشركاء والاتفاقيات والمقترحات وتاريخ الانطلاق ومبادئ الانفتاح. إذا كان في سطر واحد خطأ لا يسجل أي شيء.', fr: 'Un fichier CSV (séparé par , ou ;) ou XLSX au format de la matrice : axe, n° du projet, intitulé, durée en mois, coût en MDH, puis au choix financement, partenaires, conventions, propositions, date de début et principes d’ouverture. Une seule ligne fautive et rien n’est enregistré.' },
  'pc.matrixFile': { ar: 'الملف (CSV أو XLSX)', fr: 'Fichier (CSV ou XLSX)' },
  'pc.matrixFileType': { ar: 'ملف CSV أو XLSX فقط، 5 ميغابايت على الأكثر.', fr: 'Un fichier CSV ou XLSX seulement, 5 Mo au plus.' },
  'pc.uploadSend': { ar: 'استيراد', fr: 'Importer' },
  'pc.uploading': { ar: 'جار إرسال الملف وفحص كل سطر…', fr: 'Envoi du fichier et contrôle de chaque ligne…' },
  'pc.imported': { ar: 'تم الاستيراد. مشاريع مضافة: {projects}، محاور مضافة: {axes}، أسطر موجودة من قبل دون تغيير: {unchanged}.', fr: 'Import réussi. Projets ajoutés : {projects}, axes ajoutés : {axes}, lignes déjà présentes et inchangées : {unchanged}.' },
  'pc.column.axis': { ar: 'المحور', fr: 'Axe' },
  'pc.column.number': { ar: 'رقم المشروع', fr: 'N° du projet' },
  'pc.column.title': { ar: 'التسمية', fr: 'Intitulé' },
  'pc.column.durationMonths': { ar: 'المدة بالشهر', fr: 'Durée (mois)' },
  'pc.column.costMdh': { ar: 'الكلفة بمليون درهم', fr: 'Coût (MDH)' },
  'pc.column.funding': { ar: 'التمويل', fr: 'Financement' },
  'pc.column.partners': { ar: 'الشركاء', fr: 'Partenaires' },
  'pc.column.conventions': { ar: 'الاتفاقيات', fr: 'Conventions' },
  'pc.column.proposals': { ar: 'المقترحات', fr: 'Propositions' },
  'pc.column.startsOn': { ar: 'تاريخ الانطلاق', fr: 'Date de début' },
  'pc.column.principles': { ar: 'مبادئ الانفتاح', fr: 'Principes d’ouverture' },
  'pc.titleAr': { ar: 'العنوان بالعربية', fr: 'Intitulé en arabe' },
  'pc.titleFr': { ar: 'العنوان بالفرنسية', fr: 'Intitulé en français' },
  'pc.conventions': { ar: 'مراجع الاتفاقيات', fr: 'Références des conventions' },
};

/** The file's columns named as the user knows them, in the errors of a refused import. */
function withColumnLabels(failure) {
  if (failure instanceof ApiProblem) {
    failure.errors = failure.errors.map(error => Object.assign({}, error, {
      column: error.column && has('pc.column.' + error.column) ? t('pc.column.' + error.column) : error.column }));
  }
  return failure;
}

function matrixType(file) {
  if (!file) {
    return null;
  }
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx') || file.type === XLSX) {
    return XLSX;
  }
  return name.endsWith('.csv') || file.type === CSV ? CSV : null;
}

export function fundingText(funding) {
  if (!funding || !funding.kind) {
    return t('unknown');
  }
  const partners = joined(funding.partners || []);
  const conventions = joined(funding.conventionRefs || []);
  return code('pc.fundingKind', funding.kind) + (partners ? ' — ' + partners : '')
    + (conventions ? ' (' + t('pc.conventions') + ': ' + conventions + ')' : '');
}

/** The matrix by axis, with totals in MDH and exact dirhams; after adoption, each project's progress. */
export function matrixTable(program) {
  const axes = program.axes || [];
  if (!axes.length) {
    return h('p', { class: 'empty', 'data-testid': 'matrix-empty' }, t('pc.noMatrix'));
  }
  const after = !editable(program);
  const head = ['#', t('pc.project'), t('pc.months'), t('pc.costMdh'), t('pc.costDh'), t('pc.funding')]
    .concat(after ? [t('pc.state'), t('pc.progress')] : []);
  const rows = [];
  axes.forEach(axis => {
    rows.push(h('tr', { class: 'axis-row', 'data-testid': 'axis-row', 'data-number': axis.number },
      h('th', { scope: 'rowgroup', colspan: 3 }, t('pc.axisNumbered', { n: axis.number }) + ' — ' + titleOf(axis)),
      h('td', { class: 'num' }, mdhText(axis.totalCostMad)),
      h('td', { class: 'num' }, dirhamsText(axis.totalCostMad)),
      h('td', { colspan: after ? 3 : 1 })));
    (axis.projects || []).forEach(project => rows.push(h('tr', {
      'data-testid': 'project-row', 'data-number': project.number, class: project.cancelled ? 'cancelled' : null },
    h('td', { class: 'num' }, project.number),
    h('td', {}, titleOf(project), project.cancelled ? [' ', badge(t('pc.cancelled'), 'warn')] : null),
    h('td', { class: 'num' }, number(project.durationMonths)),
    h('td', { class: 'num', 'data-testid': 'project-mdh' }, mdhText(project.costMad)),
    h('td', { class: 'num', 'data-testid': 'project-dh' }, dirhamsText(project.costMad)),
    h('td', { 'data-testid': 'project-funding' }, fundingText(project.funding)),
    after ? h('td', { 'data-testid': 'project-status' }, code('pc.project', project.status),
      project.late ? [' ', badge(t('pc.late'), 'warn')] : null) : null,
    after ? h('td', { class: 'num', 'data-testid': 'project-percent' },
      project.progressAsOf ? percentText(project.percent) : t('pc.noReport')) : null)));
  });
  rows.push(h('tr', { class: 'total-row' },
    h('th', { scope: 'row', colspan: 3 }, t('pc.total')),
    h('td', { class: 'num', 'data-testid': 'matrix-total-mdh' }, mdhText(program.totalCostMad)),
    h('td', { class: 'num', 'data-testid': 'matrix-total-dh' }, dirhamsText(program.totalCostMad)),
    h('td', { colspan: after ? 3 : 1 })));
  return h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': t('pc.matrix') }, h('table', { 'data-testid': 'matrix-table' },
    h('caption', { class: 'visually-hidden' }, t('pc.matrix')),
    h('thead', {}, h('tr', {}, head.map(label => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, rows)));
}

/** The program as the council adopted it beside the program now, axis by axis. */
export function comparison(program, adopted) {
  const adoptedAxes = new Map(((adopted && adopted.axes) || []).map(axis => [axis.number, axis]));
  const numbers = [...new Set([...adoptedAxes.keys(), ...(program.axes || []).map(axis => axis.number)])].sort((a, b) => a - b);
  const nowAxes = new Map((program.axes || []).map(axis => [axis.number, axis]));
  const difference = (then, now) => then === null || then === undefined || now === null || now === undefined
    ? t('unknown') : dirhamsText(Number(now) - Number(then));
  const row = (label, then, now, attrs) => h('tr', attrs || {},
    h('th', { scope: 'row' }, label),
    h('td', { class: 'num' }, mdhText(then)), h('td', { class: 'num' }, mdhText(now)),
    h('td', { class: 'num' }, difference(then, now)));
  return card(t('pc.compare'), { 'data-testid': 'comparison' },
    h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': t('pc.compare') }, h('table', {},
      h('caption', { class: 'visually-hidden' }, t('pc.compare')),
      h('thead', {}, h('tr', {}, [t('pc.axis'), t('pc.adoptedCost'), t('pc.nowCost'), t('pc.difference')]
        .map(label => h('th', { scope: 'col' }, label)))),
      h('tbody', {}, numbers.map(n => {
        const then = adoptedAxes.get(n);
        const now = nowAxes.get(n);
        return row(t('pc.axisNumbered', { n }) + ' — ' + titleOf(now || then), then ? then.totalCostMad : null,
          now ? now.totalCostMad : null);
      }), row(t('pc.total'), adopted ? adopted.totalCostMad : program.adoptedTotalCostMad, program.totalCostMad,
        { class: 'total-row', 'data-testid': 'comparison-total' })))));
}

/** The import of a whole matrix: all or nothing, its errors per row in a table. */
export function uploadForm(program) {
  const done = lastImport.get(program.id);
  lastImport.delete(program.id);
  const upload = form({
    id: 'matrix-upload', title: 'pc.upload', intro: t('pc.uploadIntro'), submitLabel: 'pc.uploadSend',
    busyLabel: 'pc.uploading',
    fields: [{ name: 'file', label: 'pc.matrixFile', type: 'file', required: true,
      accept: '.csv,.xlsx,text/csv,' + XLSX }],
    check: values => matrixType(values.file) && values.file.size <= MAX_MATRIX_BYTES ? {} : { file: 'pc.matrixFileType' },
    submit: (values, element) => {
      element.querySelector('.form-status').append(h('progress', { 'data-testid': 'upload-progress', 'aria-label': t('pc.uploading') }));
      return write(program, () => post('/api/programs/' + enc(program.id) + '/matrix', values.file,
        { contentType: matrixType(values.file) }).catch(failure => { throw withColumnLabels(failure); }),
      (now, result) => !result || result.axesAdded + result.projectsAdded === 0
        || projectsOf(now).length >= projectsOf(program).length + result.projectsAdded);
    },
    done: result => {
      lastImport.set(program.id, result);
      return redraw();
    },
  });
  if (done) {
    upload.querySelector('.form-status').append(h('p', { class: 'success', role: 'status', 'data-testid': 'matrix-imported' },
      t('pc.imported', { projects: done.projectsAdded, axes: done.axesAdded, unchanged: done.unchanged })));
  }
  return upload;
}
