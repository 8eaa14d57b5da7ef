// What the citizen pages share: the labels of the codes they show (phases, stations, proposals,
// consultations, programs) and small helpers (the problem codes are in labels-problems.js).
import { h } from './dom.js';
import { t, code, instant } from './i18n.js';
import { ApiProblem } from './api.js';
import { badge, table, scrollable } from './ui.js';

export const LABELS = {
  'citizen.mdh': { ar: 'مليون درهم', fr: 'MDH' },
  'citizen.signInToAct': { ar: 'سجل الدخول كمواطن(ة) للمشاركة', fr: 'Connectez-vous comme citoyen·ne pour participer' },
  'citizen.collectivity': { ar: 'الجماعة', fr: 'Collectivité' },
  'citizen.process': { ar: 'مسار الإعداد المشترك', fr: 'Processus de co-création' },
  'citizen.window': { ar: 'فترة التصويت', fr: 'Période de vote' },
  'citizen.title': { ar: 'العنوان', fr: 'Titre' },
  'citizen.consultations': { ar: 'الاستشارات', fr: 'Consultations' },
  'citizen.submittedOn': { ar: 'تاريخ الإيداع', fr: 'Déposée le' },
  'citizen.phase.IDEA_COLLECTION': { ar: 'تجميع الأفكار', fr: 'Collecte des idées' },
  'citizen.phase.CONSULTATION': { ar: 'الاستشارة', fr: 'Consultation' },
  'citizen.phase.CLOSED': { ar: 'مختتم', fr: 'Clôturé' },
  'citizen.consultation.upcoming': { ar: 'مرتقبة', fr: 'À venir' },
  'citizen.consultation.open': { ar: 'مفتوحة', fr: 'Ouverte' },
  'citizen.consultation.closed': { ar: 'مغلقة', fr: 'Close' },
  'citizen.proposal.RECEIVED': { ar: 'متوصل بها', fr: 'Reçue' },
  'citizen.proposal.UNDER_STUDY': { ar: 'قيد الدراسة', fr: 'À l’étude' },
  'citizen.proposal.RETAINED': { ar: 'مقبولة', fr: 'Retenue' },
  'citizen.proposal.NOT_RETAINED': { ar: 'غير مقبولة', fr: 'Non retenue' },
  'citizen.proposal.MERGED': { ar: 'مدمجة في مقترح آخر', fr: 'Fusionnée dans une autre' },
  'citizen.proposal.WITHDRAWN': { ar: 'سحبها صاحبها', fr: 'Retirée par son auteur' },
  'citizen.channel.IN_PERSON': { ar: 'حضوريا', fr: 'En présentiel' },
  'citizen.channel.DIGITAL_PLATFORM': { ar: 'المنصة الرقمية', fr: 'Plateforme numérique' },
  'citizen.channel.EQUALITY_BODY': { ar: 'هيئة المساواة وتكافؤ الفرص ومقاربة النوع', fr: 'Instance de l’égalité, de l’équité et de l’approche genre' },
  'citizen.program.DRAFT': { ar: 'مسودة', fr: 'Brouillon' },
  'citizen.program.IN_CONSULTATION': { ar: 'قيد الاستشارة', fr: 'En consultation' },
  'citizen.program.ADOPTED': { ar: 'مصادق عليه', fr: 'Adopté' },
  'citizen.program.IN_EXECUTION': { ar: 'قيد التنفيذ', fr: 'En exécution' },
  'citizen.program.CLOSED': { ar: 'مختتم', fr: 'Clôturé' },
  'citizen.choice.FOR': { ar: 'مع', fr: 'Pour' },
  'citizen.choice.AGAINST': { ar: 'ضد', fr: 'Contre' },
  'citizen.choice.none': { ar: 'لم تصوت', fr: 'Pas de vote' },
};

