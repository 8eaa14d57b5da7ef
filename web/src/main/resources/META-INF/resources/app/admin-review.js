// The review and moderation queue of a process: its proposals by status (hidden ones included,
// as only moderators see them), each reviewed (under study, retained, not retained, merged) or
// hidden with a reason.
import { h } from './dom.js';
import { t, code, instant } from './i18n.js';
import { get, post, enc } from './api.js';
import { form } from './forms.js';
import { page, card, facts, badge, paged } from './ui.js';
import { processNav, settle, reasonField, disclosure } from './admin-common.js';

export const LABELS = {
  'admin.review.page': { ar: 'دراسة المقترحات: {title}', fr: 'Examen des propositions : {title}' },
  'admin.review.filter': { ar: 'تصفية حسب الحالة', fr: 'Filtrer par statut' },
  'admin.review.all': { ar: 'الكل', fr: 'Toutes' },
  'admin.review.queue': { ar: 'المقترحات', fr: 'Propositions' },
  'admin.review.intro': { ar: 'تظهر هنا المقترحات المخفية أيضا، للمشرفين فقط.', fr: 'Les propositions masquées figurent aussi ici, pour les modérateurs seulement.' },
  'admin.review.review': { ar: 'دراسة المقترح', fr: 'Examiner la proposition' },
  'admin.review.decision': { ar: 'القرار', fr: 'Décision' },
  'admin.review.mergedInto': { ar: 'معرف المقترح الذي يدمج فيه', fr: 'Identifiant de la proposition de fusion' },
  'admin.review.mergedIntoHint': { ar: 'لقرار الدمج فقط؛ المعرف ظاهر في بطاقة كل مقترح.', fr: 'Pour une fusion seulement ; l’identifiant figure sur chaque proposition.' },
  'admin.review.reasonRequired': { ar: 'القرار «غير مقبول» أو «مدمج» يحتاج إلى سبب.', fr: 'Une décision « non retenue » ou « fusionnée » demande un motif.' },
  'admin.review.mergedIntoRequired': { ar: 'حدد المقترح الذي يدمج فيه.', fr: 'Indiquez la proposition de fusion.' },
  'admin.review.mergedIntoOnlyForMerge': { ar: 'يترك فارغا لغير قرار الدمج.', fr: 'À laisser vide hors fusion.' },
  'admin.review.mergeItself': { ar: 'لا يدمج مقترح في نفسه.', fr: 'Une proposition ne fusionne pas avec elle-même.' },
  'admin.review.submit': { ar: 'تسجيل القرار', fr: 'Enregistrer la décision' },
  'admin.review.hide': { ar: 'إخفاء المقترح', fr: 'Masquer la proposition' },
  'admin.review.hideHint': { ar: 'يصبح نصه «[hidden]» في كل مكان، نهائيا.', fr: 'Son texte devient « [hidden] » partout, définitivement.' },
  'admin.review.hideSubmit': { ar: 'تأكيد الإخفاء', fr: 'Confirmer le masquage' },
  'admin.review.decided': { ar: 'بت في هذا المقترح.', fr: 'Cette proposition est tranchée.' },
  'admin.proposal.id': { ar: 'المعرف', fr: 'Identifiant' },
  'admin.proposal.submittedAt': { ar: 'قدم في', fr: 'Soumise le' },
  'admin.proposal.reviewReason': { ar: 'سبب القرار', fr: 'Motif de la décision' },
  'admin.proposal.hiddenReason': { ar: 'سبب الإخفاء', fr: 'Motif du masquage' },
  'admin.proposal.projects': { ar: 'مشاريع البرنامج التي تستجيب له', fr: 'Projets du programme qui y répondent' },
};

const STATUSES = ['RECEIVED', 'UNDER_STUDY', 'RETAINED', 'NOT_RETAINED', 'MERGED', 'WITHDRAWN'];
const DECIDED = ['RETAINED', 'NOT_RETAINED', 'MERGED'];

function statusFilter(id, current) {
  const base = '/admin/process/' + enc(id) + '/review';
  const items = [[base, t('admin.review.all'), 'filter-all', !current]].concat(STATUSES.map(status =>
    [base + '?status=' + status, code('admin.proposalStatus', status), 'filter-' + status, current === status]));
  return h('nav', { class: 'subnav', 'aria-label': t('admin.review.filter') }, h('ul', {}, items.map(([path, label, testid, here]) =>
    h('li', {}, h('a', { href: '#' + path, 'aria-current': here ? 'page' : null, 'data-testid': testid }, label)))));
}

