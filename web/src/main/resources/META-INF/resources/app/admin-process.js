// One co-creation process in its collectivity's console: its phase (forward only), its stations
// (planned with an agenda, edited, held or cancelled, their attendance by gender and category,
// their documents, the program a council adoption or a monitoring meeting concerns), proposals
// received in person or from the equality body, and the figures of proposals stations reported.
import { h } from './dom.js';
import { t, code, date, instant, integer, placeName } from './i18n.js';
import { get, post, all, enc } from './api.js';
import { form } from './forms.js';
import { page, card, facts, notify } from './ui.js';
import { refresh } from './router.js';
import {
  processNav, phaseBadge, settle, whenReadable, today, reasonField, disclosure, grid, countField, PHASES,
} from './admin-common.js';
import { stationForm, stationView } from './admin-stations.js';

export const LABELS = {
  'admin.process.page': { ar: 'المسار: {title}', fr: 'Processus : {title}' },
  'admin.process.facts': { ar: 'المسار', fr: 'Le processus' },
  'admin.process.collectivity': { ar: 'الجماعة', fr: 'Collectivité' },
  'admin.process.openedAt': { ar: 'فتح في', fr: 'Ouvert le' },
  'admin.process.phaseChangedOn': { ar: 'تاريخ بداية المرحلة', fr: 'Début de la phase' },
  'admin.phase.change': { ar: 'الانتقال إلى المرحلة الموالية', fr: 'Passer à la phase suivante' },
  'admin.phase.next': { ar: 'المرحلة الجديدة', fr: 'Nouvelle phase' },
  'admin.phase.on': { ar: 'تاريخ بدايتها', fr: 'Date de début' },
  'admin.phase.submit': { ar: 'تغيير المرحلة', fr: 'Changer de phase' },
  'admin.phase.forwardOnly': { ar: 'تتقدم المراحل إلى الأمام فقط: جمع الأفكار ← الاستشارة ← الإغلاق.', fr: 'Les phases vont vers l’avant seulement : collecte d’idées → consultation → clôture.' },
  'admin.phase.closed': { ar: 'المسار مغلق: لا مرحلة بعده.', fr: 'Le processus est clos : aucune phase ne suit.' },
  'admin.inPerson': { ar: 'مقترحات متوصل بها حضوريا أو من هيئة المساواة', fr: 'Propositions reçues en présentiel ou de l’instance de l’équité' },
  'admin.inPerson.submit': { ar: 'تسجيل المقترح', fr: 'Enregistrer la proposition' },
  'admin.inPerson.onlyIdeas': { ar: 'تسجل المقترحات خلال مرحلة جمع الأفكار فقط.', fr: 'Les propositions s’enregistrent pendant la collecte d’idées seulement.' },
  'admin.inPerson.recorded': { ar: 'سجل المقترح؛ تجده في قائمة الدراسة.', fr: 'Proposition enregistrée ; elle figure dans la file d’examen.' },
  'admin.proposal.station': { ar: 'المحطة (منعقدة)', fr: 'Station (tenue)' },
  'admin.proposal.stationHint': { ar: 'إلزامية لمقترحات هيئة المساواة: اجتماع الهيئة.', fr: 'Obligatoire pour l’instance de l’équité : une de ses réunions.' },
  'admin.proposal.stationRequired': { ar: 'اختر اجتماعا منعقدا لهيئة المساواة.', fr: 'Choisissez une réunion tenue de l’instance de l’équité.' },
  'admin.proposal.title': { ar: 'عنوان المقترح', fr: 'Titre de la proposition' },
  'admin.proposal.body': { ar: 'نص المقترح', fr: 'Texte de la proposition' },
  'admin.figures': { ar: 'أعداد المقترحات التي أبلغت عنها المحطات', fr: 'Nombres de propositions rapportés par les stations' },
  'admin.figures.intro': { ar: 'أعداد لم تدخل مقترحا مقترحا (مثلا: حوالي 100).', fr: 'Des nombres non saisis un à un (par exemple : environ 100).' },
  'admin.figures.stations': { ar: 'المحطات', fr: 'Stations' },
  'admin.figures.proposals': { ar: 'عدد المقترحات', fr: 'Nombre de propositions' },
  'admin.figures.approximate': { ar: 'عدد تقريبي («حوالي»)', fr: 'Nombre approximatif (« environ »)' },
  'admin.figures.about': { ar: 'حوالي {n}', fr: 'environ {n}' },
  'admin.figures.reportedAt': { ar: 'سجل في', fr: 'Enregistré le' },
  'admin.figures.report': { ar: 'تسجيل عدد', fr: 'Enregistrer un nombre' },
  'admin.figures.heldStations': { ar: 'المحطات المنعقدة التي جمعتها', fr: 'Stations tenues qui les ont recueillies' },
  'admin.figures.chooseStation': { ar: 'اختر محطة واحدة على الأقل.', fr: 'Choisissez au moins une station.' },
  'admin.figures.noHeld': { ar: 'لا محطة منعقدة بعد.', fr: 'Aucune station tenue pour l’instant.' },
};

