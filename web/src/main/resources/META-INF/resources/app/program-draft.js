// A draft program's axes and projects (imported ones too), added, edited and removed while the
// program is a draft or in consultation: a project with its figures, start, principles of openness,
// funding and proposal links.
import { h } from './dom.js';
import { t, number, date } from './i18n.js';
import { post, put, del, enc } from './api.js';
import { form, action, codeOptions } from './forms.js';
import { card, facts } from './ui.js';
import {
  PRINCIPLES, money, titleOf, projectsOf, lines, joined, disclosure, write, redraw, named,
} from './program-kit.js';
import { fundingText } from './program-matrix.js';
import { linksPanel } from './program-links.js';

export const DRAFT_LABELS = {
  'pc.axes': { ar: 'المحاور', fr: 'Axes' },
  'pc.axisAdd': { ar: 'إضافة محور', fr: 'Ajouter un axe' },
  'pc.axisNumber': { ar: 'رقم المحور', fr: 'N° de l’axe' },
  'pc.axisEdit': { ar: 'تعديل المحور {n}', fr: 'Modifier l’axe {n}' },
  'pc.axisDelete': { ar: 'حذف المحور {n}', fr: 'Supprimer l’axe {n}' },
  'pc.axisDeleteConfirm': { ar: 'حذف هذا المحور؟', fr: 'Supprimer cet axe ?' },
  'pc.projects': { ar: 'المشاريع', fr: 'Projets' },
  'pc.projectAdd': { ar: 'إضافة مشروع', fr: 'Ajouter un projet' },
  'pc.projectEdit': { ar: 'تعديل المشروع وتمويله', fr: 'Modifier le projet et son financement' },
  'pc.projectDelete': { ar: 'حذف المشروع {n}', fr: 'Supprimer le projet {n}' },
  'pc.projectDeleteConfirm': { ar: 'حذف هذا المشروع من المسودة؟', fr: 'Supprimer ce projet du brouillon ?' },
  'pc.durationMonths': { ar: 'مدة الإنجاز (بالشهر)', fr: 'Durée de réalisation (mois)' },
  'pc.costMad': { ar: 'الكلفة بالدرهم (مبلغ مضبوط)', fr: 'Coût en dirhams (montant exact)' },
  'pc.costHint': { ar: 'مثلا 1500000 لـ 1.50 مليون درهم.', fr: 'Par ex. 1500000 pour 1,50 MDH.' },
  'pc.startsOn': { ar: 'تاريخ الانطلاق (اختياري، داخل فترة البرنامج)', fr: 'Date de début (facultative, dans la période du programme)' },
  'pc.start': { ar: 'الانطلاق', fr: 'Début' },
  'pc.startWithProgram': { ar: 'مع بداية البرنامج', fr: 'avec le programme' },
  'pc.principles': { ar: 'مبادئ الانفتاح التي يخدمها', fr: 'Principes d’ouverture servis' },
  'pc.fundingKind': { ar: 'نوع التمويل', fr: 'Type de financement' },
  'pc.fundingUnknown': { ar: 'غير معروف', fr: 'Inconnu' },
  'pc.partners': { ar: 'الشركاء', fr: 'Partenaires' },
  'pc.onePerLine': { ar: 'واحد في كل سطر.', fr: 'Un par ligne.' },
  'pc.fundingKindRequired': { ar: 'حدد نوع التمويل.', fr: 'Indiquez le type de financement.' },
  'pc.ownHasNoPartners': { ar: 'التمويل الذاتي لا يذكر شركاء ولا اتفاقيات.', fr: 'Un financement sur fonds propres ne nomme ni partenaires ni conventions.' },
  'pc.conventionRequired': { ar: 'التمويل مع الشركاء يذكر اتفاقية واحدة على الأقل.', fr: 'Un financement avec partenaires nomme au moins une convention.' },
  'pc.partnerTooLong': { ar: 'اسم كل شريك 300 حرف على الأكثر.', fr: 'Chaque partenaire : 300 caractères au plus.' },
  'pc.conventionTooLong': { ar: 'كل مرجع 100 حرف على الأكثر.', fr: 'Chaque référence : 100 caractères au plus.' },
  'pc.titleRequired': { ar: 'للمشروع عنوان بالعربية أو بالفرنسية.', fr: 'Le projet a un intitulé en arabe ou en français.' },
};

function nextNumber(items) {
  return items.reduce((max, item) => Math.max(max, item.number), 0) + 1;
}

const programPath = (program, rest) => '/api/programs/' + enc(program.id) + rest;

