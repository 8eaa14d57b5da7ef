// The citizen's way in: a collectivity's page (its processes, consultations and programs), the
// verification of residence by the census, and "my space" (ballot receipts, own proposals,
// residence, erasure of personal data).
import { h } from './dom.js';
import { t, code, placeName, date, mdh } from './i18n.js';
import { get, post, all, enc } from './api.js';
import { form } from './forms.js';
import { go } from './router.js';
import { page, card, table, facts, paged } from './ui.js';
import * as session from './session.js';
import { LABELS as COMMON, statusBadge, consultationsTable, scrollable, bidi } from './citizen-common.js';

export const LABELS = Object.assign({}, COMMON, {
  'citizen.names': { ar: 'الاسم', fr: 'Nom' },
  'citizen.nameAr': { ar: 'الاسم بالعربية', fr: 'Nom en arabe' },
  'citizen.nameFr': { ar: 'الاسم بالفرنسية', fr: 'Nom en français' },
  'citizen.nameTzm': { ar: 'الاسم بالأمازيغية', fr: 'Nom en amazighe' },
  'citizen.province': { ar: 'العمالة أو الإقليم', fr: 'Préfecture ou province' },
  'citizen.dashboard': { ar: 'لوحة القيادة العمومية لهذه الجماعة', fr: 'Tableau de bord public de cette collectivité' },
  'citizen.processes': { ar: 'مسارات الإعداد المشترك', fr: 'Processus de co-création' },
  'citizen.cycle': { ar: 'الدورة', fr: 'Cycle' },
  'citizen.phase': { ar: 'المرحلة', fr: 'Phase' },
  'citizen.programs': { ar: 'برامج عمل الانفتاح', fr: 'Programmes d’action d’ouverture' },
  'citizen.period': { ar: 'الفترة', fr: 'Période' },
  'citizen.totalCost': { ar: 'الكلفة الإجمالية (مليون درهم)', fr: 'Coût total (MDH)' },
  'citizen.statusFilter': { ar: 'حالة الاستشارة', fr: 'État de la consultation' },
  'citizen.anyStatus': { ar: 'كل الحالات', fr: 'Tous les états' },
  'citizen.show': { ar: 'عرض', fr: 'Afficher' },
  'citizen.nav.me': { ar: 'فضائي', fr: 'Mon espace' },
  'citizen.nav.verify': { ar: 'التحقق من إقامتي', fr: 'Vérifier ma résidence' },
  'citizen.verify.intro': { ar: 'يصوت في استشارات الجماعة المقيمون المتحقق منهم فقط. أدخل رقم بطاقتك الوطنية كما في إحصاء الجماعة: لا تحفظ المنصة إلا بصمة مشفرة منه.', fr: 'Seuls les résidents vérifiés votent aux consultations de la collectivité. Saisissez le numéro de votre carte nationale tel qu’il figure au recensement : la plateforme n’en garde qu’une empreinte chiffrée.' },
  'citizen.chooseCollectivity': { ar: 'اختر جماعتك', fr: 'Choisissez votre collectivité' },
  'citizen.verify.identifier': { ar: 'رقم البطاقة الوطنية للتعريف', fr: 'Numéro de la carte nationale d’identité' },
  'citizen.verify.identifierHint': { ar: 'حرف أو حرفان ثم أرقام، مثل AB123456.', fr: 'Une ou deux lettres puis des chiffres, par exemple AB123456.' },
  'citizen.verify.submit': { ar: 'تحقق', fr: 'Vérifier' },
  'citizen.verify.done': { ar: 'تم التحقق: حسابك مقيم(ة) متحقق منه في {place}. يمكنك التصويت في استشاراتها.', fr: 'Vérification faite : votre compte est résident·e vérifié·e de {place}. Vous pouvez voter à ses consultations.' },
  'citizen.verify.byProvider': { ar: 'تحقق مزود الهوية من إقامتك في {place}: لا حاجة إلى الإحصاء لهذه الجماعة.', fr: 'Le fournisseur d’identité a vérifié votre résidence à {place} : le recensement n’est pas nécessaire pour cette collectivité.' },
  'citizen.me.residence': { ar: 'إقامتي', fr: 'Ma résidence' },
  'citizen.me.byProvider': { ar: 'متحقق منها من طرف مزود الهوية: {place}', fr: 'Vérifiée par le fournisseur d’identité : {place}' },
  'citizen.me.byCensus': { ar: 'متحقق منها بواسطة الإحصاء: {place}', fr: 'Vérifiée par le recensement : {place}' },
  'citizen.me.noResidence': { ar: 'لا إقامة متحقق منها معروفة لهذه الصفحة.', fr: 'Aucune résidence vérifiée n’est connue de cette page.' },
  'citizen.me.censusNote': { ar: 'يظهر التحقق بواسطة الإحصاء هنا حين تكون لجماعتك استشارة.', fr: 'Une vérification par recensement apparaît ici dès que votre collectivité a une consultation.' },
  'citizen.me.verify': { ar: 'التحقق من إقامتي', fr: 'Vérifier ma résidence' },
  'citizen.me.ballots': { ar: 'وصل تصويتي', fr: 'Reçu de mes votes' },
  'citizen.me.ballotsIntro': { ar: 'ورقة تصويتك في كل استشارة أنت مقيم(ة) في جماعتها، والاختيار الذي يحتسب لكل بند. لا يراها غيرك.', fr: 'Votre bulletin dans chaque consultation de vos collectivités de résidence, et le choix qui compte pour chaque point. Vous seul·e le voyez.' },
  'citizen.me.ballotId': { ar: 'رقم ورقة التصويت', fr: 'Numéro du bulletin' },
  'citizen.me.item': { ar: 'البند', fr: 'Point' },
  'citizen.me.choice': { ar: 'اختياري', fr: 'Mon choix' },
  'citizen.me.noVote': { ar: 'لم تصوت في هذه الاستشارة.', fr: 'Vous n’avez pas voté à cette consultation.' },
  'citizen.me.proposals': { ar: 'مقترحاتي', fr: 'Mes propositions' },
  'citizen.me.erasure': { ar: 'محو معطياتي الشخصية', fr: 'Effacer mes données personnelles' },
  'citizen.me.erasureText': { ar: 'طبقا للقانون 09-08: كل نص كتبته (عنوان المقترح ونصه والحي) سيظهر «[erased]» في كل مكان، وتنسى عمليات التحقق من إقامتك. تبقى الأعداد والحالات والتواريخ، وتبقى مقترحاتك وأصواتك محسوبة. لا رجعة في ذلك.', fr: 'Selon la loi 09-08 : tout texte que vous avez écrit (titre, texte et quartier de vos propositions) se lira « [erased] » partout, et vos vérifications de résidence seront oubliées. Les comptes, états et dates restent ; vos propositions et vos votes comptent toujours. C’est irréversible.' },
  'citizen.me.erasureConfirm': { ar: 'فهمت ما سيمحى وأريد المحو', fr: 'J’ai compris ce qui sera effacé et je le demande' },
  'citizen.me.erasureSubmit': { ar: 'محو معطياتي', fr: 'Effacer mes données' },
  'citizen.me.erased': { ar: 'سجل المحو رقم {id}: نص {count} مقترح(ات) يظهر الآن «[erased]»، ونسيت عمليات التحقق من إقامتك.', fr: 'Effacement n° {id} enregistré : le texte de {count} proposition(s) se lit désormais « [erased] » et vos vérifications de résidence sont oubliées.' },
});