function phaseForm(process) {
  const ahead = PHASES.slice(PHASES.indexOf(process.phase) + 1);
  if (!ahead.length) {
    return card(t('admin.phase.change'), {}, h('p', { 'data-testid': 'phase-final' }, t('admin.phase.closed')));
  }
  return form({
    id: 'phase-change', title: 'admin.phase.change', submitLabel: 'admin.phase.submit', intro: t('admin.phase.forwardOnly'),
    fields: [
      { name: 'phase', label: 'admin.phase.next', type: 'select', required: true, value: ahead[0],
        options: ahead.map(value => ({ value, label: code('admin.phase', value) })) },
      { name: 'on', label: 'admin.phase.on', type: 'date', required: true, value: today() },
      reasonField(false),
    ],
    submit: values => post('/api/processes/' + enc(process.id) + '/phase', values),
    done: () => settle('/api/processes/' + enc(process.id), process),
  });
}

function inPersonForm(process) {
  if (process.phase !== 'IDEA_COLLECTION') {
    return card(t('admin.inPerson'), {}, h('p', { 'data-testid': 'in-person-closed' }, t('admin.inPerson.onlyIdeas')));
  }
  const held = (process.stations || []).filter(s => s.status === 'HELD' && s.kind !== 'DIGITAL_CALL_FOR_IDEAS');
  return form({
    id: 'in-person-proposal', title: 'admin.inPerson', submitLabel: 'admin.inPerson.submit',
    fields: [
      { name: 'channel', label: 'admin.proposal.channel', type: 'select', required: true, value: 'IN_PERSON',
        options: ['IN_PERSON', 'EQUALITY_BODY'].map(value => ({ value, label: code('admin.channel', value) })) },
      { name: 'stationId', label: 'admin.proposal.station', type: 'select', hint: 'admin.proposal.stationHint',
        options: held.map(s => ({ value: s.id, label: s.title + ' — ' + date(s.startsOn) })) },
      { name: 'title', label: 'admin.proposal.title', required: true, maxlength: 300 },
      { name: 'body', label: 'admin.proposal.body', type: 'textarea', required: true, maxlength: 10000 },
      { name: 'suggestedAxis', label: 'admin.proposal.axis', maxlength: 300 },
      { name: 'neighbourhood', label: 'admin.proposal.neighbourhood', maxlength: 300 },
      { name: 'authorGender', label: 'admin.proposal.gender', type: 'select',
        options: ['WOMAN', 'MAN', 'UNSPECIFIED'].map(value => ({ value, label: code('gender', value) })) },
      reasonField(false),
    ],
    check: values => {
      const station = held.find(s => s.id === values.stationId);
      return values.channel === 'EQUALITY_BODY' && (!station || station.kind !== 'EQUALITY_BODY_MEETING')
        ? { stationId: 'admin.proposal.stationRequired' } : {};
    },
    submit: values => post('/api/processes/' + enc(process.id) + '/proposals', Object.assign({}, values, {
      title: values.title.trim(), body: values.body.trim(),
    })),
    done: created => whenReadable('/api/proposals/' + enc(created.id), async () => {
      await refresh();
      notify(t('admin.inPerson.recorded'));
    }),
  });
}