/** The axes with their edit and removal, and the form that adds one. */
export function axesSection(program) {
  const axes = program.axes || [];
  const list = axes.length ? h('ul', { class: 'list-plain', 'data-testid': 'axes' }, axes.map(axis => h('li', {
    'data-testid': 'axis', 'data-number': axis.number },
  h('p', { class: 'item-title' }, t('pc.axisNumbered', { n: axis.number }) + ' — ' + titleOf(axis)),
  h('div', { class: 'pc-actions' },
    disclosure(t('pc.axisEdit', { n: axis.number }), 'axis-edit-' + axis.number, () => form({
      id: 'axis-form-' + axis.number, submitLabel: 'form.save',
      fields: [
        { name: 'titleAr', label: 'pc.titleAr', required: true, maxlength: 500, value: axis.titleAr, dir: 'rtl' },
        { name: 'titleFr', label: 'pc.titleFr', maxlength: 500, value: axis.titleFr, dir: 'ltr' },
        { name: 'reason', label: 'pc.reasonLabel', type: 'textarea', rows: 2, maxlength: 2000 },
      ],
      submit: values => write(program, () => put(programPath(program, '/axes/' + axis.number), values)),
      done: redraw,
    })),
    named(action('pc.axisDelete', () => write(program, () => del(programPath(program, '/axes/' + axis.number))),
      { danger: true, confirm: 'pc.axisDeleteConfirm', testid: 'axis-delete-' + axis.number, done: redraw }),
    t('pc.axisDelete', { n: axis.number })))))) : null;
  return [
    card(t('pc.axes'), { 'data-testid': 'axes-card' }, list || h('p', { class: 'empty' }, t('empty'))),
    form({
      id: 'axis-add', title: 'pc.axisAdd', submitLabel: 'pc.axisAdd',
      fields: [
        { name: 'number', label: 'pc.axisNumber', type: 'number', required: true, min: 1, step: 1, value: nextNumber(axes) },
        { name: 'titleAr', label: 'pc.titleAr', required: true, maxlength: 500, dir: 'rtl' },
        { name: 'titleFr', label: 'pc.titleFr', maxlength: 500, dir: 'ltr' },
      ],
      submit: values => write(program, () => post(programPath(program, '/axes'), values)),
      done: redraw,
    }),
  ];
}

function fundingFields(funding) {
  return { type: 'group', label: 'pc.funding', fields: [
    { name: 'fundingKind', label: 'pc.fundingKind', type: 'select', emptyLabel: 'pc.fundingUnknown',
      options: codeOptions('pc.fundingKind', ['OWN', 'PARTNERS']), value: funding ? funding.kind : '' },
    { name: 'partners', label: 'pc.partners', type: 'textarea', rows: 2, hint: 'pc.onePerLine',
      value: funding ? (funding.partners || []).join('\n') : '' },
    { name: 'conventionRefs', label: 'pc.conventions', type: 'textarea', rows: 2, hint: 'pc.onePerLine',
      value: funding ? (funding.conventionRefs || []).join('\n') : '' },
  ] };
}

function principleFields(chosen) {
  return { type: 'group', label: 'pc.principles', fields: PRINCIPLES.map(principle => ({
    name: 'principle-' + principle, label: 'pc.principle.' + principle, type: 'checkbox',
    value: (chosen || []).includes(principle) })) };
}

/** The project rules the browser cannot check: funding as the matrix wants it, a title, a duration. */
function checkProject(values) {
  const errors = {};
  const partners = lines(values.partners);
  const conventions = lines(values.conventionRefs);
  if (!values.fundingKind && (partners.length || conventions.length)) {
    errors.fundingKind = 'pc.fundingKindRequired';
  } else if (values.fundingKind === 'OWN' && (partners.length || conventions.length)) {
    errors.partners = 'pc.ownHasNoPartners';
  } else if (values.fundingKind === 'PARTNERS' && !conventions.length) {
    errors.conventionRefs = 'pc.conventionRequired';
  }
  if (partners.some(partner => partner.length > 300)) {
    errors.partners = 'pc.partnerTooLong';
  }
  if (conventions.some(convention => convention.length > 100)) {
    errors.conventionRefs = 'pc.conventionTooLong';
  }
  if (!(values.durationMonths > 0)) {
    errors.durationMonths = 'pc.positive';
  }
  if (!values.titleAr && !values.titleFr) {
    errors.titleAr = 'pc.titleRequired';
  }
  return errors;
}

