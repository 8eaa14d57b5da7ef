// The operator's members: every collectivity known to the network with its status, filtered by
// kind, status and region a page at a time, and the registration of a new applicant.
import { h } from './dom.js';
import { t, code, placeName } from './i18n.js';
import { get, post, enc } from './api.js';
import { form, codeOptions } from './forms.js';
import { go } from './router.js';
import { page, card, badge, notify } from './ui.js';
import {
  COMMON_LABELS, KINDS, STATUSES, SLUG, consoleNav, regions, regionName, regionOptions, today, settle,
} from './operator-common.js';

export const LABELS = Object.assign({}, COMMON_LABELS, {
  'operator.members.title': { ar: 'أعضاء الشبكة', fr: 'Membres du réseau' },
  'operator.members.list': { ar: 'الجماعات المعروفة لدى الشبكة', fr: 'Collectivités connues du réseau' },
  'operator.members.filters': { ar: 'تصفية اللائحة', fr: 'Filtrer la liste' },
  'operator.members.kind': { ar: 'الصنف', fr: 'Type' },
  'operator.members.status': { ar: 'الحالة', fr: 'Statut' },
  'operator.members.region': { ar: 'الجهة', fr: 'Région' },
  'operator.members.name': { ar: 'الجماعة', fr: 'Collectivité' },
  'operator.register.title': { ar: 'تسجيل طلب انخراط جديد', fr: 'Enregistrer une nouvelle candidature' },
  'operator.register.kind': { ar: 'الصنف', fr: 'Type' },
  'operator.register.nameAr': { ar: 'الاسم بالعربية', fr: 'Nom en arabe' },
  'operator.register.nameFr': { ar: 'الاسم بالفرنسية', fr: 'Nom en français' },
  'operator.register.nameTzm': { ar: 'الاسم بالأمازيغية (اختياري)', fr: 'Nom en amazighe (facultatif)' },
  'operator.register.regionId': { ar: 'الجهة', fr: 'Région' },
  'operator.register.regionUnknown': { ar: 'غير معروفة', fr: 'Inconnue' },
  'operator.register.province': { ar: 'العمالة أو الإقليم (اختياري)', fr: 'Préfecture ou province (facultatif)' },
  'operator.register.appliedOn': { ar: 'تاريخ طلب الانخراط', fr: 'Date de la candidature' },
  'operator.register.reason': { ar: 'ملاحظة (مثلا: تاريخ تقريبي)', fr: 'Motif (par ex. date approximative)' },
  'operator.register.submit': { ar: 'تسجيل', fr: 'Enregistrer' },
  'operator.register.regionId.required': { ar: 'معرف الجهة العضو هو معرف إحدى الجهات الاثنتي عشرة (مثلا souss-massa).', fr: 'L’identifiant d’une région membre est celui de l’une des 12 régions (par ex. souss-massa).' },
  'operator.register.regionItself': { ar: 'الجهة العضو تقع في نفسها: اختر نفس الجهة أو اتركها فارغة.', fr: 'Une région membre se situe en elle-même : choisissez-la ou laissez vide.' },
  'operator.register.done': { ar: 'سجل طلب الانخراط.', fr: 'La candidature est enregistrée.' },
});

const PAGE_SIZE = 50;

function filterBar(filters, regionList) {
  const select = (name, label, options) => {
    const id = 'filter-' + name;
    const element = h('select', { id, name, 'data-testid': id },
      h('option', { value: '' }, t('operator.all')),
      options.map(option => h('option', { value: option.value }, option.label)));
    element.value = filters[name] || '';
    return h('div', { class: 'field' }, h('label', { for: id }, t(label)), element);
  };
  const bar = h('form', { class: 'search-bar', role: 'search', 'aria-label': t('operator.members.filters') },
    select('kind', 'operator.members.kind', codeOptions('operator.kind', KINDS)),
    select('status', 'operator.members.status', codeOptions('membership', STATUSES)),
    select('region', 'operator.members.region', regionOptions(regionList)),
    h('button', { type: 'submit', 'data-testid': 'filter-submit' }, t('operator.filter')));
  bar.addEventListener('submit', event => {
    event.preventDefault();
    const query = new URLSearchParams();
    ['kind', 'status', 'region'].forEach(name => {
      if (bar.elements.namedItem(name).value) {
        query.set(name, bar.elements.namedItem(name).value);
      }
    });
    go('/operator' + (query.toString() ? '?' + query : ''));
  });
  return bar;
}

