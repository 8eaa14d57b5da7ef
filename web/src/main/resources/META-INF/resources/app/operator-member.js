// One member as the operator follows it: its facts, its dated history (with the admission's
// indicators), its charter follow-ups, and the changes its status allows, each a form opened by
// a link (?action=…) so that the page stays short and every action has its own address.
import { h } from './dom.js';
import { t, code, date, number, placeName } from './i18n.js';
import { get, enc } from './api.js';
import { go } from './router.js';
import { page, card, badge, facts, notify } from './ui.js';
import { COMMON_LABELS, grid, consoleNav, regions, regionName, charter, text, pairs, when } from './operator-common.js';
import { FORM_LABELS, actionForm } from './operator-member-forms.js';

export const LABELS = Object.assign({}, COMMON_LABELS, FORM_LABELS, {
  'operator.member.facts': { ar: 'المعطيات', fr: 'Informations' },
  'operator.member.kind': { ar: 'الصنف', fr: 'Type' },
  'operator.member.province': { ar: 'العمالة أو الإقليم', fr: 'Préfecture ou province' },
  'operator.member.status': { ar: 'الحالة', fr: 'Statut' },
  'operator.member.charterSignedOn': { ar: 'توقيع الميثاق', fr: 'Charte signée le' },
  'operator.member.charterSignatory': { ar: 'الموقع(ة)', fr: 'Signataire' },
  'operator.member.registeredAt': { ar: 'سجلت في المنصة', fr: 'Enregistrée sur la plateforme' },
  'operator.member.notSigned': { ar: 'لم يوقع بعد', fr: 'pas encore signée' },
  'operator.member.history': { ar: 'تاريخ العضوية', fr: 'Historique de l’adhésion' },
  'operator.member.on': { ar: 'تاريخ التغيير', fr: 'Date du changement' },
  'operator.member.reason': { ar: 'السبب', fr: 'Motif' },
  'operator.member.indicators': { ar: 'المؤشرات', fr: 'Indicateurs' },
  'operator.member.actions': { ar: 'الإجراءات الممكنة', fr: 'Actions possibles' },
  'operator.member.actionsHint': { ar: 'الإجراءات التي تسمح بها حالة العضوية الحالية.', fr: 'Les actions que permet le statut actuel.' },
  'operator.member.close': { ar: 'إغلاق الاستمارة', fr: 'Fermer le formulaire' },
  'operator.member.followUps': { ar: 'تتبع التزامات الميثاق', fr: 'Suivi des engagements de la charte' },
  'operator.member.noFollowUp': { ar: 'لا تتبع مسجل بعد.', fr: 'Aucun suivi enregistré.' },
  'operator.member.back': { ar: 'العودة إلى لائحة الأعضاء', fr: 'Retour à la liste des membres' },
  'operator.action.admission': { ar: 'البت في الطلب', fr: 'Décider de la candidature' },
  'operator.action.charter': { ar: 'توقيع الميثاق', fr: 'Signature de la charte' },
  'operator.action.suspension': { ar: 'تعليق', fr: 'Suspendre' },
  'operator.action.reinstatement': { ar: 'رفع التعليق', fr: 'Rétablir' },
  'operator.action.withdrawal': { ar: 'انسحاب', fr: 'Retrait' },
  'operator.action.reapplication': { ar: 'طلب جديد', fr: 'Nouvelle candidature' },
  'operator.action.follow-up': { ar: 'تتبع الميثاق', fr: 'Suivi de la charte' },
  'operator.action.edit': { ar: 'تصحيح', fr: 'Corriger' },
});

const MEMBER = ['ADMITTED', 'ACTIVE', 'SUSPENDED'];

/** The changes the member's status allows, in the order of a membership's life. */
function offered(member) {
  const status = member.status;
  return [
    status === 'APPLIED' && 'admission',
    status === 'ADMITTED' && !member.charterSignedOn && 'charter',
    (status === 'ADMITTED' || status === 'ACTIVE') && 'suspension',
    status === 'SUSPENDED' && 'reinstatement',
    MEMBER.includes(status) && 'withdrawal',
    (status === 'REJECTED' || status === 'WITHDRAWN') && 'reapplication',
    MEMBER.includes(status) && 'follow-up',
    'edit',
  ].filter(Boolean);
}

