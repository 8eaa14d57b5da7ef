// A collectivity's public documents: those of its stations, of its programs, and of its projects'
// progress reports (under their project), each with a download link, its kind, size and SHA-256.
import { h } from './dom.js';
import { t, code, date, integer } from './i18n.js';
import { section, table, empty, userText } from './widgets.js';

/** Bytes as "12 KB" / "1.4 MB" (the digits Western in both languages). */
function size(bytes) {
  if (bytes < 1024) {
    return integer(bytes) + ' ' + t('d.bytes');
  }
  if (bytes < 1024 * 1024) {
    return integer(Math.round(bytes / 1024)) + ' ' + t('d.kb');
  }
  return (bytes / (1024 * 1024)).toFixed(1) + ' ' + t('d.mb');
}

function row(document, owner) {
  return h('tr', { 'data-testid': 'document-row', 'data-id': document.documentId },
    h('td', {}, owner),
    h('td', {}, h('a', { href: document.url, download: document.fileName || '', 'data-testid': 'document-link' },
      userText(document.title))),
    h('td', { 'data-testid': 'document-kind' }, code('documentKind', document.kind)),
    h('td', { 'data-testid': 'document-size' }, size(document.size)),
    h('td', {}, h('code', { class: 'sha256', dir: 'ltr', 'data-testid': 'document-sha256' }, document.sha256)));
}

function group(titleKey, testid, rows) {
  return rows.length === 0 ? null : h('div', { 'data-testid': testid },
    h('h3', {}, t(titleKey)),
    table(['d.owner', 'd.document', 'd.kind', 'd.size', 'd.sha256'], rows));
}

export function documentsSection(documents) {
  const all = documents || { stations: [], programs: [], progressReports: [] };
  const count = all.stations.length + all.programs.length + all.progressReports.length;
  return section('d.title', 'documents', count === 0 ? empty('d.none') : [
    group('d.stations', 'documents-stations', all.stations.map(document =>
      row(document, userText(document.stationTitle || document.stationId)))),
    group('d.programs', 'documents-programs', all.programs.map(document => row(document, t('d.program')))),
    group('d.progressReports', 'documents-progress', all.progressReports.map(document =>
      row(document, [t('p.project') + ' ' + document.projectNumber, ' — ', t('d.reportOf') + ' ',
        date(document.progressAsOf)]))),
    h('p', { class: 'figure-note' }, t('d.check'))]);
}
