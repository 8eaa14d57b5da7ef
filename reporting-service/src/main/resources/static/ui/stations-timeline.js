// The co-creation stations in date order, each with its attendance and agenda.
import { h } from './dom.js';
import { t, code, dateRange, integer } from './i18n.js';
import { section, badge, userText, empty } from './widgets.js';

export function stationsTimeline(stations) {
  return section('c.stations', 'stations-timeline',
    h('p', { class: 'subtitle' }, t('c.stationsCount') + ': ',
      h('span', { 'data-testid': 'stations-count' }, integer(stations.length))),
    stations.length === 0
      ? empty('c.noStations', 'stations-empty')
      : h('ol', { class: 'timeline' }, stations.map(station)));
}

function station(item) {
  const tone = item.status === 'CANCELLED' ? 'warn' : item.status === 'HELD' ? 'ok' : null;
  return h('li', { class: 'station' + (item.status === 'CANCELLED' ? ' cancelled' : ''), 'data-testid': 'station',
    'data-kind': item.kind },
  h('span', { class: 'dot', 'aria-hidden': 'true' }),
  h('div', { class: 'station-body' },
    h('p', { class: 'station-date' }, h('time', { datetime: item.startsOn }, dateRange(item.startsOn, item.endsOn)),
      ' ', badge(code('station', item.status), tone)),
    h('h3', {}, code('stationKind', item.kind)),
    item.title ? h('p', { class: 'station-title' }, userText(item.title)) : null,
    item.place ? h('p', { class: 'station-place' }, userText(item.place)) : null,
    attendance(item.attendance),
    agenda(item.agenda)));
}

function attendance(counted) {
  if (!counted) {
    return h('p', { class: 'muted' }, t('c.notCounted'));
  }
  const parts = [
    t('c.women') + ' ' + integer(counted.women),
    t('c.men') + ' ' + integer(counted.men)];
  if (counted.unspecified > 0) {
    parts.push(t('c.unspecified') + ' ' + integer(counted.unspecified));
  }
  return h('p', { class: 'station-attendance' },
    h('b', {}, t('c.attendance') + ': ' + integer(counted.total)), ' (' + parts.join(' · ') + ')',
    counted.proposalsCollected === null || counted.proposalsCollected === undefined
      ? null : ' — ' + integer(counted.proposalsCollected) + ' ' + t('c.collected'));
}

function agenda(slots) {
  if (!slots || slots.length === 0) {
    return null;
  }
  return h('details', { class: 'agenda' },
    h('summary', {}, t('c.agenda')),
    h('ul', {}, slots.map(slot => h('li', {},
      h('span', { class: 'slot-time', dir: 'ltr' }, (slot.startsAt || '') + '–' + (slot.endsAt || '')), ' ',
      userText(slot.title)))));
}
