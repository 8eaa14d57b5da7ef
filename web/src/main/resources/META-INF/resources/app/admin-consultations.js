// A process's consultations in the console: opened on its items (proposals or program projects)
// for a window of time, tallied from paper ballots at its stations, extended or closed early with
// a reason, and their results online, in person and in all.
import { h } from './dom.js';
import { t, code, instant, integer } from './i18n.js';
import { get, post, all, enc } from './api.js';
import { form } from './forms.js';
import { go } from './router.js';
import { page, card, facts, badge } from './ui.js';
import {
  processNav, phaseBadge, settle, whenReadable, reasonField, repeater, insertIntoForm, localInput,
  isoInstant, grid, countField, SLUG,
} from './admin-common.js';

export const LABELS = {
  'admin.consultations.page': { ar: 'استشارات المسار: {title}', fr: 'Consultations du processus : {title}' },
  'admin.consultations.list': { ar: 'الاستشارات', fr: 'Consultations' },
  'admin.consultation.page': { ar: 'الاستشارة: {title}', fr: 'Consultation : {title}' },
  'admin.consultation.title': { ar: 'العنوان', fr: 'Titre' },
  'admin.consultation.opensAt': { ar: 'الافتتاح', fr: 'Ouverture' },
  'admin.consultation.closesAt': { ar: 'الإغلاق', fr: 'Clôture' },
  'admin.consultation.open': { ar: 'فتح استشارة', fr: 'Ouvrir une consultation' },
  'admin.consultation.openSubmit': { ar: 'فتح الاستشارة', fr: 'Ouvrir la consultation' },
  'admin.consultation.onlyConsulting': { ar: 'تفتح الاستشارات خلال مرحلة الاستشارة فقط؛ غير المرحلة من صفحة المسار.', fr: 'Les consultations s’ouvrent pendant la phase de consultation ; changez de phase sur la page du processus.' },
  'admin.consultation.items': { ar: 'البنود المعروضة للتصويت', fr: 'Points soumis au vote' },
  'admin.consultation.itemsHint': { ar: 'المرجع: معرف مقترح من هذا المسار، أو مشروع برنامج بصيغة برنامج#رقم.', fr: 'Référence : identifiant d’une proposition de ce processus, ou projet de programme au format programme#numéro.' },
  'admin.item': { ar: 'البند', fr: 'Point' },
  'admin.item.ref': { ar: 'المرجع', fr: 'Référence' },
  'admin.item.title': { ar: 'العنوان', fr: 'Intitulé' },
  'admin.item.add': { ar: 'إضافة بند', fr: 'Ajouter un point' },
  'admin.consultation.facts': { ar: 'الاستشارة', fr: 'La consultation' },
  'admin.consultation.process': { ar: 'المسار', fr: 'Processus' },
  'admin.results': { ar: 'النتائج', fr: 'Résultats' },
  'admin.results.item': { ar: 'البند', fr: 'Point' },
  'admin.results.onlineFor': { ar: 'عبر الإنترنت: مع', fr: 'En ligne : pour' },
  'admin.results.onlineAgainst': { ar: 'عبر الإنترنت: ضد', fr: 'En ligne : contre' },
  'admin.results.inPersonFor': { ar: 'حضوريا: مع', fr: 'En présentiel : pour' },
  'admin.results.inPersonAgainst': { ar: 'حضوريا: ضد', fr: 'En présentiel : contre' },
  'admin.results.totalFor': { ar: 'المجموع: مع', fr: 'Total : pour' },
  'admin.results.totalAgainst': { ar: 'المجموع: ضد', fr: 'Total : contre' },
  'admin.tally': { ar: 'تسجيل فرز الأوراق الحضورية', fr: 'Enregistrer un dépouillement en présentiel' },
  'admin.tally.submit': { ar: 'تسجيل الفرز', fr: 'Enregistrer le dépouillement' },
  'admin.tally.intro': { ar: 'يعوض فرز جديد لنفس المحطة أعدادها للبنود التي يذكرها.', fr: 'Un nouveau dépouillement de la même station remplace ses nombres pour les points qu’il cite.' },
  'admin.tally.station': { ar: 'المحطة', fr: 'Station' },
  'admin.tally.for': { ar: 'مع', fr: 'Pour' },
  'admin.tally.against': { ar: 'ضد', fr: 'Contre' },
  'admin.tally.both': { ar: 'أدخل العددين معا أو اتركهما فارغين.', fr: 'Saisissez les deux nombres ou aucun.' },
  'admin.tally.atLeastOne': { ar: 'أدخل أعداد بند واحد على الأقل.', fr: 'Saisissez les nombres d’au moins un point.' },
  'admin.tally.noStation': { ar: 'لا محطة لهذا المسار بعد.', fr: 'Ce processus n’a pas encore de station.' },
  'admin.extend': { ar: 'تمديد الاستشارة', fr: 'Prolonger la consultation' },
  'admin.extend.closesAt': { ar: 'الإغلاق الجديد', fr: 'Nouvelle clôture' },
  'admin.extend.submit': { ar: 'تمديد', fr: 'Prolonger' },
  'admin.extend.notLater': { ar: 'يجب أن يأتي الإغلاق الجديد بعد الإغلاق الحالي وفي المستقبل.', fr: 'La nouvelle clôture doit suivre la clôture actuelle et être à venir.' },
  'admin.close': { ar: 'إغلاق الاستشارة قبل موعدها', fr: 'Clore la consultation avant terme' },
  'admin.close.submit': { ar: 'إغلاق الآن', fr: 'Clore maintenant' },
  'admin.close.intro': { ar: 'لا تقبل بعدها أي أصوات ولا أي فرز.', fr: 'Aucun vote ni dépouillement n’est plus accepté ensuite.' },
  'admin.consultation.closedNote': { ar: 'الاستشارة مغلقة: نتائجها نهائية.', fr: 'La consultation est close : ses résultats sont définitifs.' },
};

