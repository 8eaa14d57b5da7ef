// A co-creation process as a citizen follows it (its phase, stations, the figures they reported,
// the proposals, with search, and its consultations), the citizen's own proposal form, and one
// proposal's page (status, review, the projects that answer it, withdrawal by its author).
import { h } from './dom.js';
import { t, code, placeName, date, integer } from './i18n.js';
import { get, post, all, enc } from './api.js';
import { form, codeOptions, problemView } from './forms.js';
import { go, current, refresh } from './router.js';
import { page, card, facts, paged } from './ui.js';
import * as session from './session.js';
import { LABELS as COMMON, STATION_LABELS, statusBadge, consultationsTable, signInLink, settle, paragraphs, scrollable, bidi } from './citizen-common.js';

const STATUSES = ['RECEIVED', 'UNDER_STUDY', 'RETAINED', 'NOT_RETAINED', 'MERGED', 'WITHDRAWN'];
const CHANNELS = ['DIGITAL_PLATFORM', 'IN_PERSON', 'EQUALITY_BODY'];

export const LABELS = Object.assign({}, COMMON, STATION_LABELS, {
  'citizen.p.phase': { ar: 'المرحلة الحالية', fr: 'Phase actuelle' },
  'citizen.p.phaseSince': { ar: 'منذ', fr: 'Depuis' },
  'citizen.p.cycle': { ar: 'الدورة', fr: 'Cycle' },
  'citizen.p.stations': { ar: 'محطات الإعداد المشترك', fr: 'Étapes de la co-création' },
  'citizen.p.place': { ar: 'المكان', fr: 'Lieu' },
  'citizen.p.dates': { ar: 'التاريخ', fr: 'Date' },
  'citizen.p.attendance': { ar: 'الحضور: {women} نساء، {men} رجال، {total} في المجموع', fr: 'Participation : {women} femmes, {men} hommes, {total} en tout' },
  'citizen.p.agenda': { ar: 'جدول الأعمال', fr: 'Ordre du jour' },
  'citizen.p.figures': { ar: 'المقترحات التي أعلنتها المحطات', fr: 'Propositions déclarées par les étapes' },
  'citizen.p.figuresIntro': { ar: 'أعداد أعلنتها المحطات، وليست مقترحات مسجلة واحدا واحدا؛ «≈» عدد تقريبي.', fr: 'Des nombres déclarés par les étapes, pas des propositions enregistrées une à une ; « ≈ » marque un nombre approximatif.' },
  'citizen.p.figureStations': { ar: 'المحطات', fr: 'Étapes' },
  'citizen.p.figureCount': { ar: 'عدد المقترحات', fr: 'Propositions' },
  'citizen.p.proposals': { ar: 'المقترحات', fr: 'Propositions' },
  'citizen.p.q': { ar: 'كلمات في المقترح', fr: 'Mots de la proposition' },
  'citizen.p.neighbourhood': { ar: 'الحي', fr: 'Quartier' },
  'citizen.p.axis': { ar: 'المحور المقترح', fr: 'Axe suggéré' },
  'citizen.p.channel': { ar: 'القناة', fr: 'Canal' },
  'citizen.p.any': { ar: 'الكل', fr: 'Tous' },
  'citizen.p.search': { ar: 'بحث', fr: 'Rechercher' },
  'citizen.p.clear': { ar: 'مسح البحث', fr: 'Effacer la recherche' },
  'citizen.p.submit': { ar: 'قدم مقترحك', fr: 'Déposer votre proposition' },
  'citizen.p.notCollecting': { ar: 'لا تقبل المقترحات إلا خلال مرحلة تجميع الأفكار؛ هذا المسار في مرحلة «{phase}».', fr: 'Les propositions ne sont reçues que pendant la collecte des idées ; ce processus est en phase « {phase} ».' },
  'citizen.p.title': { ar: 'عنوان المقترح', fr: 'Titre de la proposition' },
  'citizen.p.body': { ar: 'نص المقترح', fr: 'Texte de la proposition' },
  'citizen.p.gender': { ar: 'النوع (اختياري)', fr: 'Genre (facultatif)' },
  'citizen.p.genderHint': { ar: 'يفيد في إحصاء المشاركة حسب النوع فقط.', fr: 'Sert seulement à compter la participation par genre.' },
  'citizen.p.send': { ar: 'إرسال المقترح', fr: 'Envoyer la proposition' },
  'citizen.pr.status': { ar: 'الحالة', fr: 'Statut' },
  'citizen.pr.reason': { ar: 'سبب القرار', fr: 'Motif de la décision' },
  'citizen.pr.mergedInto': { ar: 'مدمج في', fr: 'Fusionnée dans' },
  'citizen.pr.projects': { ar: 'مشاريع البرنامج التي تستجيب له', fr: 'Projets du programme qui y répondent' },
  'citizen.pr.noProjects': { ar: 'لا يستجيب له أي مشروع بعد.', fr: 'Aucun projet n’y répond pour l’instant.' },
  'citizen.pr.project': { ar: 'المشروع {number}', fr: 'Projet {number}' },
  'citizen.pr.cancelled': { ar: 'ملغى', fr: 'annulé' },
  'citizen.pr.withdraw': { ar: 'سحب مقترحي', fr: 'Retirer ma proposition' },
  'citizen.pr.withdrawText': { ar: 'يبقى المقترح محسوبا لكنه لا يدرس بعد السحب. لا رجعة في ذلك.', fr: 'La proposition reste comptée mais n’est plus étudiée. C’est irréversible.' },
  'citizen.pr.withdrawConfirm': { ar: 'تأكيد السحب', fr: 'Confirmer le retrait' },
  'citizen.pr.withdrawn': { ar: 'سحبت مقترحك.', fr: 'Votre proposition est retirée.' },
});

