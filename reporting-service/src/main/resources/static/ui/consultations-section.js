// A collectivity's consultations: each with its status and, item by item, the votes online, the
// ballots counted in person and the total.
import { h } from './dom.js';
import { t, code, instant, integer } from './i18n.js';
import { section, badge, table, userText, empty } from './widgets.js';

export function consultationsSection(consultations) {
  return section('k.title', 'consultations',
    !consultations || consultations.length === 0
      ? empty('k.none', 'consultations-empty')
      : consultations.map(consultation));
}

function consultation(item) {
  const tone = item.status === 'OPEN' ? 'ok' : null;
  return h('div', { class: 'consultation', 'data-testid': 'consultation', 'data-id': item.id },
    h('h3', {}, userText(item.title), ' ', badge(code('consultation', item.status), tone)),
    h('p', { class: 'subtitle' }, instant(item.opensAt) + ' → ' + instant(item.closesAt)),
    item.items.length === 0 ? empty('none', 'consultation-items-empty') : table(
      ['k.item', 'k.online', 'k.inPerson', 'k.total'],
      item.items.map(result => h('tr', { 'data-testid': 'consultation-item' },
        h('td', {}, userText(result.title || result.ref || result.itemId)),
        votes(result.online, 'online'),
        votes(result.inPerson, 'inperson'),
        votes(result.total, 'total'))),
      'consultation-results'));
}

function votes(counted, testid) {
  return h('td', { class: 'num', 'data-testid': 'votes-' + testid },
    t('k.for') + ' ' + integer(counted.votesFor) + ' · ' + t('k.against') + ' ' + integer(counted.votesAgainst)
      + ' · ' + t('k.all') + ' ' + integer(counted.total));
}