const DAY = 24 * 3600 * 1000;

function statusBadge(status) {
  return badge(code('admin.consultationStatus', status), status === 'open' ? 'ok' : null, 'consultation-status');
}

function openForm(process, retained) {
  if (process.phase !== 'CONSULTATION') {
    return card(t('admin.consultation.open'), {}, h('p', { 'data-testid': 'consultation-not-consulting' }, t('admin.consultation.onlyConsulting')));
  }
  const listId = 'consultation-refs';
  const items = repeater({
    id: 'open-consultation', prefix: 'items', legend: 'admin.consultation.items', hint: 'admin.consultation.itemsHint',
    rowLabel: 'admin.item', addLabel: 'admin.item.add', addTestid: 'add-item', removeTestid: 'remove-item',
    rowTestid: 'item', max: 200, rows: [{}],
    fields: [
      { name: 'ref', label: 'admin.item.ref', required: true, maxlength: 200, dir: 'ltr', list: listId, testid: 'item-ref' },
      { name: 'title', label: 'admin.item.title', required: true, maxlength: 500, testid: 'item-title' },
    ],
  });
  const now = Date.now();
  const node = form({
    id: 'open-consultation', title: 'admin.consultation.open', submitLabel: 'admin.consultation.openSubmit',
    fields: [
      { name: 'title', label: 'admin.consultation.title', required: true, maxlength: 300 },
      { name: 'opensAt', label: 'admin.consultation.opensAt', type: 'datetime-local', required: true, value: localInput(now), hint: 'admin.localTimeHint' },
      { name: 'closesAt', label: 'admin.consultation.closesAt', type: 'datetime-local', required: true, value: localInput(now + 14 * DAY), hint: 'admin.localTimeHint' },
      { name: 'id', label: 'admin.id', pattern: SLUG, maxlength: 63, hint: 'admin.idHint', dir: 'ltr' },
      reasonField(false),
    ],
    check: values => {
      const problems = {};
      if (!items.values().length) {
        problems.title = 'admin.atLeastOneRow';
      }
      if (values.opensAt && values.closesAt && new Date(values.closesAt) <= new Date(values.opensAt)) {
        problems.closesAt = 'admin.closesBeforeOpening';
      }
      return problems;
    },
    submit: values => post('/api/processes/' + enc(process.id) + '/consultations', {
      id: values.id, title: values.title.trim(), opensAt: isoInstant(values.opensAt), closesAt: isoInstant(values.closesAt),
      reason: values.reason, items: items.values(),
    }),
    done: created => whenReadable('/api/consultations/' + enc(created.id), () => go('/admin/consultation/' + enc(created.id))),
  });
  return insertIntoForm(node, 'opensAt', items.node,
    h('datalist', { id: listId }, retained.map(p => h('option', { value: p.id }, p.title))));
}

