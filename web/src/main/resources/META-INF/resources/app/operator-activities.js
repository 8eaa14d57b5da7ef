// The network's own activities (trainings, meetings, workshops): the list and a new one, then per
// activity who attended (members ticked in a filterable list) and the axis of the DGCT support
// program it serves.
import { h } from './dom.js';
import { t, code, date, integer, placeName } from './i18n.js';
import { get, post, put, all, enc } from './api.js';
import { form, codeOptions } from './forms.js';
import { go, refresh } from './router.js';
import { page, card, facts, notify } from './ui.js';
import { COMMON_LABELS, grid, SLUG, consoleNav, supportProgram, axisOptions, text, settle } from './operator-common.js';

export const LABELS = Object.assign({}, COMMON_LABELS, {
  'operator.activities.title': { ar: 'أنشطة الشبكة', fr: 'Activités du réseau' },
  'operator.activities.list': { ar: 'الأنشطة', fr: 'Les activités' },
  'operator.activities.new': { ar: 'نشاط جديد', fr: 'Nouvelle activité' },
  'operator.activity.kind': { ar: 'النوع', fr: 'Type' },
  'operator.activity.title': { ar: 'العنوان', fr: 'Intitulé' },
  'operator.activity.heldOn': { ar: 'تاريخ الانعقاد', fr: 'Date' },
  'operator.activity.place': { ar: 'المكان (اختياري)', fr: 'Lieu (facultatif)' },
  'operator.activity.placeShort': { ar: 'المكان', fr: 'Lieu' },
  'operator.activity.axis': { ar: 'محور برنامج الدعم', fr: 'Axe du programme d’appui' },
  'operator.activity.axisHint': { ar: 'محور برنامج دعم الجماعات الترابية المنفتحة (المديرية العامة للجماعات الترابية) الذي يخدمه النشاط.', fr: 'L’axe du programme d’appui aux collectivités territoriales ouvertes (DGCT) que sert l’activité.' },
  'operator.activity.notTagged': { ar: 'غير محدد بعد', fr: 'pas encore indiqué' },
  'operator.activity.attendees': { ar: 'الحاضرون', fr: 'Participants' },
  'operator.activity.create': { ar: 'تسجيل النشاط', fr: 'Enregistrer l’activité' },
  'operator.activity.created': { ar: 'سجل النشاط.', fr: 'L’activité est enregistrée.' },
  'operator.activity.facts': { ar: 'النشاط', fr: 'L’activité' },
  'operator.activity.back': { ar: 'العودة إلى الأنشطة', fr: 'Retour aux activités' },
  'operator.activity.noAttendee': { ar: 'لا حاضر مسجل بعد.', fr: 'Aucun participant enregistré.' },
  'operator.attendance.title': { ar: 'تسجيل الحضور', fr: 'Enregistrer la participation' },
  'operator.attendance.members': { ar: 'الجماعات الحاضرة', fr: 'Collectivités présentes' },
  'operator.attendance.filter': { ar: 'ابحث في اللائحة', fr: 'Chercher dans la liste' },
  'operator.attendance.none': { ar: 'اختر جماعة واحدة على الأقل.', fr: 'Cochez au moins une collectivité.' },
  'operator.attendance.everyone': { ar: 'كل الجماعات مسجلة حاضرة.', fr: 'Toutes les collectivités sont déjà inscrites comme présentes.' },
  'operator.attendance.submit': { ar: 'تسجيل الحضور', fr: 'Enregistrer la participation' },
  'operator.axis.title': { ar: 'ربط النشاط بمحور', fr: 'Indiquer l’axe de l’activité' },
  'operator.axis.submit': { ar: 'تسجيل المحور', fr: 'Enregistrer l’axe' },
});

const KINDS = ['TRAINING', 'MEETING', 'WORKSHOP'];
const PAGE_SIZE = 50;
const path = id => '/api/network/activities/' + enc(id);

function axisLabel(program, axis) {
  const found = axis ? program.axes.find(a => a.axis === axis) : null;
  return found ? t('operator.axisNumber', { n: found.number }) + ' — ' + text(found.title) : t('operator.activity.notTagged');
}

async function activityList(program) {
  const rows = [];
  let after = null;
  const body = h('div', {});
  const more = h('button', { type: 'button', class: 'more', 'data-testid': 'more' }, t('more'));
  const draw = () => body.replaceChildren(grid([
    { label: t('operator.activity.title'), cell: a => h('a', { href: '#/operator/activities/' + enc(a.id), 'data-testid': 'activity-link' }, a.title) },
    { label: t('operator.activity.kind'), cell: a => code('operator.activityKind', a.kind) },
    { label: t('operator.activity.heldOn'), cell: a => date(a.heldOn) },
    { label: t('operator.activity.placeShort'), cell: a => a.place || t('unknown') },
    { label: t('operator.activity.axis'), cell: a => {
      const found = a.axis ? program.axes.find(x => x.axis === a.axis) : null;
      return found ? t('operator.axisNumber', { n: found.number }) : t('operator.activity.notTagged');
    } },
    { label: t('operator.activity.attendees'), cell: a => integer((a.attendees || []).length), num: true },
  ], rows, { rowTestid: 'activity-row', caption: t('operator.activities.list') }));
  async function load() {
    const answer = await get('/api/network/activities', { after, limit: PAGE_SIZE });
    rows.push(...(answer.items || []));
    after = answer.next || null;
    more.hidden = !after;
    draw();
  }
  more.addEventListener('click', () => load());
  await load();
  return h('div', {}, body, more);
}

