// The committee that prepares, monitors and evaluates the collectivity's open action program:
// who sits, in which office, since when, and its gender balance; seats added, corrected and ended.
import { h } from './dom.js';
import { t, code, date, integer, placeName } from './i18n.js';
import { get, post, put, del, enc } from './api.js';
import { form } from './forms.js';
import { page, card } from './ui.js';
import { consoleNav, settle, today, reasonField, disclosure, grid, SLUG } from './admin-common.js';

const ROLES = ['CHAIR', 'VICE_CHAIR', 'COUNCIL_SECRETARY', 'STANDING_COMMITTEE_CHAIR', 'EQUALITY_BODY_CHAIR',
  'EQUALITY_BODY_MEMBER', 'DIRECTOR_GENERAL_OF_SERVICES', 'STAFF', 'CIVIL_SOCIETY'];
const GENDERS = ['WOMAN', 'MAN', 'UNSPECIFIED'];

export const LABELS = {
  'admin.committee.page': { ar: 'اللجنة: {name}', fr: 'Comité : {name}' },
  'admin.committee.about': { ar: 'لجنة إعداد وتتبع وتقييم برنامج عمل الانفتاح.', fr: 'Comité de préparation, de suivi et d’évaluation du programme d’action d’ouverture.' },
  'admin.committee.seats': { ar: 'الأعضاء', fr: 'Membres' },
  'admin.committee.balance': { ar: 'التوازن بين الجنسين', fr: 'Équilibre entre les genres' },
  'admin.committee.fullName': { ar: 'الاسم الكامل', fr: 'Nom complet' },
  'admin.committee.role': { ar: 'الصفة', fr: 'Fonction' },
  'admin.committee.gender': { ar: 'الجنس', fr: 'Genre' },
  'admin.committee.appointedOn': { ar: 'تاريخ التعيين', fr: 'Date de nomination' },
  'admin.committee.memberId': { ar: 'معرف العضو', fr: 'Identifiant du membre' },
  'admin.committee.manage': { ar: 'تصحيح عضوية أو إنهاؤها', fr: 'Corriger ou terminer un mandat' },
  'admin.committee.add': { ar: 'إضافة عضو', fr: 'Ajouter un membre' },
  'admin.committee.addSubmit': { ar: 'إضافة', fr: 'Ajouter' },
  'admin.committee.edit': { ar: 'تصحيح', fr: 'Corriger' },
  'admin.committee.editSubmit': { ar: 'حفظ التصحيح', fr: 'Enregistrer la correction' },
  'admin.committee.remove': { ar: 'إنهاء العضوية', fr: 'Mettre fin au mandat' },
  'admin.committee.removeSubmit': { ar: 'تأكيد الإنهاء', fr: 'Confirmer la fin du mandat' },
  'admin.committee.removedOn': { ar: 'تاريخ المغادرة', fr: 'Date de départ' },
  'admin.committee.removedOnHint': { ar: 'اليوم إن ترك فارغا.', fr: 'Aujourd’hui si vide.' },
  'admin.committee.singleSeat': { ar: 'الرئيس وكاتب المجلس ورئيس هيئة المساواة والمدير العام للمصالح: عضو واحد لكل صفة.', fr: 'Présidence, secrétariat du conseil, présidence de l’instance de l’équité et direction générale des services : une personne par fonction.' },
  'admin.committee.total': { ar: 'المجموع', fr: 'Total' },
  'admin.committee.beforeAppointed': { ar: 'لا يغادر العضو قبل تعيينه.', fr: 'Un membre ne part pas avant sa nomination.' },
  'admin.committee.role.CHAIR': { ar: 'رئيس(ة) اللجنة (رئيس المجلس)', fr: 'Président·e (président·e du conseil)' },
  'admin.committee.role.VICE_CHAIR': { ar: 'نائب(ة) الرئيس', fr: 'Vice-président·e' },
  'admin.committee.role.COUNCIL_SECRETARY': { ar: 'كاتب(ة) المجلس', fr: 'Secrétaire du conseil' },
  'admin.committee.role.STANDING_COMMITTEE_CHAIR': { ar: 'رئيس(ة) لجنة دائمة', fr: 'Président·e d’une commission permanente' },
  'admin.committee.role.EQUALITY_BODY_CHAIR': { ar: 'رئيس(ة) هيئة المساواة', fr: 'Président·e de l’instance de l’équité' },
  'admin.committee.role.EQUALITY_BODY_MEMBER': { ar: 'عضو(ة) هيئة المساواة', fr: 'Membre de l’instance de l’équité' },
  'admin.committee.role.DIRECTOR_GENERAL_OF_SERVICES': { ar: 'المدير(ة) العام(ة) للمصالح', fr: 'Directeur·rice général·e des services' },
  'admin.committee.role.STAFF': { ar: 'موظف(ة)', fr: 'Personnel' },
  'admin.committee.role.CIVIL_SOCIETY': { ar: 'المجتمع المدني', fr: 'Société civile' },
};

