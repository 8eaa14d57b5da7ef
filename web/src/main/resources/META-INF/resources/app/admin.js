// The console of a collectivity's admin: its co-creation processes and their phase (and a new
// one), its consultations, its programs, and the way to its census and its committee.
import { h } from './dom.js';
import { t, code, placeName, date, instant } from './i18n.js';
import { all, get, post, enc } from './api.js';
import { form } from './forms.js';
import { go } from './router.js';
import { page, card, badge } from './ui.js';
import { consoleNav, phaseBadge, whenReadable, grid, SLUG } from './admin-common.js';

export const LABELS = {
  'admin.home.title': { ar: 'لوحة تسيير {name}', fr: 'Console de {name}' },
  'admin.home.intro': { ar: 'مسارات الإعداد المشترك لجماعتكم ومحطاتها ومقترحاتها واستشاراتها.', fr: 'Les processus de co-création de votre collectivité, leurs stations, propositions et consultations.' },
  'admin.home.membership': { ar: 'العضوية في الشبكة', fr: 'Adhésion au réseau' },
  'admin.processes': { ar: 'مسارات الإعداد المشترك', fr: 'Processus de co-création' },
  'admin.process.phaseSince': { ar: 'منذ', fr: 'Depuis' },
  'admin.process.sections': { ar: 'الأقسام', fr: 'Sections' },
  'admin.newProcess': { ar: 'فتح مسار جديد للإعداد المشترك', fr: 'Ouvrir un nouveau processus de co-création' },
  'admin.newProcess.submit': { ar: 'فتح المسار', fr: 'Ouvrir le processus' },
  'admin.newProcess.cycleHint': { ar: 'سنة (2025) أو سنوات (2025-2026)، ست سنوات على الأكثر.', fr: 'Une année (2025) ou une période (2025-2026), six ans au plus.' },
  'admin.newProcess.cycleReversed': { ar: 'تنتهي الدورة قبل أن تبدأ.', fr: 'Le cycle finit avant de commencer.' },
  'admin.newProcess.cycleTooLong': { ar: 'لا تتجاوز الدورة ست سنوات.', fr: 'Un cycle ne dépasse pas six ans.' },
  'admin.consultations': { ar: 'الاستشارات', fr: 'Consultations' },
  'admin.consultation.window': { ar: 'من … إلى', fr: 'Du … au' },
  'admin.programs': { ar: 'برامج عمل الانفتاح', fr: 'Programmes d’action d’ouverture' },
  'admin.programs.all': { ar: 'كل البرامج وبرنامج جديد', fr: 'Tous les programmes et un nouveau programme' },
  'admin.program.period': { ar: 'الفترة', fr: 'Période' },
  'admin.sections': { ar: 'الإحصاء واللجنة', fr: 'Recensement et comité' },
  'admin.sections.census': { ar: 'إحصاء السكان للتحقق من الإقامة', fr: 'Recensement des résidents pour la vérification' },
  'admin.sections.committee': { ar: 'لجنة الإعداد والتتبع والتقييم', fr: 'Comité de préparation, de suivi et d’évaluation' },
};

const CYCLE = /^(\d{4})(?:-(\d{4}))?$/;

function checkCycle(values) {
  const years = CYCLE.exec((values.cycle || '').trim());
  if (years && years[2]) {
    if (Number(years[2]) < Number(years[1])) {
      return { cycle: 'admin.newProcess.cycleReversed' };
    }
    if (Number(years[2]) - Number(years[1]) > 6) {
      return { cycle: 'admin.newProcess.cycleTooLong' };
    }
  }
  return {};
}

