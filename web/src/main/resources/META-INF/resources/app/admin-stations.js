// The stations of a process in the console: each shown with its agenda, attendance, documents and
// program, with the actions its status allows (edit, hold, cancel, count who came, attach a
// document, link a program); and the form that plans one, with its agenda editor.
import { h } from './dom.js';
import { t, code, date, integer, addLabels } from './i18n.js';
import { post, put, enc } from './api.js';
import { form, action } from './forms.js';
import { facts, badge } from './ui.js';
import {
  settle, today, reasonField, repeater, insertIntoForm, disclosure, documentFields, checkDocument, STATION_KINDS,
  CATEGORIES, SLUG, TIME, countField,
} from './admin-common.js';

const LABELS = {
  'admin.stations': { ar: 'محطات الإعداد المشترك', fr: 'Stations de co-création' },
  'admin.station.kind': { ar: 'الصنف', fr: 'Type' },
  'admin.station.title': { ar: 'العنوان', fr: 'Titre' },
  'admin.station.startsOn': { ar: 'اليوم الأول', fr: 'Premier jour' },
  'admin.station.endsOn': { ar: 'اليوم الأخير', fr: 'Dernier jour' },
  'admin.station.endsOnHint': { ar: 'ليوم واحد أعد نفس التاريخ؛ اتركه فارغا إن كان غير معروف.', fr: 'Pour un seul jour, la même date ; vide si inconnu.' },
  'admin.station.endUnknown': { ar: 'نهاية غير معروفة', fr: 'fin inconnue' },
  'admin.station.place': { ar: 'المكان', fr: 'Lieu' },
  'admin.station.agenda': { ar: 'جدول الأعمال', fr: 'Ordre du jour' },
  'admin.station.agendaHint': { ar: 'فقرات مرتبة، الأوقات بصيغة 10:30.', fr: 'Des créneaux dans l’ordre, heures au format 10:30.' },
  'admin.slot': { ar: 'الفقرة', fr: 'Créneau' },
  'admin.slot.startsAt': { ar: 'تبدأ على', fr: 'Début' },
  'admin.slot.endsAt': { ar: 'تنتهي على', fr: 'Fin' },
  'admin.slot.title': { ar: 'المضمون', fr: 'Intitulé' },
  'admin.slot.add': { ar: 'إضافة فقرة', fr: 'Ajouter un créneau' },
  'admin.slot.endsBeforeStart': { ar: 'تنتهي الفقرة قبل أن تبدأ.', fr: 'Le créneau finit avant de commencer.' },
  'admin.slot.outOfOrder': { ar: 'تبدأ هذه الفقرة قبل انتهاء سابقتها.', fr: 'Ce créneau commence avant la fin du précédent.' },
  'admin.station.plan': { ar: 'برمجة محطة', fr: 'Planifier une station' },
  'admin.station.planSubmit': { ar: 'برمجة المحطة', fr: 'Planifier la station' },
  'admin.station.edit': { ar: 'تعديل المحطة', fr: 'Modifier la station' },
  'admin.station.editSubmit': { ar: 'حفظ التعديل', fr: 'Enregistrer la modification' },
  'admin.station.hold': { ar: 'تأكيد انعقاد المحطة', fr: 'Marquer comme tenue' },
  'admin.station.cancel': { ar: 'إلغاء المحطة', fr: 'Annuler la station' },
  'admin.station.cancelSubmit': { ar: 'تأكيد الإلغاء', fr: 'Confirmer l’annulation' },
  'admin.station.none': { ar: 'لا محطة بعد.', fr: 'Aucune station pour l’instant.' },
  'admin.attendance': { ar: 'الحضور', fr: 'Participation' },
  'admin.attendance.record': { ar: 'تسجيل الحضور', fr: 'Enregistrer la participation' },
  'admin.attendance.replaces': { ar: 'يعوض كل تسجيل جديد سابقه.', fr: 'Chaque relevé remplace le précédent.' },
  'admin.attendance.none': { ar: 'لم يسجل الحضور بعد.', fr: 'Participation non encore relevée.' },
  'admin.attendance.women': { ar: 'النساء', fr: 'Femmes' },
  'admin.attendance.men': { ar: 'الرجال', fr: 'Hommes' },
  'admin.attendance.unspecified': { ar: 'غير محدد', fr: 'Non précisé' },
  'admin.attendance.total': { ar: 'المجموع', fr: 'Total' },
  'admin.attendance.byCategory': { ar: 'حسب الفئة (اختياري)', fr: 'Par catégorie (facultatif)' },
  'admin.attendance.proposalsCollected': { ar: 'مقترحات جمعت على الورق', fr: 'Propositions recueillies sur papier' },
  'admin.attendance.proposalsHint': { ar: 'اتركه فارغا إن لم يبلغ.', fr: 'Vide si non communiqué.' },
  'admin.documents': { ar: 'الوثائق', fr: 'Documents' },
  'admin.document.attach': { ar: 'إرفاق وثيقة', fr: 'Joindre un document' },
  'admin.document.submit': { ar: 'إرفاق', fr: 'Joindre' },
  'admin.program.link': { ar: 'ربط ببرنامج', fr: 'Lier à un programme' },
  'admin.program.linkSubmit': { ar: 'ربط', fr: 'Lier' },
  'admin.program.linked': { ar: 'البرنامج المعني', fr: 'Programme concerné' },
  'admin.program.adopted': { ar: 'صودق عليه في {date} (دورة {session})', fr: 'Adopté le {date} (session {session})' },
  'admin.program.choose': { ar: 'البرنامج', fr: 'Programme' },
  'admin.program.none': { ar: 'لا برنامج لهذه الجماعة بعد.', fr: 'Aucun programme pour cette collectivité.' },
};