function stationView(station) {
  const attendance = station.attendance;
  return h('li', { class: 'station' + (station.status === 'CANCELLED' ? ' cancelled' : ''), 'data-testid': 'station', 'data-id': station.id },
    h('span', { class: 'dot', 'aria-hidden': 'true' }),
    h('h3', { dir: 'auto' }, station.title),
    h('p', { class: 'station-date' }, code('citizen.stationKind', station.kind), ' · ',
      date(station.startsOn) + (station.endsOn !== station.startsOn ? ' → ' + date(station.endsOn) : ''), ' ',
      statusBadge('station', station.status, 'station-status', station.status === 'HELD' ? 'ok' : null)),
    h('p', {}, t('citizen.p.place'), ': ', station.place || t('unknown')),
    attendance ? h('p', { 'data-testid': 'station-attendance' }, t('citizen.p.attendance',
      { women: integer(attendance.women), men: integer(attendance.men), total: integer(attendance.total) })) : null,
    station.agenda && station.agenda.length ? h('div', { class: 'agenda' }, h('p', {}, t('citizen.p.agenda')),
      h('ul', {}, station.agenda.map(slot => h('li', { 'data-testid': 'agenda-slot' },
        h('span', { class: 'slot-time' }, slot.startsAt + (slot.endsAt ? '–' + slot.endsAt : '')), ' ', bidi(slot.title))))) : null);
}

/** The figures the stations reported: the process's figures, and the proposals each station collected on paper. */
function figuresCard(process) {
  const titles = Object.fromEntries((process.stations || []).map(s => [s.id, s.title]));
  const rows = (process.proposalFigures || []).map(f => ({ stations: f.stationIds, count: f.proposals, approximate: f.approximate }))
    .concat((process.stations || []).filter(s => s.attendance && s.attendance.proposalsCollected !== null)
      .map(s => ({ stations: [s.id], count: s.attendance.proposalsCollected, approximate: false })));
  if (!rows.length) {
    return null;
  }
  return card(t('citizen.p.figures'), { 'data-testid': 'proposal-figures' },
    h('p', { class: 'muted' }, t('citizen.p.figuresIntro')),
    scrollable(h('div', { class: 'table-scroll' }, h('table', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('citizen.p.figureStations')), h('th', { scope: 'col' }, t('citizen.p.figureCount')))),
      h('tbody', {}, rows.map(row => h('tr', { 'data-testid': 'proposal-figure' },
        h('td', {}, row.stations.map(id => titles[id] || id).join(' · ')),
        h('td', { class: 'num', 'data-testid': 'proposal-figure-count' }, (row.approximate ? '≈ ' : '') + integer(row.count))))))), t('citizen.p.figures')));
}