function activityForm(program) {
  return form({
    id: 'activity', title: 'operator.activities.new', submitLabel: 'operator.activity.create',
    fields: [
      { name: 'kind', label: 'operator.activity.kind', type: 'select', required: true, options: codeOptions('operator.activityKind', KINDS) },
      { name: 'title', label: 'operator.activity.title', required: true, maxlength: 500 },
      { name: 'heldOn', label: 'operator.activity.heldOn', type: 'date', required: true },
      { name: 'place', label: 'operator.activity.place', maxlength: 300 },
      { name: 'axis', label: 'operator.activity.axis', type: 'select', options: axisOptions(program), emptyLabel: 'operator.activity.notTagged', hint: 'operator.activity.axisHint' },
      { name: 'id', label: 'operator.id', pattern: SLUG, maxlength: 63, hint: 'operator.idHint', dir: 'ltr' },
    ],
    submit: async values => {
      const created = await post('/api/network/activities', values);
      await settle(() => get(path(created.id)));
      return created;
    },
    done: created => {
      notify(t('operator.activity.created'));
      go('/operator/activities/' + enc(created.id));
    },
  });
}

async function activities() {
  const program = await supportProgram();
  return page(t('operator.activities.title'), consoleNav('/operator/activities'),
    card(t('operator.activities.list'), { 'data-testid': 'activities' }, await activityList(program)),
    activityForm(program));
}

/** Members not recorded yet as attendees, as a filterable list of checkboxes. */
function attendanceForm(activity, members) {
  const candidates = members.filter(c => !(activity.attendees || []).includes(c.id));
  if (!candidates.length) {
    return card(t('operator.attendance.title'), {}, h('p', { class: 'empty' }, t('operator.attendance.everyone')));
  }
  const name = c => 'c-' + c.id;
  const element = form({
    id: 'attendance', title: 'operator.attendance.title', submitLabel: 'operator.attendance.submit',
    fields: [{ name: 'members', label: 'operator.attendance.members', type: 'group', fields: candidates.map(c => ({
      name: name(c), type: 'checkbox', label: 'operator.member.' + c.id, testid: 'attend-' + c.id,
    })) }],
    check: values => candidates.some(c => values[name(c)]) ? {} : { [name(candidates[0])]: 'operator.attendance.none' },
    submit: async values => {
      const collectivityIds = candidates.filter(c => values[name(c)]).map(c => c.id);
      await post(path(activity.id) + '/attendance', { collectivityIds });
      return settle(() => get(path(activity.id)).then(now => collectivityIds.every(id => now.attendees.includes(id))));
    },
    done: () => {
      notify(t('operator.recorded'));
      refresh();
    },
  });
  // a checkbox's label is the member's name, not a label key
  candidates.forEach(c => {
    const label = element.querySelector('label[for="attendance-' + name(c) + '"]');
    label.replaceChildren(placeName(c));
  });
  const filter = h('input', { type: 'search', id: 'attendance-filter', 'data-testid': 'attendance-filter', autocomplete: 'off' });
  filter.addEventListener('input', () => {
    const needle = filter.value.trim().toLowerCase();
    element.querySelectorAll('.field-check').forEach(box => {
      box.hidden = Boolean(needle) && !box.textContent.toLowerCase().includes(needle) && !box.dataset.field.includes(needle);
    });
  });
  element.insertBefore(h('div', { class: 'field' }, h('label', { for: 'attendance-filter' }, t('operator.attendance.filter')), filter),
    element.querySelector('fieldset'));
  return element;
}

function axisForm(activity, program) {
  return form({
    id: 'axis', title: 'operator.axis.title', submitLabel: 'operator.axis.submit',
    fields: [
      { name: 'axis', label: 'operator.activity.axis', type: 'select', required: true, options: axisOptions(program), value: activity.axis },
      { name: 'reason', label: 'operator.reasonOptional', type: 'textarea', maxlength: 2000, rows: 2, hint: 'operator.reasonHint' },
    ],
    submit: async values => {
      await put(path(activity.id) + '/axis', values);
      return settle(() => get(path(activity.id)).then(now => now.axis === values.axis));
    },
    done: () => {
      notify(t('operator.recorded'));
      refresh();
    },
  });
}

async function activity(params) {
  const [current, program, members] = await Promise.all([get(path(params.id)), supportProgram(),
    all('/api/collectivities', {}, 5000)]);
  const byId = new Map(members.map(c => [c.id, c]));
  const attendees = current.attendees || [];
  return page(current.title, consoleNav(null),
    h('p', {}, h('a', { href: '#/operator/activities', 'data-testid': 'back-to-activities' }, t('operator.activity.back'))),
    card(t('operator.activity.facts'), { 'data-testid': 'activity-facts' }, facts([
      [t('operator.activity.kind'), code('operator.activityKind', current.kind)],
      [t('operator.activity.heldOn'), date(current.heldOn)],
      [t('operator.activity.placeShort'), current.place],
      [t('operator.activity.axis'), h('span', { 'data-testid': 'activity-axis', 'data-axis': current.axis || '' }, axisLabel(program, current.axis))],
    ])),
    card(t('operator.activity.attendees') + ' (' + integer(attendees.length) + ')', { 'data-testid': 'attendees' },
      attendees.length
        ? h('ul', {}, attendees.map(id => h('li', { 'data-testid': 'attendee', 'data-id': id },
          h('a', { href: '#/operator/member/' + enc(id) }, byId.has(id) ? placeName(byId.get(id)) : id))))
        : h('p', { class: 'empty' }, t('operator.activity.noAttendee'))),
    attendanceForm(current, members),
    axisForm(current, program));
}

export const PAGES = { activities, activity };
