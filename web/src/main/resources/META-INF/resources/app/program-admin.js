// The program console: a collectivity's open action programs (and a new one drafted), and one
// program from its draft matrix to its execution, evaluations and documents.
import { h } from './dom.js';
import { t, placeName } from './i18n.js';
import { get, post, all, enc } from './api.js';
import { form } from './forms.js';
import { go } from './router.js';
import { page, card, table, badge } from './ui.js';
import * as session from './session.js';
import { KIT_LABELS, mdhText, percentText, statusText, editable, until, scrollable } from './program-kit.js';
import { MATRIX_LABELS, matrixTable, comparison, uploadForm } from './program-matrix.js';
import { DRAFT_LABELS, axesSection, projectsSection } from './program-draft.js';
import { LINKS_LABELS, retainedLoader } from './program-links.js';
import { LIFECYCLE_LABELS, summary, lifecycleForms } from './program-lifecycle.js';
import { EXECUTION_LABELS, executionSection, revisionsCard } from './program-execution.js';
import { EVALUATIONS_LABELS, readEvaluations, evaluationsSection } from './program-evaluations.js';
import { DOCUMENTS_LABELS, documentsCard } from './program-documents.js';

const OWN_LABELS = {
  'pc.programsTitle': { ar: 'برامج العمل: {name}', fr: 'Programmes d’action : {name}' },
  'pc.programsIntro': { ar: 'برنامج عمل مفتوح واحد لكل فترة. أعد المسودة وعرضها للاستشارة ثم سجل مصادقة المجلس وتتبع التنفيذ.', fr: 'Un programme d’action ouvert par période. Préparez le brouillon, mettez-le en consultation, puis enregistrez l’adoption par le conseil et suivez l’exécution.' },
  'pc.programsList': { ar: 'برامج الجماعة', fr: 'Programmes de la collectivité' },
  'pc.title': { ar: 'العنوان', fr: 'Intitulé' },
  'pc.adoptedTotal': { ar: 'كما صودق عليه', fr: 'Tel qu’adopté' },
  'pc.nowTotal': { ar: 'حاليا', fr: 'Aujourd’hui' },
  'pc.create': { ar: 'إعداد برنامج جديد', fr: 'Préparer un nouveau programme' },
  'pc.createSubmit': { ar: 'إنشاء المسودة', fr: 'Créer le brouillon' },
  'pc.programTitle': { ar: 'عنوان البرنامج', fr: 'Intitulé du programme' },
  'pc.startYear': { ar: 'سنة البداية', fr: 'Année de début' },
  'pc.endYear': { ar: 'سنة النهاية', fr: 'Année de fin' },
  'pc.yearsHint': { ar: 'بين 2000 و2100، عشر سنوات على الأكثر.', fr: 'Entre 2000 et 2100, dix ans au plus.' },
  'pc.periodTooLong': { ar: 'الفترة أطول من 10 سنوات.', fr: 'La période dépasse 10 ans.' },
  'pc.back': { ar: 'كل برامج الجماعة', fr: 'Tous les programmes de la collectivité' },
  'pc.publicPage': { ar: 'الصفحة العمومية للبرنامج', fr: 'Page publique du programme' },
  'pc.readOnly': { ar: 'هذا البرنامج لجماعة أخرى: للاطلاع فقط.', fr: 'Ce programme est celui d’une autre collectivité : lecture seule.' },
  'pc.links.nav': { ar: 'روابط', fr: 'Liens' },
};

export const LABELS = Object.assign({}, KIT_LABELS, MATRIX_LABELS, DRAFT_LABELS, LINKS_LABELS, LIFECYCLE_LABELS, EXECUTION_LABELS,
  EVALUATIONS_LABELS, DOCUMENTS_LABELS, OWN_LABELS);

/** Whether the signed-in user may change this collectivity's programs (the API decides in the end). */
function mayEdit(collectivityId) {
  return session.hasRole('NETWORK_OPERATOR') || session.collectivity() === collectivityId;
}

async function placeOf(cid) {
  try {
    return placeName(await get('/api/collectivities/' + enc(cid)));
  } catch (unknown) {
    return cid;
  }
}

