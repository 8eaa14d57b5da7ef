// A consultation: its window and status, each item with the citizen's current choice and the
// buttons to vote for, against, or withdraw while it is open, and the results (online, in person,
// in all). Only verified residents of its collectivity vote; the API says who is one.
import { h } from './dom.js';
import { t, code, placeName, integer } from './i18n.js';
import { get, put, del, enc } from './api.js';
import { problemView } from './forms.js';
import { current } from './router.js';
import { page, card, facts, notify } from './ui.js';
import * as session from './session.js';
import { LABELS as COMMON, statusBadge, windowText, signInLink, settle, bidi } from './citizen-common.js';

export const LABELS = Object.assign({}, COMMON, {
  'citizen.v.items': { ar: 'البنود المعروضة للتصويت', fr: 'Points soumis au vote' },
  'citizen.v.myChoice': { ar: 'اختياري الحالي', fr: 'Mon choix actuel' },
  'citizen.v.for': { ar: 'أصوت مع', fr: 'Je vote pour' },
  'citizen.v.against': { ar: 'أصوت ضد', fr: 'Je vote contre' },
  'citizen.v.withdraw': { ar: 'سحب صوتي', fr: 'Retirer mon vote' },
  'citizen.v.recorded': { ar: 'سجل صوتك: {choice}.', fr: 'Votre vote est enregistré : {choice}.' },
  'citizen.v.withdrawn': { ar: 'سحب صوتك.', fr: 'Votre vote est retiré.' },
  'citizen.v.pending': { ar: 'سجل اختيارك؛ ستظهر الأعداد المحينة بعد لحظات.', fr: 'Votre choix est enregistré ; les comptes à jour s’affichent dans un instant.' },
  'citizen.v.results': { ar: 'النتائج', fr: 'Résultats' },
  'citizen.v.way': { ar: 'طريقة التصويت', fr: 'Mode de vote' },
  'citizen.v.online': { ar: 'عبر الإنترنت', fr: 'En ligne' },
  'citizen.v.inPerson': { ar: 'حضوريا', fr: 'En présentiel' },
  'citizen.v.total': { ar: 'المجموع', fr: 'Total' },
  'citizen.v.upcoming': { ar: 'يفتح التصويت في {at}.', fr: 'Le vote ouvre le {at}.' },
  'citizen.v.closed': { ar: 'أغلق التصويت.', fr: 'Le vote est clos.' },
  'citizen.v.notResident': { ar: 'يصوت هنا المقيمون المتحقق منهم في {place} فقط.', fr: 'Seuls les résidents vérifiés de {place} votent ici.' },
  'citizen.v.verify': { ar: 'تحقق من إقامتك', fr: 'Vérifiez votre résidence' },
  'citizen.v.ballot': { ar: 'رقم ورقة تصويتك', fr: 'Numéro de votre bulletin' },
});

function resultsTable(item) {
  const row = (label, counts, key) => h('tr', {},
    h('th', { scope: 'row' }, t(label)),
    h('td', { class: 'num', 'data-testid': 'result-' + key + '-for' }, integer(counts.for)),
    h('td', { class: 'num', 'data-testid': 'result-' + key + '-against' }, integer(counts.against)));
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t('citizen.v.results') + ' — ' + item.title },
    h('table', { 'data-testid': 'results' },
    h('caption', { class: 'visually-hidden' }, t('citizen.v.results') + ' — ' + item.title),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('citizen.v.way')),
      h('th', { scope: 'col' }, t('citizen.choice.FOR')), h('th', { scope: 'col' }, t('citizen.choice.AGAINST')))),
    h('tbody', {}, row('citizen.v.online', item.online, 'online'), row('citizen.v.inPerson', item.inPerson, 'inperson'),
      row('citizen.v.total', item.total, 'total'))));
}

/** A verification link for this consultation's collectivity. */
function verifyLink(collectivityId) {
  return h('a', { href: '#/verify?c=' + enc(collectivityId), 'data-testid': 'verify-link' }, t('citizen.v.verify'));
}