async function consultations({ id }) {
  const process = await get('/api/processes/' + enc(id));
  const [list, retained] = await Promise.all([
    all('/api/processes/' + enc(id) + '/consultations', {}, 500),
    process.phase === 'CONSULTATION' ? all('/api/processes/' + enc(id) + '/proposals', { status: 'RETAINED' }, 200) : [],
  ]);
  return page(t('admin.consultations.page', { title: process.title }),
    processNav(process, '/admin/process/' + id + '/consultations'),
    h('p', { class: 'subtitle' }, t('admin.process.phase'), ': ', phaseBadge(process.phase)),
    card(t('admin.consultations.list'), { 'data-testid': 'consultations' }, grid([
      { label: t('admin.consultation.title'), cell: c => h('a', { href: '#/admin/consultation/' + enc(c.consultationId), 'data-testid': 'consultation-link' }, c.title) },
      { label: t('status'), cell: c => statusBadge(c.status) },
      { label: t('admin.consultation.opensAt'), cell: c => instant(c.opensAt) },
      { label: t('admin.consultation.closesAt'), cell: c => instant(c.closesAt) },
    ], list, { rowTestid: 'consultation-row', caption: t('admin.consultations.list') })),
    openForm(process, retained));
}

function resultsTable(results) {
  const n = (counts, side) => integer(counts ? counts[side] : null);
  return grid([
    { label: t('admin.results.item'), cell: item => h('span', {}, item.title, ' ', h('span', { class: 'muted', dir: 'ltr' }, '(' + item.ref + ')')) },
    { label: t('admin.results.onlineFor'), num: true, cell: item => n(item.online, 'for') },
    { label: t('admin.results.onlineAgainst'), num: true, cell: item => n(item.online, 'against') },
    { label: t('admin.results.inPersonFor'), num: true, cell: item => h('span', { 'data-testid': 'in-person-for' }, n(item.inPerson, 'for')) },
    { label: t('admin.results.inPersonAgainst'), num: true, cell: item => h('span', { 'data-testid': 'in-person-against' }, n(item.inPerson, 'against')) },
    { label: t('admin.results.totalFor'), num: true, cell: item => h('span', { 'data-testid': 'total-for' }, n(item.total, 'for')) },
    { label: t('admin.results.totalAgainst'), num: true, cell: item => h('span', { 'data-testid': 'total-against' }, n(item.total, 'against')) },
  ], results.items || [], { rowTestid: 'result-row', caption: t('admin.results') });
}