addLabels(LABELS);

const LINKABLE = ['COUNCIL_ADOPTION', 'MONITORING_MEETING'];
const kindOptions = () => STATION_KINDS.map(value => ({ value, label: code('admin.stationKind', value) }));

/** The agenda's rules as the API checks them: times HH:mm, an end after its start, slots in order. */
function checkAgenda(editor) {
  const problems = {};
  let previous = null;
  editor.values().forEach((slot, index) => {
    if (!slot.startsAt || !new RegExp('^' + TIME + '$').test(slot.startsAt)) {
      return;
    }
    if (slot.endsAt && slot.endsAt <= slot.startsAt) {
      problems[editor.name(index, 'endsAt')] = 'admin.slot.endsBeforeStart';
    }
    if (previous && (slot.startsAt < previous.startsAt || (previous.endsAt && slot.startsAt < previous.endsAt))) {
      problems[editor.name(index, 'startsAt')] = 'admin.slot.outOfOrder';
    }
    previous = slot;
  });
  return problems;
}

function agendaEditor(id, slots) {
  return repeater({
    id, prefix: 'agenda', legend: 'admin.station.agenda', hint: 'admin.station.agendaHint', rowLabel: 'admin.slot',
    addLabel: 'admin.slot.add', addTestid: 'add-slot', removeTestid: 'remove-slot', rowTestid: 'slot', max: 50,
    rows: slots,
    fields: [
      { name: 'startsAt', label: 'admin.slot.startsAt', required: true, pattern: TIME, maxlength: 5, placeholder: '10:30', dir: 'ltr', inputmode: 'numeric', testid: 'slot-startsAt' },
      { name: 'endsAt', label: 'admin.slot.endsAt', pattern: TIME, maxlength: 5, placeholder: '11:15', dir: 'ltr', inputmode: 'numeric', testid: 'slot-endsAt' },
      { name: 'title', label: 'admin.slot.title', required: true, maxlength: 300, testid: 'slot-title' },
    ],
  });
}