/** A collectivity's name by id, as the page shows it; its id when unknown. */
async function names(ids) {
  const found = {};
  await Promise.all([...new Set(ids.filter(Boolean))].map(async id => {
    try {
      found[id] = placeName(await get('/api/collectivities/' + enc(id)));
    } catch (unknown) {
      found[id] = id;
    }
  }));
  return found;
}

async function collectivity(params, query) {
  const id = params.id;
  const status = ['upcoming', 'open', 'closed'].includes(query.get('status')) ? query.get('status') : '';
  const [place, processes, programs] = await Promise.all([
    get('/api/collectivities/' + enc(id)),
    all('/api/processes', { collectivityId: id }),
    all('/api/programs', { collectivityId: id }),
  ]);
  const filter = h('form', { class: 'search-bar', 'data-testid': 'consultation-filter' },
    h('div', { class: 'field' }, h('label', { for: 'consultation-status' }, t('citizen.statusFilter')),
      h('select', { id: 'consultation-status', name: 'status', 'data-testid': 'field-status' },
        h('option', { value: '' }, t('citizen.anyStatus')),
        ['upcoming', 'open', 'closed'].map(value => h('option', { value }, t('citizen.consultation.' + value))))),
    h('button', { type: 'submit', 'data-testid': 'consultation-filter-submit' }, t('citizen.show')));
  filter.elements.status.value = status;
  filter.addEventListener('submit', event => {
    event.preventDefault();
    const chosen = filter.elements.status.value;
    go('/c/' + enc(id) + (chosen ? '?status=' + chosen : ''));
  });
  const consultations = consultationsTable(await all('/api/consultations', { collectivityId: id, status }, 200));
  return page(placeName(place),
    h('p', { class: 'subtitle' }, code('kind', place.kind) + ' · ' + code('membership', place.status)),
    card(t('citizen.names'), { 'data-testid': 'identity' }, facts([
      [t('citizen.nameAr'), h('span', { lang: 'ar', 'data-testid': 'name-ar' }, place.nameAr)],
      [t('citizen.nameFr'), h('span', { lang: 'fr', 'data-testid': 'name-fr' }, place.nameFr)],
      place.nameTzm ? [t('citizen.nameTzm'), h('span', { 'data-testid': 'name-tzm' }, place.nameTzm)] : null,
      [t('kind'), code('kind', place.kind)],
      [t('status'), h('span', { 'data-testid': 'membership-status' }, code('membership', place.status))],
      [t('citizen.province'), place.province],
    ]), h('p', {}, h('a', { href: '/#/c/' + enc(id), 'data-testid': 'dashboard-link' }, t('citizen.dashboard')))),
    card(t('citizen.processes'), { 'data-testid': 'processes' }, scrollable(table([
      { label: t('citizen.title'), cell: p => h('a', { href: '#/p/' + enc(p.id), 'data-testid': 'process-link', dir: 'auto' }, p.title) },
      { label: t('citizen.cycle'), cell: p => p.cycle },
      { label: t('citizen.phase'), cell: p => statusBadge('phase', p.phase, 'process-phase') },
    ], processes, { rowTestid: 'process-row', caption: t('citizen.processes') }), t('citizen.processes'))),
    card(t('citizen.consultations'), { 'data-testid': 'consultations' }, filter, consultations),
    card(t('citizen.programs'), { 'data-testid': 'programs' }, scrollable(table([
      { label: t('citizen.title'), cell: p => h('a', { href: '#/program/' + enc(p.id), 'data-testid': 'program-link', dir: 'auto' }, p.title) },
      { label: t('citizen.period'), cell: p => p.startYear + '–' + p.endYear },
      { label: t('status'), cell: p => statusBadge('program', p.status, 'program-status') },
      { label: t('citizen.totalCost'), num: true, cell: p => mdh(p.totalCostMad) },
    ], programs, { rowTestid: 'program-row', caption: t('citizen.programs') }), t('citizen.programs'))));
}

