// The stations linked to a program: the council session that adopted it, beside the adoption,
// and the monitoring meetings with civil society of a program in execution.
import { h } from './dom.js';
import { t, code, dateRange, integer } from './i18n.js';
import { badge, table, userText, empty } from './widgets.js';

/** The adoption session as a station of the co-creation: its date, place and whether it was held. */
export function adoptionStation(station) {
  if (!station) {
    return null;
  }
  return h('p', { 'data-testid': 'program-adoption-station', 'data-id': station.id },
    t('ps.adoptionStation') + ': ', userText(station.title), ' · ', dateRange(station.startsOn, station.endsOn),
    station.place ? [' · ', userText(station.place)] : null, ' ',
    badge(code('station', station.status), station.status === 'HELD' ? 'ok' : null));
}

export function monitoringMeetings(meetings) {
  const rows = (meetings || []).map(meeting =>
    h('tr', { 'data-testid': 'monitoring-meeting', 'data-id': meeting.id },
      h('td', {}, dateRange(meeting.startsOn, meeting.endsOn)),
      h('td', {}, userText(meeting.title)),
      h('td', {}, code('stationKind', meeting.kind)),
      h('td', {}, meeting.place ? userText(meeting.place) : t('unknown')),
      h('td', {}, badge(code('station', meeting.status), meeting.status === 'HELD' ? 'ok' : null)),
      h('td', { class: 'num' }, meeting.attendance === null ? t('c.notCounted') : integer(meeting.attendance))));
  return [h('h3', {}, t('ps.monitoring')), rows.length === 0 ? empty('ps.noMonitoring', 'monitoring-none')
    : table(['na.date', 'ps.meeting', 'column.kind', 'ps.place', 'column.status', 'c.attendance'], rows,
      'monitoring-meetings')];
}
