// The evaluations of an adopted program, in the shape of OGP's independent reviews: a period and
// one finding per project evaluated (completion, whether it opened government, verifiable, comment),
// entered in a table with one row per project.
import { h } from './dom.js';
import { t, code, date } from './i18n.js';
import { get, post, enc } from './api.js';
import { form } from './forms.js';
import { card, table } from './ui.js';
import { titleOf, projectsOf, today, until, scrollable } from './program-kit.js';
import { refresh } from './router.js';

const COMPLETION = ['NOT_STARTED', 'LIMITED', 'SUBSTANTIAL', 'COMPLETE'];
const OPENED = ['DID_NOT_CHANGE', 'MARGINAL', 'MAJOR', 'OUTSTANDING'];

export const EVALUATIONS_LABELS = {
  'pc.evaluations': { ar: 'التقييمات', fr: 'Évaluations' },
  'pc.noEvaluations': { ar: 'لا تقييم بعد.', fr: 'Aucune évaluation pour l’instant.' },
  'pc.evaluationPeriod': { ar: 'الفترة من {from} إلى {to}', fr: 'Période du {from} au {to}' },
  'pc.byCivilSociety': { ar: 'أجراه المجتمع المدني', fr: 'Menée par la société civile' },
  'pc.notSaid': { ar: 'غير مذكور', fr: 'Non précisé' },
  'pc.evaluate': { ar: 'تسجيل تقييم', fr: 'Enregistrer une évaluation' },
  'pc.evaluateIntro': { ar: 'املأ سطرا لكل مشروع تم تقييمه؛ اترك درجة الإنجاز فارغة لمشروع لم يقيم.', fr: 'Remplissez une ligne par projet évalué ; laissez l’achèvement vide pour un projet non évalué.' },
  'pc.evaluateSubmit': { ar: 'تسجيل التقييم', fr: 'Enregistrer l’évaluation' },
  'pc.periodFrom': { ar: 'من', fr: 'Du' },
  'pc.periodTo': { ar: 'إلى', fr: 'Au' },
  'pc.periodReversed': { ar: 'تنتهي الفترة قبل أن تبدأ.', fr: 'La période finit avant de commencer.' },
  'pc.findings': { ar: 'الخلاصات حسب المشروع', fr: 'Constats par projet' },
  'pc.completion': { ar: 'درجة الإنجاز', fr: 'Achèvement' },
  'pc.openedGovernment': { ar: 'هل فتح التدبير؟', fr: 'A-t-il ouvert la gestion ?' },
  'pc.verifiable': { ar: 'قابل للتحقق', fr: 'Vérifiable' },
  'pc.comment': { ar: 'تعليق', fr: 'Commentaire' },
  'pc.notEvaluated': { ar: 'لم يقيم', fr: 'Non évalué' },
  'pc.findingsRequired': { ar: 'قيم مشروعا واحدا على الأقل.', fr: 'Évaluez au moins un projet.' },
  'pc.openedRequired': { ar: 'حدد أثره على الانفتاح.', fr: 'Indiquez son effet sur l’ouverture.' },
  'pc.cellLabel': { ar: '{what} — المشروع {n}', fr: '{what} — projet {n}' },
  'pc.completion.NOT_STARTED': { ar: 'لم ينطلق', fr: 'Non démarré' },
  'pc.completion.LIMITED': { ar: 'محدود', fr: 'Limité' },
  'pc.completion.SUBSTANTIAL': { ar: 'مهم', fr: 'Substantiel' },
  'pc.completion.COMPLETE': { ar: 'كامل', fr: 'Complet' },
  'pc.opened.DID_NOT_CHANGE': { ar: 'لم يتغير شيء', fr: 'N’a rien changé' },
  'pc.opened.MARGINAL': { ar: 'هامشي', fr: 'Marginal' },
  'pc.opened.MAJOR': { ar: 'كبير', fr: 'Majeur' },
  'pc.opened.OUTSTANDING': { ar: 'استثنائي', fr: 'Exceptionnel' },
};

/** The program's evaluations; empty before adoption (the API has none to give then). */
export function readEvaluations(program) {
  return program.adoption ? get('/api/programs/' + enc(program.id) + '/evaluations').then(page => page.items || [])
    : Promise.resolve([]);
}

function evaluationView(evaluation, program) {
  const titles = new Map(projectsOf(program).map(project => [project.number, titleOf(project)]));
  const civil = evaluation.byCivilSociety === null || evaluation.byCivilSociety === undefined
    ? t('pc.notSaid') : t(evaluation.byCivilSociety ? 'yes' : 'no');
  return h('li', { 'data-testid': 'evaluation' },
    h('p', { class: 'item-title' }, t('pc.evaluationPeriod', { from: date(evaluation.periodFrom), to: date(evaluation.periodTo) })),
    h('p', { class: 'muted' }, t('pc.byCivilSociety') + ': ' + civil),
    scrollable(table([
      { label: t('pc.project'), cell: f => f.number + '. ' + (titles.get(f.number) || '') },
      { label: t('pc.completion'), cell: f => code('pc.completion', f.completion) },
      { label: t('pc.openedGovernment'), cell: f => code('pc.opened', f.openedGovernment) },
      { label: t('pc.verifiable'), cell: f => t(f.verifiable ? 'yes' : 'no') },
      { label: t('pc.comment'), cell: f => f.comment || '—' },
    ], evaluation.findings || [], { rowTestid: 'finding', caption: t('pc.findings') }), t('pc.findings')));
}