/** The body of a project's add or edit, as the API's request records name its fields. */
function projectBody(values) {
  const partners = lines(values.partners);
  const conventionRefs = lines(values.conventionRefs);
  const funding = values.fundingKind || partners.length || conventionRefs.length
    ? { kind: values.fundingKind || null, partners, conventionRefs } : undefined;
  return {
    axis: Number(values.axis), titleAr: values.titleAr, titleFr: values.titleFr,
    durationMonths: values.durationMonths, costMad: values.costMad, funding, startsOn: values.startsOn,
    principles: PRINCIPLES.filter(principle => values['principle-' + principle]), reason: values.reason,
  };
}

function projectFields(program, project) {
  const axisOptions = (program.axes || []).map(axis => ({ value: String(axis.number),
    label: t('pc.axisNumbered', { n: axis.number }) + ' — ' + titleOf(axis) }));
  return [
    { name: 'axis', label: 'pc.axis', type: 'select', required: true, options: axisOptions,
      value: project ? String(project.axis) : (axisOptions[0] && axisOptions[0].value) },
    { name: 'titleAr', label: 'pc.titleAr', required: !project, maxlength: 500, value: project && project.titleAr, dir: 'rtl' },
    { name: 'titleFr', label: 'pc.titleFr', maxlength: 500, value: project && project.titleFr, dir: 'ltr' },
    { name: 'durationMonths', label: 'pc.durationMonths', type: 'number', required: true, min: 0, step: 'any',
      inputmode: 'decimal', value: project && project.durationMonths },
    { name: 'costMad', label: 'pc.costMad', type: 'number', required: true, min: 0, step: '0.01', inputmode: 'decimal',
      hint: 'pc.costHint', value: project && project.costMad },
    { name: 'startsOn', label: 'pc.startsOn', type: 'date', min: program.startYear + '-01-01',
      max: program.endYear + '-12-31', value: project && project.startsOn },
    principleFields(project && project.principles),
    fundingFields(project && project.funding),
  ];
}

function projectFacts(project) {
  return facts([
    [t('pc.months'), number(project.durationMonths)],
    [t('pc.cost'), money(project.costMad, 'project-cost-' + project.number)],
    [t('pc.funding'), fundingText(project.funding)],
    [t('pc.start'), project.startsOn ? date(project.startsOn) : t('pc.startWithProgram')],
    [t('pc.principles'), joined((project.principles || []).map(p => t('pc.principle.' + p))) || '—'],
    [t('pc.linked'), h('span', { 'data-testid': 'linked-count-' + project.number }, String((project.proposalIds || []).length))],
  ]);
}

/** Each draft project with its edit (funding included), its proposal links and its removal. */
export function projectsSection(program, retained) {
  const projects = projectsOf(program);
  const items = projects.map(project => h('li', { 'data-testid': 'project', 'data-number': project.number },
    h('h3', { class: 'item-title' }, project.number + '. ' + titleOf(project)),
    h('p', { class: 'muted' }, t('pc.axisNumbered', { n: project.axis })),
    projectFacts(project),
    h('div', { class: 'pc-actions' },
      disclosure(t('pc.projectEdit'), 'project-edit-' + project.number, () => form({
        id: 'project-form-' + project.number, submitLabel: 'form.save',
        fields: projectFields(program, project).concat([
          { name: 'reason', label: 'pc.reasonLabel', type: 'textarea', rows: 2, maxlength: 2000 }]),
        check: checkProject,
        submit: values => write(program, () => put(programPath(program, '/projects/' + project.number), projectBody(values))),
        done: redraw,
      })),
      linksPanel(program, project, retained),
      named(action('pc.projectDelete', () => write(program, () => del(programPath(program, '/projects/' + project.number))),
        { danger: true, confirm: 'pc.projectDeleteConfirm', testid: 'project-delete-' + project.number, done: redraw }),
      t('pc.projectDelete', { n: project.number })))));
  return [
    card(t('pc.projects'), { 'data-testid': 'projects-card' },
      items.length ? h('ul', { class: 'list-plain pc-projects' }, items) : h('p', { class: 'empty' }, t('empty'))),
    (program.axes || []).length ? form({
      id: 'project-add', title: 'pc.projectAdd', submitLabel: 'pc.projectAdd',
      fields: [{ name: 'number', label: 'pc.projectNumber', type: 'number', required: true, min: 1, step: 1,
        value: nextNumber(projects) }].concat(projectFields(program, null)),
      check: checkProject,
      submit: values => write(program, () => post(programPath(program, '/projects'),
        Object.assign({ number: values.number }, projectBody(values)))),
      done: redraw,
    }) : null,
  ];
}