function reviewForm(proposal, done) {
  const decisions = (proposal.status === 'UNDER_STUDY' ? [] : ['UNDER_STUDY']).concat(DECIDED);
  return form({
    id: 'review-' + proposal.id, submitLabel: 'admin.review.submit',
    fields: [
      { name: 'decision', label: 'admin.review.decision', type: 'select', required: true, value: 'RETAINED',
        options: decisions.map(value => ({ value, label: code('admin.proposalStatus', value) })) },
      reasonField(false),
      { name: 'mergedInto', label: 'admin.review.mergedInto', maxlength: 64, hint: 'admin.review.mergedIntoHint', dir: 'ltr' },
    ],
    check: values => {
      const problems = {};
      if ((values.decision === 'NOT_RETAINED' || values.decision === 'MERGED') && !(values.reason || '').trim()) {
        problems.reason = 'admin.review.reasonRequired';
      }
      if (values.decision === 'MERGED' && !values.mergedInto) {
        problems.mergedInto = 'admin.review.mergedIntoRequired';
      } else if (values.decision !== 'MERGED' && values.mergedInto) {
        problems.mergedInto = 'admin.review.mergedIntoOnlyForMerge';
      } else if (values.mergedInto === proposal.id) {
        problems.mergedInto = 'admin.review.mergeItself';
      }
      return problems;
    },
    submit: values => post('/api/proposals/' + enc(proposal.id) + '/review', {
      decision: values.decision, reason: values.reason, mergedInto: values.mergedInto && values.mergedInto.trim(),
    }),
    done,
  });
}

function hideForm(proposal, done) {
  return form({
    id: 'hide-' + proposal.id, submitLabel: 'admin.review.hideSubmit', intro: t('admin.review.hideHint'),
    fields: [reasonField(true)],
    submit: values => post('/api/proposals/' + enc(proposal.id) + '/hiding', { reason: values.reason }),
    done,
  });
}

function proposalView(proposal) {
  const path = '/api/proposals/' + enc(proposal.id);
  const after = () => settle(path, proposal);
  const open = proposal.status !== 'WITHDRAWN';
  return h('article', { class: 'proposal-admin', 'data-testid': 'proposal', 'data-id': proposal.id, 'data-status': proposal.status },
    h('h3', {}, proposal.title, ' ', badge(code('admin.proposalStatus', proposal.status), DECIDED.includes(proposal.status) ? 'ok' : null, 'proposal-status'),
      proposal.hidden ? [' ', badge(t('admin.hidden'), 'warn', 'proposal-hidden')] : null),
    h('p', { class: 'proposal-body' }, proposal.body),
    facts([
      [t('admin.proposal.id'), h('span', { dir: 'ltr', class: 'receipt' }, proposal.id)],
      [t('admin.proposal.channel'), code('admin.channel', proposal.channel)],
      [t('admin.proposal.submittedAt'), instant(proposal.submittedAt)],
      proposal.neighbourhood ? [t('admin.proposal.neighbourhood'), proposal.neighbourhood] : null,
      proposal.suggestedAxis ? [t('admin.proposal.axis'), proposal.suggestedAxis] : null,
      [t('admin.proposal.gender'), proposal.authorGender ? code('gender', proposal.authorGender) : null],
      proposal.reviewReason ? [t('admin.proposal.reviewReason'), h('span', { 'data-testid': 'review-reason' }, proposal.reviewReason)] : null,
      proposal.mergedInto ? [t('admin.review.mergedInto'), proposal.mergedInto] : null,
      proposal.hidden ? [t('admin.proposal.hiddenReason'), h('span', { 'data-testid': 'hidden-reason' }, proposal.hiddenReason)] : null,
      proposal.projects && proposal.projects.length ? [t('admin.proposal.projects'),
        proposal.projects.map(p => p.programId + ' #' + p.number).join('، ')] : null,
    ]),
    h('div', { class: 'actions-stack' },
      open && !DECIDED.includes(proposal.status)
        ? disclosure(t('admin.review.review'), 'toggle-review-' + proposal.id, reviewForm(proposal, after)) : null,
      open && DECIDED.includes(proposal.status) ? h('p', { class: 'muted' }, t('admin.review.decided')) : null,
      open && !proposal.hidden ? disclosure(t('admin.review.hide'), 'toggle-hide-' + proposal.id, hideForm(proposal, after)) : null));
}

async function review({ id }, query) {
  const process = await get('/api/processes/' + enc(id));
  const status = STATUSES.includes(query.get('status')) ? query.get('status') : null;
  const list = await paged('/api/processes/' + enc(id) + '/proposals', { status }, items => items.map(proposalView),
    { testid: 'proposals', limit: 20 });
  return page(t('admin.review.page', { title: process.title }),
    processNav(process, '/admin/process/' + id + '/review'),
    card(t('admin.review.queue'), { 'data-testid': 'review-queue' },
      h('p', { class: 'muted' }, t('admin.review.intro')),
      statusFilter(id, status),
      list));
}

export const PAGES = { review };