function searchForm(id, query) {
  const field = (name, label, control) => h('div', { class: 'field' }, h('label', { for: 'search-' + name }, t(label)), control);
  const select = (name, group, values) => {
    const node = h('select', { id: 'search-' + name, name, 'data-testid': 'search-' + name },
      h('option', { value: '' }, t('citizen.p.any')), codeOptions(group, values).map(o => h('option', { value: o.value }, o.label)));
    node.value = query.get(name) || '';
    return node;
  };
  const text = name => h('input', { id: 'search-' + name, name, type: 'search', maxlength: 200, value: query.get(name) || '', 'data-testid': 'search-' + name });
  const search = h('form', { class: 'search-bar', role: 'search', 'data-testid': 'proposal-search' },
    field('q', 'citizen.p.q', text('q')),
    field('neighbourhood', 'citizen.p.neighbourhood', text('neighbourhood')),
    field('axis', 'citizen.p.axis', text('axis')),
    field('status', 'status', select('status', 'citizen.proposal', STATUSES)),
    field('channel', 'citizen.p.channel', select('channel', 'citizen.channel', CHANNELS)),
    h('button', { type: 'submit', class: 'primary', 'data-testid': 'proposal-search-submit' }, t('citizen.p.search')),
    [...query.keys()].length ? h('a', { href: '#/p/' + enc(id), 'data-testid': 'proposal-search-clear' }, t('citizen.p.clear')) : null);
  search.addEventListener('submit', event => {
    event.preventDefault();
    const chosen = new URLSearchParams();
    ['q', 'neighbourhood', 'axis', 'status', 'channel'].forEach(name => {
      const value = search.elements[name].value.trim();
      if (value) {
        chosen.set(name, value);
      }
    });
    go('/p/' + enc(id) + (chosen.toString() ? '?' + chosen : ''));
  });
  return search;
}

function proposalItem(p) {
  return h('li', { 'data-testid': 'proposal-item', 'data-id': p.id },
    h('a', { href: '#/proposal/' + enc(p.id), class: 'item-title', 'data-testid': 'proposal-link', dir: 'auto' }, p.title),
    ' ', statusBadge('proposal', p.status, 'proposal-status', p.status === 'RETAINED' ? 'ok' : null),
    h('p', { class: 'muted' }, [code('citizen.channel', p.channel), p.neighbourhood, p.suggestedAxis, date(p.submittedAt)]
      .filter(Boolean).join(' · ')));
}

function submitCard(process) {
  if (process.phase !== 'IDEA_COLLECTION') {
    return card(t('citizen.p.submit'), { 'data-testid': 'submit-proposal' },
      h('p', { 'data-testid': 'submit-closed' }, t('citizen.p.notCollecting', { phase: code('citizen.phase', process.phase) })));
  }
  if (!session.signedIn()) {
    return card(t('citizen.p.submit'), { 'data-testid': 'submit-proposal' }, h('p', {}, signInLink(current().path)));
  }
  return h('div', { 'data-testid': 'submit-proposal' }, form({
    id: 'proposal', title: 'citizen.p.submit', submitLabel: 'citizen.p.send',
    fields: [
      { name: 'title', label: 'citizen.p.title', required: true, maxlength: 300 },
      { name: 'body', label: 'citizen.p.body', type: 'textarea', required: true, maxlength: 10000, rows: 6 },
      { name: 'suggestedAxis', label: 'citizen.p.axis', maxlength: 300 },
      { name: 'neighbourhood', label: 'citizen.p.neighbourhood', maxlength: 300 },
      { name: 'gender', label: 'citizen.p.gender', type: 'select', hint: 'citizen.p.genderHint',
        options: codeOptions('gender', ['WOMAN', 'MAN', 'UNSPECIFIED']) },
    ],
    check: values => Object.fromEntries(['title', 'body'].filter(name => values[name] && !values[name].trim())
      .map(name => [name, 'validation.required'])),
    submit: values => post('/api/processes/' + enc(process.id) + '/proposals', Object.assign({ channel: 'DIGITAL_PLATFORM' }, values)),
    done: async created => {
      await settle(() => get('/api/proposals/' + enc(created.id)), Boolean, 60);
      go('/proposal/' + enc(created.id));
    },
  }));
}