function tallyForm(results, stations, done) {
  const usable = stations.filter(s => s.status !== 'CANCELLED');
  if (!usable.length) {
    return h('p', { class: 'empty' }, t('admin.tally.noStation'));
  }
  const items = results.items || [];
  return form({
    id: 'tally', submitLabel: 'admin.tally.submit', intro: t('admin.tally.intro'),
    fields: [
      { name: 'stationId', label: 'admin.tally.station', type: 'select', required: true,
        value: (usable.find(s => s.status === 'HELD') || usable[0]).id,
        options: usable.map(s => ({ value: s.id, label: s.title + ' (' + code('admin.stationStatus', s.status) + ')' })) },
      ...items.map(item => ({ name: 'item-' + item.itemId, type: 'group', label: item.title,
        fields: [countField('for-' + item.itemId, 'admin.tally.for'), countField('against-' + item.itemId, 'admin.tally.against')] })),
      reasonField(false),
    ],
    check: values => {
      const problems = {};
      let counted = 0;
      items.forEach(item => {
        const yes = values['for-' + item.itemId];
        const no = values['against-' + item.itemId];
        if ((yes === undefined) !== (no === undefined)) {
          problems[yes === undefined ? 'for-' + item.itemId : 'against-' + item.itemId] = 'admin.tally.both';
        } else if (yes !== undefined) {
          counted++;
        }
      });
      if (!counted && items.length && !Object.keys(problems).length) {
        problems['for-' + items[0].itemId] = 'admin.tally.atLeastOne';
      }
      return problems;
    },
    submit: values => post('/api/consultations/' + enc(results.consultationId) + '/in-person-tallies', {
      stationId: values.stationId, reason: values.reason,
      items: items.filter(item => values['for-' + item.itemId] !== undefined).map(item => ({
        itemId: item.itemId, for: values['for-' + item.itemId], against: values['against-' + item.itemId],
      })),
    }),
    done,
  });
}

function extendForm(results, done) {
  const closesAt = new Date(results.closesAt).getTime();
  return form({
    id: 'extend', title: 'admin.extend', submitLabel: 'admin.extend.submit',
    fields: [
      { name: 'closesAt', label: 'admin.extend.closesAt', type: 'datetime-local', required: true,
        value: localInput(Math.max(closesAt, Date.now()) + 7 * DAY), hint: 'admin.localTimeHint' },
      reasonField(true),
    ],
    check: values => {
      const at = new Date(values.closesAt).getTime();
      return at <= closesAt || at <= Date.now() ? { closesAt: 'admin.extend.notLater' } : {};
    },
    submit: values => post('/api/consultations/' + enc(results.consultationId) + '/extend', {
      closesAt: isoInstant(values.closesAt), reason: values.reason,
    }),
    done,
  });
}

function closeForm(results, done) {
  return form({
    id: 'close', title: 'admin.close', submitLabel: 'admin.close.submit', intro: t('admin.close.intro'),
    fields: [reasonField(true)],
    submit: values => post('/api/consultations/' + enc(results.consultationId) + '/close', { reason: values.reason }),
    done,
  });
}

async function consultation({ id }) {
  const path = '/api/consultations/' + enc(id) + '/results';
  const results = await get(path);
  const process = await get('/api/processes/' + enc(results.processId));
  const after = () => settle(path, results);
  const closed = results.status === 'closed';
  return page(t('admin.consultation.page', { title: results.title }),
    processNav(process, '/admin/process/' + results.processId + '/consultations'),
    card(t('admin.consultation.facts'), { 'data-testid': 'consultation-facts' }, facts([
      [t('admin.consultation.process'), h('a', { href: '#/admin/process/' + enc(process.id) }, process.title)],
      [t('status'), statusBadge(results.status)],
      [t('admin.consultation.opensAt'), h('span', { 'data-testid': 'opens-at' }, instant(results.opensAt))],
      [t('admin.consultation.closesAt'), h('span', { 'data-testid': 'closes-at' }, instant(results.closesAt))],
    ])),
    card(t('admin.results'), { 'data-testid': 'results' }, resultsTable(results),
      closed ? h('p', { class: 'muted', 'data-testid': 'results-final' }, t('admin.consultation.closedNote')) : null),
    closed ? null : card(t('admin.tally'), { 'data-testid': 'tally-card' }, tallyForm(results, process.stations || [], after)),
    closed ? null : extendForm(results, after),
    closed ? null : closeForm(results, after));
}

export const PAGES = { consultations, consultation };