/** The members a page at a time, "more" appending the next page to the same table. */
async function membersTable(filters, regionList) {
  const body = h('tbody', {});
  const more = h('button', { type: 'button', class: 'more', 'data-testid': 'more' }, t('more'));
  const empty = h('p', { class: 'empty', 'data-testid': 'empty', hidden: true }, t('empty'));
  const table = h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': t('operator.members.list') }, h('table', { 'data-testid': 'members-table' },
    h('caption', { class: 'visually-hidden' }, t('operator.members.list')),
    h('thead', {}, h('tr', {}, ['operator.members.name', 'operator.id', 'operator.members.kind', 'operator.members.region',
      'operator.members.status'].map(key => h('th', { scope: 'col' }, t(key))))),
    body));
  let after = null;
  async function load() {
    const answer = await get('/api/collectivities', Object.assign({}, filters, { after, limit: PAGE_SIZE }));
    (answer.items || []).forEach(c => body.append(h('tr', { 'data-testid': 'member-row', 'data-id': c.id, 'data-status': c.status },
      h('td', {}, h('a', { href: '#/operator/member/' + enc(c.id), 'data-testid': 'member-link' }, placeName(c))),
      h('td', { dir: 'ltr' }, h('code', {}, c.id)),
      h('td', {}, code('operator.kind', c.kind)),
      h('td', {}, regionName(regionList, c.regionId)),
      h('td', {}, badge(code('membership', c.status), null, 'member-status')))));
    after = answer.next || null;
    more.hidden = !after;
    empty.hidden = body.children.length > 0;
    table.hidden = body.children.length === 0;
  }
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      await load();
    } finally {
      more.disabled = false;
    }
  });
  await load();
  return h('div', {}, table, empty, more);
}

function registerForm(regionList) {
  return form({
    id: 'register', title: 'operator.register.title', submitLabel: 'operator.register.submit',
    fields: [
      { name: 'kind', label: 'operator.register.kind', type: 'select', required: true, options: codeOptions('operator.kind', KINDS), value: 'COMMUNE' },
      { name: 'id', label: 'operator.id', pattern: SLUG, maxlength: 63, hint: 'operator.idHint', dir: 'ltr' },
      { name: 'nameAr', label: 'operator.register.nameAr', required: true, maxlength: 300, dir: 'rtl' },
      { name: 'nameFr', label: 'operator.register.nameFr', required: true, maxlength: 300, dir: 'ltr' },
      { name: 'nameTzm', label: 'operator.register.nameTzm', maxlength: 300 },
      { name: 'regionId', label: 'operator.register.regionId', type: 'select', options: regionOptions(regionList), emptyLabel: 'operator.register.regionUnknown' },
      { name: 'province', label: 'operator.register.province', maxlength: 300 },
      { name: 'appliedOn', label: 'operator.register.appliedOn', type: 'date', max: today(), hint: 'operator.todayHint' },
      { name: 'reason', label: 'operator.register.reason', type: 'textarea', maxlength: 500, rows: 2 },
    ],
    // a region member is one of the 12 regions, and lies in itself
    check: values => {
      if (values.kind !== 'REGION') {
        return {};
      }
      if (!values.id || !regionList.some(r => r.id === values.id)) {
        return { id: 'operator.register.regionId.required' };
      }
      return values.regionId && values.regionId !== values.id ? { regionId: 'operator.register.regionItself' } : {};
    },
    submit: async values => {
      const created = await post('/api/collectivities', values);
      await settle(() => get('/api/collectivities/' + enc(created.id)));
      return created;
    },
    done: created => {
      notify(t('operator.register.done'));
      go('/operator/member/' + enc(created.id));
    },
  });
}

async function members(params, query) {
  const filters = { kind: query.get('kind') || '', status: query.get('status') || '', region: query.get('region') || '' };
  const regionList = await regions();
  return page(t('operator.members.title'), consoleNav('/operator'),
    card(t('operator.members.list'), { 'data-testid': 'members' }, filterBar(filters, regionList),
      await membersTable(filters, regionList)),
    registerForm(regionList));
}

export const PAGES = { members };