const roleOptions = () => ROLES.map(value => ({ value, label: code('admin.committee.role', value) }));
const genderOptions = () => GENDERS.map(value => ({ value, label: code('gender', value) }));

function seatFields(seat) {
  return [
    { name: 'fullName', label: 'admin.committee.fullName', required: true, maxlength: 300, value: seat ? seat.fullName : undefined },
    { name: 'role', label: 'admin.committee.role', type: 'select', required: true, options: roleOptions(), value: seat ? seat.role : 'STAFF' },
    { name: 'gender', label: 'admin.committee.gender', type: 'select', required: true, options: genderOptions(), value: seat ? seat.gender : 'UNSPECIFIED' },
    { name: 'appointedOn', label: 'admin.committee.appointedOn', type: 'date', required: true, max: today(), value: seat ? seat.appointedOn : today() },
  ];
}

function seatActions(cid, seat, after) {
  const path = '/api/collectivities/' + enc(cid) + '/committee/members/' + enc(seat.memberId);
  return h('div', { class: 'actions-stack' },
    disclosure(t('admin.committee.edit'), 'toggle-edit-' + seat.memberId, form({
      id: 'edit-member-' + seat.memberId, submitLabel: 'admin.committee.editSubmit',
      fields: [...seatFields(seat), reasonField(true)],
      submit: values => put(path, Object.assign({}, values, { fullName: values.fullName.trim() })),
      done: after,
    })),
    disclosure(t('admin.committee.remove'), 'toggle-remove-' + seat.memberId, form({
      id: 'remove-member-' + seat.memberId, submitLabel: 'admin.committee.removeSubmit',
      fields: [
        { name: 'removedOn', label: 'admin.committee.removedOn', type: 'date', min: seat.appointedOn, max: today(), hint: 'admin.committee.removedOnHint' },
        reasonField(true),
      ],
      check: values => values.removedOn && values.removedOn < seat.appointedOn ? { removedOn: 'admin.committee.beforeAppointed' } : {},
      submit: values => del(path, values),
      done: after,
    })));
}

async function committee({ cid }) {
  const path = '/api/collectivities/' + enc(cid) + '/committee';
  const [collectivity, view] = await Promise.all([get('/api/collectivities/' + enc(cid)), get(path)]);
  const after = () => settle(path, view);
  const balance = view.genderBalance || {};
  const sitting = (view.members || []).filter(seat => !seat.removedOn);
  const figure = (value, label, testid) => h('div', { class: 'figure' },
    h('span', { class: 'figure-value', 'data-testid': testid }, value === undefined ? t('unknown') : integer(value)),
    h('span', { class: 'figure-label' }, label));
  return page(t('admin.committee.page', { name: placeName(collectivity) }),
    consoleNav(cid, '/admin/' + cid + '/committee'),
    h('p', { class: 'subtitle' }, t('admin.committee.about')),
    card(t('admin.committee.balance'), { 'data-testid': 'balance' }, h('div', { class: 'figures' },
      GENDERS.map(gender => figure(balance[gender], code('gender', gender), 'balance-' + gender)),
      figure(balance.total, t('admin.committee.total'), 'balance-total'))),
    card(t('admin.committee.seats'), { 'data-testid': 'seats' }, grid([
      { label: t('admin.committee.fullName'), cell: s => s.fullName },
      { label: t('admin.committee.role'), cell: s => code('admin.committee.role', s.role) },
      { label: t('admin.committee.gender'), cell: s => code('gender', s.gender) },
      { label: t('admin.committee.appointedOn'), cell: s => date(s.appointedOn) },
    ], view.members || [], { rowTestid: 'seat', caption: t('admin.committee.seats') })),
    sitting.length ? card(t('admin.committee.manage'), { 'data-testid': 'manage-seats' }, sitting.map(seat =>
      h('article', { class: 'seat-admin', 'data-testid': 'manage-' + seat.memberId },
        h('h3', {}, seat.fullName, ' — ', code('admin.committee.role', seat.role)),
        seatActions(cid, seat, after)))) : null,
    form({
      id: 'add-member', title: 'admin.committee.add', submitLabel: 'admin.committee.addSubmit',
      intro: t('admin.committee.singleSeat'),
      fields: [
        ...seatFields(null),
        { name: 'memberId', label: 'admin.committee.memberId', pattern: SLUG, maxlength: 63, hint: 'admin.idHint', dir: 'ltr' },
        reasonField(false),
      ],
      submit: values => post(path + '/members', Object.assign({}, values, { fullName: values.fullName.trim() })),
      done: after,
    }));
}

export const PAGES = { committee };