/** The fields of a station, new or edited, with its agenda editor. */
export function stationForm(spec, station, send) {
  const agenda = agendaEditor(spec.id, station ? station.agenda : []);
  const node = form({
    id: spec.id, title: spec.title, submitLabel: spec.submitLabel,
    fields: [
      { name: 'kind', label: 'admin.station.kind', type: 'select', required: true, options: kindOptions(), value: station ? station.kind : 'CO_CREATION_WORKSHOP' },
      { name: 'title', label: 'admin.station.title', required: true, maxlength: 300, value: station ? station.title : undefined },
      { name: 'startsOn', label: 'admin.station.startsOn', type: 'date', required: true, value: station ? station.startsOn : today() },
      { name: 'endsOn', label: 'admin.station.endsOn', type: 'date', hint: 'admin.station.endsOnHint', value: station ? station.endsOn : today() },
      { name: 'place', label: 'admin.station.place', maxlength: 300, value: station ? station.place : undefined },
      ...(station ? [] : [{ name: 'id', label: 'admin.id', pattern: SLUG, maxlength: 63, hint: 'admin.idHint', dir: 'ltr' }]),
      reasonField(false),
    ],
    check: values => Object.assign(values.endsOn && values.startsOn && values.endsOn < values.startsOn
      ? { endsOn: 'admin.endsBeforeStart' } : {}, checkAgenda(agenda)),
    submit: values => send({
      id: values.id, kind: values.kind, title: values.title.trim(), startsOn: values.startsOn, endsOn: values.endsOn,
      place: values.place, reason: values.reason, agenda: agenda.values(),
    }),
    done: spec.done,
  });
  return insertIntoForm(node, station ? 'reason' : 'id', agenda.node);
}

function attendanceView(attendance) {
  if (!attendance) {
    return h('p', { class: 'empty', 'data-testid': 'attendance-none' }, t('admin.attendance.none'));
  }
  const figure = (value, label, testid) => h('div', { class: 'figure' },
    h('span', { class: 'figure-value', 'data-testid': testid }, integer(value)), h('span', { class: 'figure-label' }, label));
  const categories = Object.entries(attendance.byCategory || {});
  return h('div', { 'data-testid': 'attendance' },
    h('div', { class: 'figures' },
      figure(attendance.women, t('admin.attendance.women'), 'attendance-women'),
      figure(attendance.men, t('admin.attendance.men'), 'attendance-men'),
      figure(attendance.unspecified, t('admin.attendance.unspecified'), 'attendance-unspecified'),
      figure(attendance.total, t('admin.attendance.total'), 'attendance-total')),
    categories.length ? h('dl', { class: 'counts' }, categories.map(([category, n]) =>
      h('div', {}, h('dt', {}, code('admin.category', category)), h('dd', {}, integer(n))))) : null,
    h('p', { class: 'muted' }, t('admin.attendance.proposalsCollected'), ': ',
      attendance.proposalsCollected === null || attendance.proposalsCollected === undefined ? t('unknown') : integer(attendance.proposalsCollected)));
}

function attendanceForm(process, station, done) {
  const a = station.attendance || {};
  const byCategory = a.byCategory || {};
  return form({
    id: 'attendance-' + station.id, submitLabel: 'admin.attendance.record', intro: t('admin.attendance.replaces'),
    fields: [
      countField('women', 'admin.attendance.women', true, a.women),
      countField('men', 'admin.attendance.men', true, a.men),
      countField('unspecified', 'admin.attendance.unspecified', false, a.unspecified),
      { name: 'byCategory', type: 'group', label: 'admin.attendance.byCategory',
        fields: CATEGORIES.map(category => countField('category-' + category, 'admin.category.' + category, false, byCategory[category])) },
      countField('proposalsCollected', 'admin.attendance.proposalsCollected', false, a.proposalsCollected, 'admin.attendance.proposalsHint'),
      reasonField(false),
    ],
    submit: values => {
      const categories = {};
      CATEGORIES.forEach(category => {
        if (values['category-' + category] !== undefined) {
          categories[category] = values['category-' + category];
        }
      });
      return post(stationPath(process, station) + '/attendance', {
        women: values.women, men: values.men, unspecified: values.unspecified, byCategory: categories,
        proposalsCollected: values.proposalsCollected, reason: values.reason,
      });
    },
    done,
  });
}

const stationPath = (process, station) => '/api/processes/' + enc(process.id) + '/stations/' + enc(station.id);

function documentForm(process, station, done) {
  return form({
    id: 'document-' + station.id, submitLabel: 'admin.document.submit',
    fields: documentFields(),
    check: values => checkDocument(values.file),
    submit: values => post(stationPath(process, station) + '/documents', values.file, {
      contentType: values.file.type,
      query: { kind: values.kind, title: values.title || values.file.name, fileName: values.file.name },
    }),
    done,
  });
}