function cell(name, what, n, input) {
  const id = 'evaluation-' + name;
  input.id = id;
  return h('td', { 'data-field': name },
    h('label', { for: id, class: 'visually-hidden' }, t('pc.cellLabel', { what: t(what), n })),
    input, h('p', { class: 'field-error' }));
}

function choice(name, group, values, empty) {
  return h('select', { name, 'data-testid': 'finding-' + name },
    h('option', { value: '' }, t(empty)),
    values.map(value => h('option', { value }, t(group + '.' + value))));
}

function findingsTable(projects) {
  return h('div', { class: 'table-scroll pc-findings' }, h('table', { 'data-testid': 'findings-editor' },
    h('caption', {}, t('pc.findings')),
    h('thead', {}, h('tr', {}, [t('pc.project'), t('pc.completion'), t('pc.openedGovernment'), t('pc.verifiable'), t('pc.comment')]
      .map(label => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, projects.map(project => h('tr', { 'data-testid': 'finding-row', 'data-number': project.number },
      h('th', { scope: 'row' }, project.number + '. ' + titleOf(project)),
      cell('completion-' + project.number, 'pc.completion', project.number,
        choice('completion-' + project.number, 'pc.completion', COMPLETION, 'pc.notEvaluated')),
      cell('opened-' + project.number, 'pc.openedGovernment', project.number,
        choice('opened-' + project.number, 'pc.opened', OPENED, 'pc.notSaid')),
      cell('verifiable-' + project.number, 'pc.verifiable', project.number,
        h('input', { type: 'checkbox', name: 'verifiable-' + project.number, 'data-testid': 'finding-verifiable-' + project.number })),
      cell('comment-' + project.number, 'pc.comment', project.number,
        h('input', { type: 'text', name: 'comment-' + project.number, maxlength: 4000,
          'data-testid': 'finding-comment-' + project.number })))))));
}

function findingsOf(element, projects) {
  const value = name => element.elements.namedItem(name);
  return projects.filter(project => value('completion-' + project.number).value).map(project => ({
    number: project.number,
    completion: value('completion-' + project.number).value,
    openedGovernment: value('opened-' + project.number).value || null,
    verifiable: value('verifiable-' + project.number).checked,
    comment: value('comment-' + project.number).value.trim() || undefined,
  }));
}

function evaluationForm(program, count) {
  const projects = projectsOf(program);
  const editor = findingsTable(projects);
  const element = form({
    id: 'evaluation', title: 'pc.evaluate', intro: t('pc.evaluateIntro'), submitLabel: 'pc.evaluateSubmit',
    fields: [
      { name: 'periodFrom', label: 'pc.periodFrom', type: 'date', required: true, value: program.startYear + '-01-01', max: today() },
      { name: 'periodTo', label: 'pc.periodTo', type: 'date', required: true, value: today() },
      { name: 'byCivilSociety', label: 'pc.byCivilSociety', type: 'select', emptyLabel: 'pc.notSaid',
        options: [{ value: 'true', label: t('yes') }, { value: 'false', label: t('no') }] },
    ],
    check: values => {
      const errors = {};
      if (values.periodTo < values.periodFrom) {
        errors.periodTo = 'pc.periodReversed';
      }
      const findings = findingsOf(element, projects);
      if (!findings.length) {
        errors['completion-' + (projects[0] ? projects[0].number : '')] = 'pc.findingsRequired';
      }
      findings.filter(finding => !finding.openedGovernment)
        .forEach(finding => { errors['opened-' + finding.number] = 'pc.openedRequired'; });
      return errors;
    },
    submit: async (values, formElement) => {
      const main = document.getElementById('page');
      main.dataset.ready = 'false';
      try {
        const created = await post('/api/programs/' + enc(program.id) + '/evaluations', {
          periodFrom: values.periodFrom, periodTo: values.periodTo, findings: findingsOf(formElement, projects),
          byCivilSociety: values.byCivilSociety === undefined ? undefined : values.byCivilSociety === 'true',
        });
        await until(() => readEvaluations(program), list => list.length > count);
        return created;
      } catch (failure) {
        main.dataset.ready = 'true';
        throw failure;
      }
    },
    done: () => refresh(),
  });
  element.insertBefore(editor, element.querySelector('.form-actions'));
  return element;
}

export function evaluationsSection(program, evaluations, canEdit) {
  return [
    card(t('pc.evaluations'), { 'data-testid': 'evaluations' }, evaluations.length
      ? h('ul', { class: 'list-plain' }, evaluations.map(evaluation => evaluationView(evaluation, program)))
      : h('p', { class: 'empty', 'data-testid': 'evaluations-empty' }, t('pc.noEvaluations'))),
    canEdit && projectsOf(program).length ? evaluationForm(program, evaluations.length) : null,
  ];
}