async function process(params, query) {
  const id = params.id;
  const filters = Object.fromEntries(['q', 'neighbourhood', 'axis', 'status', 'channel'].map(name => [name, query.get(name) || '']));
  const found = await get('/api/processes/' + enc(id));
  const [place, consultations, proposals] = await Promise.all([
    get('/api/collectivities/' + enc(found.collectivityId)),
    all('/api/processes/' + enc(id) + '/consultations', {}, 200),
    paged('/api/processes/' + enc(id) + '/proposals', filters,
      items => items.length ? h('ul', { class: 'list-plain' }, items.map(proposalItem)) : [], { testid: 'proposals', limit: 20 }),
  ]);
  return page(bidi(found.title),
    h('p', { class: 'subtitle' }, h('a', { href: '#/c/' + enc(place.id), 'data-testid': 'collectivity-link' }, placeName(place)),
      ' · ', t('citizen.p.cycle'), ' ', found.cycle),
    facts([
      [t('citizen.p.phase'), statusBadge('phase', found.phase, 'process-phase', 'ok')],
      found.phaseChangedOn ? [t('citizen.p.phaseSince'), date(found.phaseChangedOn)] : null,
    ]),
    card(t('citizen.p.stations'), { 'data-testid': 'stations' },
      (found.stations || []).length ? h('ol', { class: 'timeline' }, found.stations.map(stationView)) : h('p', { class: 'empty' }, t('empty'))),
    figuresCard(found),
    card(t('citizen.p.proposals'), { 'data-testid': 'proposals-card' }, searchForm(id, query), proposals),
    submitCard(found),
    card(t('citizen.consultations'), { 'data-testid': 'process-consultations' }, consultationsTable(consultations)));
}

function withdrawal(proposal) {
  const box = h('div', { 'data-testid': 'withdrawal' });
  const status = h('div', { 'aria-live': 'polite' });
  const confirm = h('button', { type: 'button', class: 'danger', 'data-testid': 'withdraw-confirm' }, t('citizen.pr.withdrawConfirm'));
  const panel = h('div', { class: 'notice-box', hidden: true }, h('p', {}, t('citizen.pr.withdrawText')), confirm);
  const open = h('button', { type: 'button', 'aria-expanded': 'false', 'data-testid': 'withdraw' }, t('citizen.pr.withdraw'));
  open.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    open.setAttribute('aria-expanded', String(!panel.hidden));
    if (!panel.hidden) {
      confirm.focus();
    }
  });
  confirm.addEventListener('click', async () => {
    confirm.disabled = true;
    status.replaceChildren(h('p', { class: 'busy' }, t('form.sending')));
    try {
      await post('/api/proposals/' + enc(proposal.id) + '/withdrawal', {});
      await settle(() => get('/api/proposals/' + enc(proposal.id)), read => read.status === 'WITHDRAWN');
      await refresh();
    } catch (failure) {
      status.replaceChildren(problemView(failure));
    } finally {
      confirm.disabled = false;
    }
  });
  box.append(open, panel, status);
  return box;
}

async function proposal(params) {
  const found = await get('/api/proposals/' + enc(params.id));
  const owner = await get('/api/processes/' + enc(found.processId));
  const decided = ['RETAINED', 'NOT_RETAINED', 'MERGED'].includes(found.status);
  return page(bidi(found.title),
    h('p', { class: 'subtitle' }, h('a', { href: '#/p/' + enc(owner.id), 'data-testid': 'process-link', dir: 'auto' }, owner.title)),
    facts([
      [t('citizen.pr.status'), statusBadge('proposal', found.status, 'proposal-status', found.status === 'RETAINED' ? 'ok' : null)],
      decided || found.reviewReason ? [t('citizen.pr.reason'), found.reviewReason ? h('bdi', { 'data-testid': 'review-reason' }, found.reviewReason) : null] : null,
      found.mergedInto ? [t('citizen.pr.mergedInto'), h('a', { href: '#/proposal/' + enc(found.mergedInto), 'data-testid': 'merged-into' }, found.mergedInto)] : null,
      [t('citizen.p.channel'), code('citizen.channel', found.channel)],
      [t('citizen.p.neighbourhood'), found.neighbourhood ? bidi(found.neighbourhood) : null],
      [t('citizen.p.axis'), found.suggestedAxis ? bidi(found.suggestedAxis) : null],
      [t('citizen.submittedOn'), date(found.submittedAt)],
    ]),
    card(t('citizen.p.body'), { 'data-testid': 'proposal-body-card' }, paragraphs(found.body, { 'data-testid': 'proposal-body' })),
    card(t('citizen.pr.projects'), { 'data-testid': 'proposal-projects' }, found.projects.length
      ? h('ul', {}, found.projects.map(p => h('li', { 'data-testid': 'proposal-project' },
        h('a', { href: '#/program/' + enc(p.programId) }, t('citizen.pr.project', { number: p.number }), ' — ', bidi(p.titleAr)),
        p.cancelled ? [' ', statusBadge('pr', 'cancelled', null, 'warn')] : null)))
      : h('p', { class: 'empty' }, t('citizen.pr.noProjects'))),
    ['RECEIVED', 'UNDER_STUDY'].includes(found.status) && session.hasRole('CITIZEN') ? withdrawal(found) : null);
}

export const PAGES = { process, proposal };