function programForm(process, station, programs, done) {
  if (!programs.length) {
    return h('p', { class: 'empty' }, t('admin.program.none'));
  }
  return form({
    id: 'link-program-' + station.id, submitLabel: 'admin.program.linkSubmit',
    fields: [
      { name: 'programId', label: 'admin.program.choose', type: 'select', required: true, value: station.programId,
        options: programs.map(p => ({ value: p.id, label: p.title + ' (' + code('admin.programStatus', p.status) + ')' })) },
      reasonField(false),
    ],
    submit: values => put(stationPath(process, station) + '/program', { programId: values.programId, reason: values.reason }),
    done,
  });
}

export function stationView(process, station, programs) {
  const after = () => settle('/api/processes/' + enc(process.id), process);
  const status = station.status;
  const documents = station.documents || [];
  const actions = [];
  if (status === 'PLANNED') {
    actions.push(h('div', { class: 'actions' }, action('admin.station.hold',
      () => post(stationPath(process, station) + '/held', {}), { testid: 'hold-' + station.id, done: after })));
    actions.push(disclosure(t('admin.station.edit'), 'toggle-edit-' + station.id, stationForm({
      id: 'edit-station-' + station.id, submitLabel: 'admin.station.editSubmit', done: after,
    }, station, body => put(stationPath(process, station), body))));
    actions.push(disclosure(t('admin.station.cancel'), 'toggle-cancel-' + station.id, form({
      id: 'cancel-station-' + station.id, submitLabel: 'admin.station.cancelSubmit', fields: [reasonField(true)],
      submit: values => post(stationPath(process, station) + '/cancellation', { reason: values.reason }), done: after,
    })));
  }
  if (status === 'HELD') {
    actions.push(disclosure(t('admin.attendance.record'), 'toggle-attendance-' + station.id, attendanceForm(process, station, after)));
  }
  if (status !== 'CANCELLED') {
    actions.push(disclosure(t('admin.document.attach'), 'toggle-document-' + station.id, documentForm(process, station, after)));
    if (LINKABLE.includes(station.kind)) {
      actions.push(disclosure(t('admin.program.link'), 'toggle-program-' + station.id, programForm(process, station, programs, after)));
    }
  }
  return h('article', { class: 'station-admin', 'data-testid': 'station-' + station.id, 'data-status': status },
    h('h3', {}, station.title, ' ', badge(code('admin.stationStatus', status), status === 'HELD' ? 'ok' : status === 'CANCELLED' ? 'warn' : null, 'station-status')),
    facts([
      [t('admin.station.kind'), code('admin.stationKind', station.kind)],
      [t('admin.station.startsOn'), date(station.startsOn)],
      [t('admin.station.endsOn'), station.endsOn ? date(station.endsOn) : t('admin.station.endUnknown')],
      [t('admin.station.place'), station.place],
      station.statusReason ? [t('admin.reason'), station.statusReason] : null,
      station.programId ? [t('admin.program.linked'), h('span', {},
        h('a', { href: '#/admin/program/' + enc(station.programId) }, station.programId),
        station.adoption ? ' — ' + t('admin.program.adopted', { date: date(station.adoption.adoptedOn), session: station.adoption.session || t('unknown') }) : '')] : null,
    ]),
    station.agenda && station.agenda.length ? h('div', { class: 'agenda' }, h('h4', {}, t('admin.station.agenda')),
      h('ul', { 'data-testid': 'agenda' }, station.agenda.map(slot => h('li', {},
        h('span', { class: 'slot-time', dir: 'ltr' }, slot.startsAt + (slot.endsAt ? '–' + slot.endsAt : '')), ' ', slot.title)))) : null,
    status === 'HELD' ? h('div', {}, h('h4', {}, t('admin.attendance')), attendanceView(station.attendance)) : null,
    documents.length ? h('div', {}, h('h4', {}, t('admin.documents')), h('ul', { 'data-testid': 'documents' }, documents.map(doc =>
      h('li', {}, h('a', { href: stationPath(process, station) + '/documents/' + enc(doc.documentId), download: doc.fileName || true },
        doc.title || doc.fileName), ' (', code('admin.docKind', doc.kind), ', ', integer(Math.ceil(doc.size / 1024)), ' KB)')))) : null,
    actions);
}