async function verify(params, query) {
  const members = (await all('/api/collectivities', {}, 2000))
    .filter(c => ['ADMITTED', 'ACTIVE'].includes(c.status));
  const byId = Object.fromEntries(members.map(c => [c.id, c]));
  const outcome = h('div', { 'aria-live': 'polite' });
  const residence = session.residence();
  const chosen = byId[query.get('c')] ? query.get('c') : undefined;
  return page(t('citizen.nav.verify'),
    h('p', { class: 'subtitle' }, t('citizen.verify.intro')),
    residence ? h('p', { class: 'notice-box', 'data-testid': 'residence-by-provider' },
      t('citizen.verify.byProvider', { place: byId[residence] ? placeName(byId[residence]) : residence })) : null,
    form({
      id: 'verify', submitLabel: 'citizen.verify.submit',
      fields: [
        { name: 'collectivityId', label: 'citizen.collectivity', type: 'select', value: chosen, emptyLabel: 'citizen.chooseCollectivity',
          options: members.map(c => ({ value: c.id, label: placeName(c) })) },
        { name: 'identifier', label: 'citizen.verify.identifier', required: true, maxlength: 32, dir: 'ltr',
          pattern: '\\s*[A-Za-z]{1,2}[0-9]{1,6}\\s*', hint: 'citizen.verify.identifierHint' },
      ],
      // no silent default: the citizen names their collectivity
      check: values => values.collectivityId ? {} : { collectivityId: 'validation.required' },
      submit: values => post('/api/verifications', { collectivityId: values.collectivityId, identifier: values.identifier.trim() }),
      done: answer => {
        const place = byId[answer.collectivityId];
        outcome.replaceChildren(h('div', { class: 'notice-box', role: 'status', 'data-testid': 'verified' },
          h('p', {}, t('citizen.verify.done', { place: place ? placeName(place) : answer.collectivityId })),
          h('p', {}, h('a', { href: '#/c/' + enc(answer.collectivityId), 'data-testid': 'verified-collectivity' },
            place ? placeName(place) : answer.collectivityId), ' · ', h('a', { href: '#/me' }, t('citizen.nav.me')))));
      },
    }),
    outcome);
}