function newProcessForm(cid) {
  return form({
    id: 'new-process', title: 'admin.newProcess', submitLabel: 'admin.newProcess.submit',
    fields: [
      { name: 'title', label: 'admin.process.title', required: true, maxlength: 300 },
      { name: 'cycle', label: 'admin.process.cycle', required: true, maxlength: 20, pattern: '[0-9]{4}(-[0-9]{4})?',
        hint: 'admin.newProcess.cycleHint', inputmode: 'numeric', dir: 'ltr', value: String(new Date().getFullYear()) },
      { name: 'id', label: 'admin.id', pattern: SLUG, maxlength: 63, hint: 'admin.idHint', dir: 'ltr' },
    ],
    check: checkCycle,
    submit: values => post('/api/processes', { id: values.id, collectivityId: cid, title: values.title.trim(), cycle: values.cycle.trim() }),
    done: created => whenReadable('/api/processes/' + enc(created.id), () => go('/admin/process/' + enc(created.id))),
  });
}

async function home({ cid }) {
  const [collectivity, processes, consultations, programs] = await Promise.all([
    get('/api/collectivities/' + enc(cid)),
    all('/api/processes', { collectivityId: cid }),
    all('/api/consultations', { collectivityId: cid }, 200),
    all('/api/programs', { collectivityId: cid }, 200),
  ]);
  const processLink = p => '#/admin/process/' + enc(p.id);
  return page(t('admin.home.title', { name: placeName(collectivity) }),
    h('p', { class: 'subtitle' }, t('admin.home.intro'), ' ',
      t('admin.home.membership'), ': ', badge(code('membership', collectivity.status), null, 'membership')),
    consoleNav(cid, '/admin/' + cid),
    card(t('admin.processes'), { 'data-testid': 'processes' }, grid([
      { label: t('admin.process.title'), cell: p => h('a', { href: processLink(p), 'data-testid': 'process-link' }, p.title) },
      { label: t('admin.process.cycle'), cell: p => p.cycle },
      { label: t('admin.process.phase'), cell: p => phaseBadge(p.phase) },
      { label: t('admin.process.phaseSince'), cell: p => p.phaseChangedOn ? date(p.phaseChangedOn) : instant(p.openedAt) },
      { label: t('admin.process.sections'), cell: p => h('span', { class: 'links' },
        h('a', { href: processLink(p) + '/review' }, t('admin.nav.review')), ' · ',
        h('a', { href: processLink(p) + '/consultations' }, t('admin.nav.consultations'))) },
    ], processes, { rowTestid: 'process-row', caption: t('admin.processes') })),
    newProcessForm(cid),
    card(t('admin.consultations'), { 'data-testid': 'consultations' }, grid([
      { label: t('admin.process.title'), cell: c => h('a', { href: '#/admin/consultation/' + enc(c.consultationId) }, c.title) },
      { label: t('status'), cell: c => badge(code('admin.consultationStatus', c.status), c.status === 'open' ? 'ok' : null) },
      { label: t('admin.consultation.window'), cell: c => instant(c.opensAt) + ' → ' + instant(c.closesAt) },
    ], consultations, { rowTestid: 'consultation-row', caption: t('admin.consultations') })),
    card(t('admin.programs'), { 'data-testid': 'programs' },
      grid([
        { label: t('admin.process.title'), cell: p => h('a', { href: '#/admin/program/' + enc(p.id), 'data-testid': 'program-link' }, p.title) },
        { label: t('admin.program.period'), cell: p => p.startYear + (p.endYear && p.endYear !== p.startYear ? '-' + p.endYear : '') },
        { label: t('status'), cell: p => badge(code('admin.programStatus', p.status)) },
      ], programs, { rowTestid: 'program-row', caption: t('admin.programs') }),
      h('p', {}, h('a', { href: '#/admin/programs/' + enc(cid), 'data-testid': 'programs-link' }, t('admin.programs.all')))),
    card(t('admin.sections'), {}, h('ul', {},
      h('li', {}, h('a', { href: '#/admin/' + enc(cid) + '/census', 'data-testid': 'census-link' }, t('admin.sections.census'))),
      h('li', {}, h('a', { href: '#/admin/' + enc(cid) + '/committee', 'data-testid': 'committee-link' }, t('admin.sections.committee'))))));
}

export const PAGES = { home };