function historyTable(member) {
  return grid([
    { label: t('operator.member.status'), cell: entry => badge(code('membership', entry.status)) },
    { label: t('operator.member.on'), cell: entry => date(entry.on) },
    { label: t('operator.member.reason'), cell: entry => entry.reason || '—' },
    { label: t('operator.member.indicators'), cell: entry => h('div', { 'data-testid': 'history-indicators' }, pairs(entry.indicators, number)) },
    { label: t('operator.recordedAt'), cell: entry => when(entry.recordedAt) },
  ], (member.history || []).map(entry => Object.assign({ id: String(entry.sequence) }, entry)),
  { rowTestid: 'history-row', caption: t('operator.member.history') });
}

async function followUps(member) {
  const [reference, view] = await Promise.all([charter(), get('/api/collectivities/' + enc(member.id) + '/charter/follow-ups')]);
  const wording = new Map(reference.commitments.map(c => [c.commitment, text(c.text)]));
  return card(t('operator.member.followUps'), { 'data-testid': 'follow-ups' },
    view.commitments.map(c => h('section', { class: 'op-commitment', 'data-commitment': c.commitment },
      h('h3', {}, c.number + '. ' + (wording.get(c.commitment) || c.commitment)),
      c.followUps.length
        ? h('ul', { class: 'list-plain' }, c.followUps.map(f => h('li', { 'data-testid': 'follow-up' },
          h('p', { class: 'item-title' }, date(f.on)), h('p', {}, f.evidence), f.reason ? h('p', { class: 'muted' }, f.reason) : null)))
        : h('p', { class: 'empty' }, t('operator.member.noFollowUp')))));
}

function actionsNav(member, chosen) {
  const base = '#/operator/member/' + enc(member.id);
  return h('nav', { class: 'subnav', 'aria-label': t('operator.member.actions') },
    h('ul', {}, offered(member).map(action => h('li', {}, h('a', {
      href: base + '?action=' + action, 'data-testid': 'action-' + action,
      'aria-current': action === chosen ? 'page' : null,
    }, t('operator.action.' + action))))));
}

async function member(params, query) {
  const [current, regionList] = await Promise.all([get('/api/collectivities/' + enc(params.id)), regions()]);
  const chosen = offered(current).includes(query.get('action')) ? query.get('action') : null;
  const here = '/operator/member/' + enc(current.id);
  const done = shown => {
    notify(t(shown === false ? 'operator.notYetShown' : 'operator.recorded'));
    go(here);
  };
  const actionCard = chosen ? await actionForm(chosen, current, done) : null;
  return page(placeName(current), consoleNav(null),
    h('p', {}, h('a', { href: '#/operator', 'data-testid': 'back-to-members' }, t('operator.member.back'))),
    card(t('operator.member.facts'), { 'data-testid': 'member-facts' }, facts([
      [t('operator.id'), h('code', { dir: 'ltr' }, current.id)],
      [t('operator.member.kind'), code('operator.kind', current.kind)],
      [t('operator.region'), regionName(regionList, current.regionId)],
      [t('operator.member.province'), current.province],
      [t('operator.member.status'), badge(code('membership', current.status), null, 'member-status')],
      [t('operator.member.charterSignedOn'), current.charterSignedOn ? date(current.charterSignedOn) : t('operator.member.notSigned')],
      current.charterSignatory ? [t('operator.member.charterSignatory'), current.charterSignatory] : null,
      [t('operator.member.registeredAt'), when(current.registeredAt)],
    ])),
    card(t('operator.member.actions'), { 'data-testid': 'member-actions' },
      h('p', { class: 'hint' }, t('operator.member.actionsHint')), actionsNav(current, chosen)),
    actionCard ? [actionCard, h('p', {}, h('a', { href: '#' + here, 'data-testid': 'action-close' }, t('operator.member.close')))] : null,
    card(t('operator.member.history'), { 'data-testid': 'history' }, historyTable(current)),
    await followUps(current));
}

export const PAGES = { member };