function residenceCard(receipts, placeNames) {
  const provider = session.residence();
  const census = [...new Set(receipts.map(r => r.collectivityId))].filter(id => id !== provider);
  const lines = [];
  if (provider) {
    lines.push(h('li', { 'data-testid': 'residence-provider' }, t('citizen.me.byProvider', { place: placeNames[provider] || provider })));
  }
  census.forEach(id => lines.push(h('li', { 'data-testid': 'residence-census' }, t('citizen.me.byCensus', { place: placeNames[id] || id }))));
  return card(t('citizen.me.residence'), { 'data-testid': 'residence' },
    lines.length ? h('ul', {}, lines) : h('p', { 'data-testid': 'no-residence' }, t('citizen.me.noResidence')),
    h('p', { class: 'hint' }, t('citizen.me.censusNote')),
    h('p', {}, h('a', { href: '#/verify', 'data-testid': 'me-verify' }, t('citizen.me.verify'))));
}

async function receiptView(receipt, placeNames) {
  let items = [];
  try {
    items = (await get('/api/consultations/' + enc(receipt.consultationId))).items || [];
  } catch (unreadable) {
    // the receipt still names each item by its id
  }
  const titles = Object.fromEntries(items.map(item => [item.itemId, item.title]));
  return h('li', { 'data-testid': 'receipt', 'data-id': receipt.consultationId },
    h('h3', {}, h('a', { href: '#/consultation/' + enc(receipt.consultationId), 'data-testid': 'receipt-consultation', dir: 'auto' }, receipt.title)),
    h('p', { class: 'muted' }, placeNames[receipt.collectivityId] || receipt.collectivityId),
    h('p', {}, t('citizen.me.ballotId'), ': ', h('code', { class: 'receipt', 'data-testid': 'ballot-id' }, receipt.ballotId)),
    receipt.votes.length ? scrollable(table([
      { label: t('citizen.me.item'), cell: vote => bidi(titles[vote.itemId] || vote.itemId) },
      { label: t('citizen.me.choice'), cell: vote => h('span', { 'data-testid': 'receipt-choice', 'data-value': vote.choice }, code('citizen.choice', vote.choice)) },
    ], receipt.votes.map(vote => Object.assign({ id: vote.itemId }, vote)), { rowTestid: 'receipt-vote', caption: receipt.title }), receipt.title)
      : h('p', { class: 'empty' }, t('citizen.me.noVote')));
}

function erasureForm() {
  const answer = h('div', { 'aria-live': 'polite' });
  return h('div', { 'data-testid': 'erasure-card' },
    form({
      id: 'erasure', title: 'citizen.me.erasure', intro: t('citizen.me.erasureText'), submitLabel: 'citizen.me.erasureSubmit',
      fields: [{ name: 'confirm', label: 'citizen.me.erasureConfirm', type: 'checkbox', required: true }],
      submit: () => post('/api/me/erasure'),
      done: result => {
        answer.replaceChildren(h('p', { class: 'notice-box', role: 'status', 'data-testid': 'erasure-answer',
          'data-erasure-id': result.erasureId, 'data-proposals': result.proposals },
        t('citizen.me.erased', { id: result.erasureId, count: result.proposals })));
      },
    }),
    answer);
}

async function me() {
  const [{ ballots }, proposals] = await Promise.all([
    get('/api/me/ballots'),
    paged('/api/me/proposals', {}, items => items.length ? h('ul', { class: 'list-plain' }, items.map(p =>
      h('li', { 'data-testid': 'my-proposal', 'data-id': p.id },
        h('a', { href: '#/proposal/' + enc(p.id), class: 'item-title', 'data-testid': 'my-proposal-link', dir: 'auto' }, p.title),
        ' ', statusBadge('proposal', p.status, 'my-proposal-status'),
        h('p', { class: 'muted' }, t('citizen.submittedOn'), ': ', date(p.submittedAt))))) : [], { testid: 'my-proposals' }),
  ]);
  const placeNames = await names([session.residence(), ...ballots.map(r => r.collectivityId)]);
  const receipts = await Promise.all(ballots.map(receipt => receiptView(receipt, placeNames)));
  return page(t('citizen.nav.me'),
    residenceCard(ballots, placeNames),
    card(t('citizen.me.ballots'), { 'data-testid': 'ballots' },
      h('p', { class: 'muted' }, t('citizen.me.ballotsIntro')),
      receipts.length ? h('ul', { class: 'list-plain' }, receipts) : h('p', { class: 'empty', 'data-testid': 'no-ballots' }, t('empty'))),
    card(t('citizen.me.proposals'), { 'data-testid': 'my-proposals-card' }, proposals),
    erasureForm());
}

export const PAGES = { collectivity, verify, me };
