// What the pages of the operator's console share: their tabs, the network's reference data (read
// once per load), labels of codes, and waiting for the API's reads to show a change just made
// (the reads follow the writes within moments).
import { h } from './dom.js';
import { t, lang, localized, instant } from './i18n.js';
import { get } from './api.js';
import { subnav } from './ui.js';

/** A client-chosen id, as the API's Ids.SLUG (escaped for the browser's pattern syntax). */
export const SLUG = '[a-z0-9][a-z0-9\\-]{0,62}';

/** The network's founding: no charter signature nor follow-up before it. */
export const FOUNDED_ON = '2022-10-21';

export const KINDS = ['REGION', 'PREFECTURE_OR_PROVINCE', 'COMMUNE'];
export const STATUSES = ['APPLIED', 'ADMITTED', 'REJECTED', 'ACTIVE', 'SUSPENDED', 'WITHDRAWN'];

export const COMMON_LABELS = {
  'operator.console': { ar: 'لوحة مشغل الشبكة', fr: 'Console de l’opérateur du réseau' },
  'operator.kind.REGION': { ar: 'جهة', fr: 'Région' },
  'operator.kind.PREFECTURE_OR_PROVINCE': { ar: 'مجلس عمالة أو إقليم', fr: 'Conseil préfectoral ou provincial' },
  'operator.kind.COMMUNE': { ar: 'جماعة', fr: 'Commune' },
  'operator.region': { ar: 'الجهة', fr: 'Région' },
  'operator.id': { ar: 'المعرف', fr: 'Identifiant' },
  'operator.idHint': { ar: 'حروف لاتينية صغيرة وأرقام و-، مثل temara. اتركه فارغا ليختاره النظام.', fr: 'Minuscules latines, chiffres et -, par ex. temara. Laissez vide pour que la plateforme le choisisse.' },
  'operator.date': { ar: 'التاريخ', fr: 'Date' },
  'operator.recordedAt': { ar: 'سجل في', fr: 'Enregistré le' },
  'operator.reasonOptional': { ar: 'السبب (اختياري)', fr: 'Motif (facultatif)' },
  'operator.reasonHint': { ar: 'يظهر في سجل التتبع العمومي.', fr: 'Il figure dans la piste d’audit publique.' },
  'operator.todayHint': { ar: 'فارغ = اليوم. لا يقبل تاريخ في المستقبل.', fr: 'Vide = aujourd’hui. Pas de date future.' },
  'operator.notFuture': { ar: 'لا يقبل تاريخ في المستقبل، ولا تاريخ قبل آخر تغيير.', fr: 'Ni dans le futur, ni avant le changement précédent.' },
  'operator.recorded': { ar: 'سجل التغيير.', fr: 'Le changement est enregistré.' },
  'operator.notYetShown': { ar: 'سجل التغيير، وسيظهر بعد لحظات.', fr: 'Le changement est enregistré ; il s’affichera dans un instant.' },
  'operator.filter': { ar: 'تصفية', fr: 'Filtrer' },
  'operator.all': { ar: 'الكل', fr: 'Tous' },
  'operator.open': { ar: 'فتح', fr: 'Ouvrir' },
  'operator.activityKind.TRAINING': { ar: 'تكوين', fr: 'Formation' },
  'operator.activityKind.MEETING': { ar: 'لقاء', fr: 'Rencontre' },
  'operator.activityKind.WORKSHOP': { ar: 'ورشة', fr: 'Atelier' },
  'operator.axisNumber': { ar: 'المحور {n}', fr: 'Axe {n}' },
};

/** The tabs of the console, the current one marked. */
export function consoleNav(currentPath) {
  return subnav([
    ['/operator', t('operator.nav.members'), 'tab-members'],
    ['/operator/import', t('operator.nav.import'), 'tab-import'],
    ['/operator/activities', t('operator.nav.activities'), 'tab-activities'],
    ['/operator/system', t('operator.nav.system'), 'tab-system'],
  ], currentPath);
}

const references = new Map();

function reference(path) {
  if (!references.has(path)) {
    references.set(path, get(path).catch(failure => {
      references.delete(path);
      throw failure;
    }));
  }
  return references.get(path);
}

export const regions = () => reference('/api/network/regions');
export const supportProgram = () => reference('/api/network/support-program');
export const charter = () => reference('/api/network/charter');

/** A reference text {ar, fr} in the chosen language. */
export function text(value) {
  if (!value) {
    return '';
  }
  return (lang() === 'fr' ? value.fr || value.ar : value.ar || value.fr) || '';
}

export function regionName(list, id) {
  const region = id ? list.find(r => r.id === id) : null;
  return region ? localized(region, 'name') : (id || t('unknown'));
}

export function regionOptions(list) {
  return list.map(r => ({ value: r.id, label: localized(r, 'name') }));
}

export function axisOptions(program) {
  return program.axes.map(axis => ({ value: axis.axis, label: axis.number + '. ' + text(axis.title) }));
}

/** Today's date (the API's business dates are days, never in the future). */
export function today() {
  return new Date().toISOString().slice(0, 10);
}

/** Asks check() every quarter of a second until it holds or the time is up; answers whether it held. */
export async function settle(check, timeoutMs) {
  const until = Date.now() + (timeoutMs || 8000);
  for (;;) {
    try {
      if (await check()) {
        return true;
      }
    } catch (notYet) {
      // the read side has not caught up yet
    }
    if (Date.now() >= until) {
      return false;
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

/** A table (ui.table: its scrolling box takes the keyboard's focus on a phone). */
export { table as grid } from './ui.js';

/** An instant ("2025-03-01 10:30 UTC") kept left to right inside Arabic text. */
export function when(iso) {
  return h('span', { dir: 'ltr' }, instant(iso));
}

/** A list of "name: value" pairs, or a dash when there are none. */
export function pairs(map, format) {
  const entries = Object.entries(map || {});
  if (!entries.length) {
    return '—';
  }
  return h('ul', { class: 'op-pairs' }, entries.map(([name, value]) =>
    h('li', {}, h('span', {}, name), ' : ', h('strong', {}, format ? format(value) : String(value)))));
}