async function consultation(params) {
  const id = params.id;
  const citizen = session.hasRole('CITIZEN');
  const receiptOf = async () => citizen
    ? ((await get('/api/me/ballots')).ballots || []).find(r => r.consultationId === id) || null : null;
  const read = await get('/api/consultations/' + enc(id));
  const [place, receipt] = await Promise.all([
    get('/api/collectivities/' + enc(read.collectivityId)).catch(() => null),
    receiptOf(),
  ]);
  const placeText = place ? placeName(place) : read.collectivityId;
  const itemsBox = h('ol', { class: 'list-plain', 'data-testid': 'items' });
  const residentBox = h('div', {});

  async function draw(state, focusTestid, focusItem) {
    const choices = Object.fromEntries(((state.receipt && state.receipt.votes) || []).map(v => [v.itemId, v.choice]));
    residentBox.replaceChildren(citizen && !state.receipt ? h('p', { class: 'notice-box', 'data-testid': 'not-resident' },
      t('citizen.v.notResident', { place: placeText }), ' ', verifyLink(read.collectivityId)) : []);
    if (state.receipt) {
      residentBox.append(h('p', { class: 'muted' }, t('citizen.v.ballot'), ': ',
        h('code', { class: 'receipt', 'data-testid': 'ballot-id' }, state.receipt.ballotId)));
    }
    itemsBox.replaceChildren(...state.read.items.map(item => itemView(item, choices[item.itemId] || null, state.read.status)));
    if (focusTestid) {
      const again = itemsBox.querySelector('[data-id="' + CSS.escape(focusItem) + '"] [data-testid="' + focusTestid + '"]');
      (again && !again.disabled ? again : itemsBox.querySelector('[data-id="' + CSS.escape(focusItem) + '"] h3'))?.focus();
    }
  }

  async function redraw(receipt, focusTestid, focusItem) {
    await draw({ read: await get('/api/consultations/' + enc(id)), receipt }, focusTestid, focusItem);
  }

  async function vote(item, choice, testid, status) {
    status.replaceChildren(h('span', { class: 'busy' }, t('form.sending')));
    const path = '/api/consultations/' + enc(id) + '/items/' + enc(item.itemId) + '/vote';
    const counted = r => Boolean(r) && ((r.votes.find(v => v.itemId === item.itemId) || {}).choice || null) === choice;
    try {
      if (choice) {
        await put(path, { choice });
      } else {
        await del(path);
      }
      const receipt = await settle(receiptOf, counted);
      notify(choice ? t('citizen.v.recorded', { choice: code('citizen.choice', choice) }) : t('citizen.v.withdrawn'));
      await redraw(receipt, testid, item.itemId);
      if (!counted(receipt)) {
        // recorded, but the counts have not caught up yet: say so, and draw again once they have
        const pending = itemsBox.querySelector('[data-id="' + CSS.escape(item.itemId) + '"] [data-testid="vote-status"]');
        pending.replaceChildren(h('p', { class: 'muted', 'data-testid': 'vote-pending' }, t('citizen.v.pending')));
        settle(receiptOf, counted, 100).then(later => itemsBox.isConnected && counted(later) ? redraw(later) : null)
          .catch(() => null);
      }
    } catch (failure) {
      status.replaceChildren(problemView(failure),
        failure.code === 'not-a-verified-resident' ? h('p', {}, verifyLink(read.collectivityId)) : null);
    }
  }

  function itemView(item, choice, consultationStatus) {
    const status = h('div', { 'aria-live': 'polite', 'data-testid': 'vote-status' });
    const button = (label, testid, value, pressed) => {
      const node = h('button', { type: 'button', 'data-testid': testid, 'aria-pressed': pressed === undefined ? null : String(pressed) }, t(label));
      node.addEventListener('click', async () => {
        node.disabled = true;
        await vote(item, value, testid, status);
        node.disabled = false;
      });
      return node;
    };
    let actions;
    if (consultationStatus !== 'open') {
      actions = h('p', { class: 'muted' }, consultationStatus === 'upcoming'
        ? t('citizen.v.upcoming', { at: windowText(read).split(' → ')[0] }) : t('citizen.v.closed'));
    } else if (!session.signedIn()) {
      actions = h('p', {}, signInLink(current().path));
    } else {
      actions = h('div', { class: 'choice' },
        button('citizen.v.for', 'vote-for', 'FOR', choice === 'FOR'),
        button('citizen.v.against', 'vote-against', 'AGAINST', choice === 'AGAINST'),
        choice ? button('citizen.v.withdraw', 'vote-withdraw', null) : null);
    }
    return h('li', { 'data-testid': 'item', 'data-id': item.itemId },
      h('h3', { tabindex: '-1', dir: 'auto' }, item.title),
      citizen ? h('p', {}, t('citizen.v.myChoice'), ': ',
        h('strong', { 'data-testid': 'my-choice', 'data-value': choice || '' }, code('citizen.choice', choice || 'none'))) : null,
      actions, status, resultsTable(item));
  }

  await draw({ read, receipt });
  return page(bidi(read.title),
    h('p', { class: 'subtitle' }, h('a', { href: '#/p/' + enc(read.processId), 'data-testid': 'process-link' }, t('citizen.process')),
      ' · ', h('a', { href: '#/c/' + enc(read.collectivityId), 'data-testid': 'collectivity-link' }, placeText)),
    facts([
      [t('citizen.window'), h('span', { 'data-testid': 'consultation-window' }, windowText(read))],
      [t('status'), statusBadge('consultation', read.status, 'consultation-status', read.status === 'open' ? 'ok' : null)],
    ]),
    residentBox,
    card(t('citizen.v.items'), { 'data-testid': 'items-card' }, itemsBox));
}

export const PAGES = { consultation };