function createForm(cid) {
  const year = new Date().getFullYear();
  return form({
    id: 'program-create', title: 'pc.create', submitLabel: 'pc.createSubmit',
    fields: [
      { name: 'title', label: 'pc.programTitle', required: true, maxlength: 300 },
      { name: 'startYear', label: 'pc.startYear', type: 'number', required: true, min: 2000, max: 2100, step: 1,
        value: year, hint: 'pc.yearsHint' },
      { name: 'endYear', label: 'pc.endYear', type: 'number', required: true, min: 2000, max: 2100, step: 1, value: year + 2 },
    ],
    check: values => values.endYear < values.startYear ? { endYear: 'pc.periodReversed' }
      : values.endYear - values.startYear > 10 ? { endYear: 'pc.periodTooLong' } : {},
    submit: async values => {
      const created = await post('/api/programs', Object.assign({ collectivityId: cid }, values));
      await until(() => get('/api/programs/' + enc(created.id)), program => Boolean(program));
      return created;
    },
    done: created => go('/admin/program/' + encodeURIComponent(created.id)),
  });
}

async function programs({ cid }) {
  const [name, list] = await Promise.all([placeOf(cid), all('/api/programs', { collectivityId: cid }, 200)]);
  return page(t('pc.programsTitle', { name }),
    h('p', { class: 'subtitle' }, t('pc.programsIntro')),
    h('p', {}, h('a', { href: '#/admin/' + encodeURIComponent(cid), 'data-testid': 'admin-console-link' }, t('pc.adminConsole'))),
    card(t('pc.programsList'), { 'data-testid': 'programs' }, scrollable(table([
      { label: t('pc.title'), cell: p => h('a', { href: '#/admin/program/' + encodeURIComponent(p.id), 'data-testid': 'program-link', dir: 'auto' }, p.title) },
      { label: t('pc.period'), cell: p => h('span', { dir: 'ltr' }, p.startYear + '–' + p.endYear) },
      { label: t('pc.status'), cell: p => badge(statusText(p.status), p.status === 'CLOSED' ? null : 'ok', 'program-row-status') },
      { label: t('pc.nowTotal'), cell: p => mdhText(p.totalCostMad), num: true },
      { label: t('pc.adoptedTotal'), cell: p => p.adoptedOn ? mdhText(p.adoptedTotalCostMad) : t('pc.notAdopted'), num: true },
      { label: t('pc.progressWeighted'), num: true, cell: p => !p.adoptedOn ? t('pc.notAdopted')
        : percentText(p.progressPercent) },
    ], list, { rowTestid: 'program-row', caption: t('pc.programsList') }), t('pc.programsList'))),
    mayEdit(cid) ? createForm(cid) : null);
}

async function program({ id }) {
  const current = await get('/api/programs/' + enc(id));
  const [adopted, evaluations, name] = await Promise.all([
    current.adoption ? get('/api/programs/' + enc(id), { view: 'adopted' }).catch(() => null) : null,
    readEvaluations(current), placeOf(current.collectivityId)]);
  const canEdit = mayEdit(current.collectivityId) && current.status !== 'CLOSED';
  const retained = retainedLoader(current.collectivityId);
  const draft = editable(current);
  return page(h('span', { dir: 'auto' }, current.title),
    h('p', { class: 'subtitle' }, name, ' · ', h('span', { dir: 'ltr' }, current.startYear + '–' + current.endYear)),
    h('nav', { 'aria-label': t('pc.links.nav') }, h('ul', { class: 'pc-links' },
      h('li', {}, h('a', { href: '#/admin/programs/' + encodeURIComponent(current.collectivityId), 'data-testid': 'programs-link' }, t('pc.back'))),
      h('li', {}, h('a', { href: '#/admin/' + encodeURIComponent(current.collectivityId) }, t('pc.adminConsole'))),
      h('li', {}, h('a', { href: '#/program/' + encodeURIComponent(current.id) }, t('pc.publicPage'))))),
    mayEdit(current.collectivityId) ? null : h('p', { class: 'notice-box' }, t('pc.readOnly')),
    summary(current),
    card(t('pc.matrix'), { 'data-testid': 'matrix' }, matrixTable(current)),
    current.adoption ? comparison(current, adopted) : null,
    draft && canEdit ? [uploadForm(current), axesSection(current), projectsSection(current, retained)] : null,
    draft ? null : [executionSection(current, retained, canEdit), revisionsCard(current)],
    current.adoption ? evaluationsSection(current, evaluations, mayEdit(current.collectivityId)) : null,
    canEdit ? lifecycleForms(current) : null,
    documentsCard(current, mayEdit(current.collectivityId)));
}

export const PAGES = { programs, program };