function figuresCard(process) {
  const stations = process.stations || [];
  const titleOf = id => (stations.find(s => s.id === id) || { title: id }).title;
  const held = stations.filter(s => s.status === 'HELD');
  const figures = process.proposalFigures || [];
  return card(t('admin.figures'), { 'data-testid': 'figures' },
    h('p', { class: 'muted' }, t('admin.figures.intro')),
    grid([
      { label: t('admin.figures.stations'), cell: f => f.stationIds.map(titleOf).join('، ') },
      { label: t('admin.figures.proposals'), num: true, cell: f => f.approximate ? t('admin.figures.about', { n: integer(f.proposals) }) : integer(f.proposals) },
      { label: t('admin.figures.reportedAt'), cell: f => instant(f.reportedAt) },
    ], figures, { rowTestid: 'figure-row', caption: t('admin.figures') }),
    held.length ? disclosure(t('admin.figures.report'), 'toggle-figures', form({
      id: 'proposal-figures', submitLabel: 'admin.figures.report',
      fields: [
        { name: 'stations', type: 'group', label: 'admin.figures.heldStations',
          fields: held.map(s => ({ name: 'station:' + s.id, label: s.title, type: 'checkbox', testid: 'figure-station-' + s.id })) },
        countField('proposals', 'admin.figures.proposals', true),
        { name: 'approximate', label: 'admin.figures.approximate', type: 'checkbox' },
        reasonField(false),
      ],
      check: values => held.some(s => values['station:' + s.id]) ? {} : { ['station:' + held[0].id]: 'admin.figures.chooseStation' },
      submit: values => post('/api/processes/' + enc(process.id) + '/proposal-figures', {
        stationIds: held.filter(s => values['station:' + s.id]).map(s => s.id), proposals: values.proposals,
        approximate: values.approximate, reason: values.reason,
      }),
      done: () => settle('/api/processes/' + enc(process.id), process),
    })) : h('p', { class: 'empty' }, t('admin.figures.noHeld')));
}

async function processPage({ id }) {
  const process = await get('/api/processes/' + enc(id));
  const [collectivity, programs] = await Promise.all([
    get('/api/collectivities/' + enc(process.collectivityId)),
    all('/api/programs', { collectivityId: process.collectivityId }, 200),
  ]);
  const stations = process.stations || [];
  return page(t('admin.process.page', { title: process.title }),
    processNav(process, '/admin/process/' + id),
    card(t('admin.process.facts'), { 'data-testid': 'process-facts' }, facts([
      [t('admin.process.collectivity'), h('a', { href: '#/admin/' + enc(process.collectivityId) }, placeName(collectivity))],
      [t('admin.process.cycle'), process.cycle],
      [t('admin.process.phase'), phaseBadge(process.phase)],
      [t('admin.process.phaseChangedOn'), process.phaseChangedOn ? date(process.phaseChangedOn) : null],
      [t('admin.process.openedAt'), instant(process.openedAt)],
    ])),
    phaseForm(process),
    card(t('admin.stations'), { 'data-testid': 'stations' },
      stations.length ? stations.map(station => stationView(process, station, programs))
        : h('p', { class: 'empty' }, t('admin.station.none'))),
    stationForm({
      id: 'plan-station', title: 'admin.station.plan', submitLabel: 'admin.station.planSubmit',
      done: () => settle('/api/processes/' + enc(process.id), process),
    }, null, body => post('/api/processes/' + enc(process.id) + '/stations', body)),
    inPersonForm(process),
    figuresCard(process));
}

export const PAGES = { process: processPage };