export const STATION_LABELS = {
  'citizen.station.PLANNED': { ar: 'مبرمجة', fr: 'Prévue' },
  'citizen.station.HELD': { ar: 'انعقدت', fr: 'Tenue' },
  'citizen.station.CANCELLED': { ar: 'ألغيت', fr: 'Annulée' },
  'citizen.stationKind.INFO_MEETING': { ar: 'لقاء تواصلي', fr: 'Réunion d’information' },
  'citizen.stationKind.COMMITTEE_MEETING': { ar: 'اجتماع اللجنة', fr: 'Réunion du comité' },
  'citizen.stationKind.CO_CREATION_WORKSHOP': { ar: 'ورشة الإعداد المشترك', fr: 'Atelier de co-création' },
  'citizen.stationKind.DIGITAL_CALL_FOR_IDEAS': { ar: 'دعوة رقمية لتقديم الأفكار والمقترحات', fr: 'Appel à idées sur la plateforme numérique' },
  'citizen.stationKind.NEIGHBOURHOOD_WORKSHOPS': { ar: 'ورشات الانفتاح بالأحياء', fr: 'Ateliers d’ouverture dans les quartiers' },
  'citizen.stationKind.EQUALITY_BODY_MEETING': { ar: 'اجتماع هيئة المساواة وتكافؤ الفرص ومقاربة النوع', fr: 'Réunion de l’instance de l’égalité, de l’équité et de l’approche genre' },
  'citizen.stationKind.CONSULTATION': { ar: 'استشارة حول مشاريع البرنامج', fr: 'Consultation sur les projets du programme' },
  'citizen.stationKind.COUNCIL_ADOPTION': { ar: 'مصادقة المجلس', fr: 'Adoption par le conseil' },
  'citizen.stationKind.EXPERIENCE_SHARING': { ar: 'تقاسم التجربة', fr: 'Partage d’expérience' },
  'citizen.stationKind.MONITORING_MEETING': { ar: 'لقاء تتبع مع المجتمع المدني', fr: 'Réunion de suivi avec la société civile' },
};

export { scrollable };

/** A status as a badge: its words say it, the colour only repeats them. */
export function statusBadge(group, value, testid, kind) {
  const badgeNode = badge(code('citizen.' + group, value), kind || null, testid);
  badgeNode.dataset.value = value === null || value === undefined ? '' : value;
  return badgeNode;
}

/** A consultation's window: "opens – closes", each as an instant. */
export function windowText(item) {
  return instant(item.opensAt) + ' → ' + instant(item.closesAt);
}

/** Consultations as a table: title (link), window, status. */
export function consultationsTable(items) {
  return scrollable(table([
    { label: t('citizen.title'), cell: c => h('a', { href: '#/consultation/' + encodeURIComponent(c.consultationId), 'data-testid': 'consultation-link', dir: 'auto' }, c.title) },
    { label: t('citizen.window'), cell: c => windowText(c) },
    { label: t('status'), cell: c => statusBadge('consultation', c.status, 'consultation-status', c.status === 'open' ? 'ok' : null) },
  ], items.map(c => Object.assign({ id: c.consultationId }, c)), { rowTestid: 'consultation-row', caption: t('citizen.consultations') }), t('citizen.consultations'));
}

/** A sign-in link that brings the user back to this page. */
export function signInLink(route) {
  return h('a', { href: '#/sign-in?return=' + encodeURIComponent(route), 'data-testid': 'sign-in-to-act' }, t('citizen.signInToAct'));
}

const pause = ms => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Reads until the read models show what was just written (they follow the events within moments):
 * answers the first read that passes, or the last one (null when it was still missing).
 */
export async function settle(read, passes, tries) {
  let last = null;
  for (let attempt = 0; attempt < (tries || 30); attempt++) {
    try {
      last = await read();
      if (passes(last)) {
        return last;
      }
    } catch (notYet) {
      if (!(notYet instanceof ApiProblem) || notYet.status !== 404) {
        throw notYet;
      }
    }
    await pause(300);
  }
  return last;
}

/** A piece of citizen text as paragraphs (it is always text, never markup), in its own direction. */
export function paragraphs(text, attrs) {
  return h('div', attrs || {}, String(text || '').split(/\n+/).filter(Boolean).map(line => h('p', { dir: 'auto' }, line)));
}

/** A text of the data (a title, a name) isolated in its own direction: Arabic in a French page, and the reverse. */
export function bidi(text) {
  return h('bdi', {}, text);
}
