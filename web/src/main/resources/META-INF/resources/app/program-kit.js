// What the program console's sections share: money in MDH and exact dirhams, the program's
// statuses, lazy disclosures, and writes that wait until the program's read shows their effect
// (the read model follows the commands a moment later) before the page is drawn again.
import { h } from './dom.js';
import { t, code, lang, localized, mdh, number } from './i18n.js';
import { get, enc } from './api.js';
import { refresh } from './router.js';

export const EDITABLE = ['DRAFT', 'IN_CONSULTATION'];
export const EXECUTING = ['ADOPTED', 'IN_EXECUTION'];
export const PRINCIPLES = ['TRANSPARENCY', 'ACCOUNTABILITY', 'ACCESS_TO_INFORMATION', 'CITIZEN_PARTICIPATION', 'DIGITALISATION'];
export const DOCUMENT_KINDS = ['PROGRAM', 'DELIBERATION', 'MINUTES', 'PRESS_RELEASE', 'REPORT', 'OTHER'];
const UPLOAD_TYPES = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg' };
const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export const KIT_LABELS = {
  'pc.mdh': { ar: 'مليون درهم', fr: 'MDH' },
  'pc.dh': { ar: 'درهم', fr: 'DH' },
  'pc.status.DRAFT': { ar: 'مسودة', fr: 'Brouillon' },
  'pc.status.IN_CONSULTATION': { ar: 'قيد الاستشارة', fr: 'En consultation' },
  'pc.status.ADOPTED': { ar: 'مصادق عليه', fr: 'Adopté' },
  'pc.status.IN_EXECUTION': { ar: 'قيد التنفيذ', fr: 'En exécution' },
  'pc.status.CLOSED': { ar: 'مختتم', fr: 'Clôturé' },
  'pc.project.NOT_STARTED': { ar: 'لم ينطلق', fr: 'Non démarré' },
  'pc.project.IN_PROGRESS': { ar: 'في طور الإنجاز', fr: 'En cours' },
  'pc.project.DELAYED': { ar: 'متأخر عن الجدولة', fr: 'Retardé' },
  'pc.project.COMPLETED': { ar: 'منجز', fr: 'Achevé' },
  'pc.project.CANCELLED': { ar: 'ملغى', fr: 'Annulé' },
  'pc.fundingKind.OWN': { ar: 'تمويل ذاتي', fr: 'Fonds propres' },
  'pc.fundingKind.PARTNERS': { ar: 'شركاء في إطار اتفاقيات', fr: 'Partenaires sous conventions' },
  'pc.principle.TRANSPARENCY': { ar: 'الشفافية', fr: 'Transparence' },
  'pc.principle.ACCOUNTABILITY': { ar: 'المساءلة', fr: 'Redevabilité' },
  'pc.principle.ACCESS_TO_INFORMATION': { ar: 'الحق في الوصول إلى المعلومة', fr: 'Accès à l’information' },
  'pc.principle.CITIZEN_PARTICIPATION': { ar: 'المشاركة المواطنة', fr: 'Participation citoyenne' },
  'pc.principle.DIGITALISATION': { ar: 'الرقمنة', fr: 'Numérisation' },
  'pc.documentKind.PROGRAM': { ar: 'برنامج العمل', fr: 'Programme' },
  'pc.documentKind.DELIBERATION': { ar: 'مقرر المجلس', fr: 'Délibération' },
  'pc.documentKind.MINUTES': { ar: 'محضر', fr: 'Procès-verbal' },
  'pc.documentKind.PRESS_RELEASE': { ar: 'بلاغ صحفي', fr: 'Communiqué de presse' },
  'pc.documentKind.REPORT': { ar: 'تقرير', fr: 'Rapport' },
  'pc.documentKind.OTHER': { ar: 'وثيقة أخرى', fr: 'Autre document' },
  'pc.cost': { ar: 'الكلفة', fr: 'Coût' },
  'pc.positive': { ar: 'يجب أن تكون القيمة أكبر من 0.', fr: 'La valeur doit être supérieure à 0.' },
  'pc.reasonLabel': { ar: 'السبب (اختياري)', fr: 'Motif (facultatif)' },
  'pc.reasonRequired': { ar: 'السبب', fr: 'Motif' },
  'pc.fileType': { ar: 'ملف PDF أو PNG أو JPEG فقط.', fr: 'Un fichier PDF, PNG ou JPEG seulement.' },
  'pc.fileTooLarge': { ar: 'الملف أكبر من 5 ميغابايت.', fr: 'Le fichier dépasse 5 Mo.' },
};

/** A sum in millions of dirhams, two decimals (85.75 MDH); unknown when there is none. */
export function mdhText(value) {
  return value === null || value === undefined ? t('unknown') : mdh(value) + ' ' + t('pc.mdh');
}

/** A sum in exact dirhams (28,000,000.5 DH); unknown when there is none. */
export function dirhamsText(value) {
  return value === null || value === undefined ? t('unknown') : number(value) + ' ' + t('pc.dh');
}

/** Money as MDH with its exact dirhams beside it. */
export function money(value, testid) {
  return h('span', { class: 'pc-money', 'data-testid': testid },
    h('span', { 'data-testid': testid ? testid + '-mdh' : null }, mdhText(value)),
    value === null || value === undefined ? null
      : h('span', { class: 'pc-exact', 'data-testid': testid ? testid + '-dh' : null }, ' (' + dirhamsText(value) + ')'));
}

/** A percent (40 %); unknown when there is none. */
export function percentText(value) {
  return value === null || value === undefined ? t('unknown') : number(value) + ' %';
}

export function statusText(status) {
  return code('pc.status', status);
}

export function titleOf(item) {
  return localized(item, 'title') || t('unknown');
}

export function projectsOf(program) {
  return (program.axes || []).flatMap(axis => axis.projects || []);
}

export function editable(program) {
  return EDITABLE.includes(program.status);
}

export function executing(program) {
  return EXECUTING.includes(program.status);
}

export function today() {
  return new Date().toISOString().slice(0, 10);
}

/** Items in a sentence, with the comma of the chosen language. */
export function joined(items) {
  return items.join(lang() === 'ar' ? '، ' : ', ');
}

/** The non-blank lines of a textarea, each once. */
export function lines(text) {
  return [...new Set(String(text || '').split('\n').map(line => line.trim()).filter(Boolean))];
}

export { scrollable } from './ui.js';

/** The disclosures left open, opened again when the page is drawn again after a change. */
const opened = new Set();

/**
 * A disclosure (<details>) whose content is built when it is first opened, so that a matrix of
 * many projects does not build every project's forms up front.
 */
export function disclosure(label, testid, build) {
  const key = location.hash + ' ' + testid;
  const body = h('div', { class: 'pc-disclosure-body' });
  const element = h('details', { class: 'pc-disclosure', 'data-testid': testid },
    h('summary', { 'data-testid': testid + '-toggle' }, label), body);
  element.addEventListener('toggle', () => {
    if (element.open) {
      opened.add(key);
      if (!body.childNodes.length) {
        body.append(build());
      }
    } else {
      opened.delete(key);
    }
  });
  if (opened.has(key)) {
    element.open = true;
  }
  return element;
}

const pause = ms => new Promise(resolve => setTimeout(resolve, ms));

/** Polls read() until ready(answer) holds (about 8 s at most); answers the last answer. */
export async function until(read, ready) {
  let answer = null;
  for (let attempt = 0; attempt < 25; attempt++) {
    try {
      answer = await read();
      if (ready(answer)) {
        return answer;
      }
    } catch (notYet) {
      answer = null;
    }
    await pause(attempt < 5 ? 150 : 400);
  }
  return answer;
}

/**
 * A write on the program: the page reads as not ready meanwhile (tests and assistive technology
 * wait for it), and once the API accepted it, until the program's read shows a change.
 */
export async function write(program, run, changed) {
  const main = document.getElementById('page');
  const before = JSON.stringify(program);
  main.dataset.ready = 'false';
  try {
    const result = await run();
    await until(() => get('/api/programs/' + enc(program.id)),
      now => changed ? changed(now, result) : JSON.stringify(now) !== before);
    return result;
  } catch (failure) {
    main.dataset.ready = 'true';
    throw failure;
  }
}

/** An action() whose button reads a label with its item ("Delete project 3"). */
export function named(node, label) {
  node.querySelector('button').textContent = label;
  return node;
}

/** After a write: the page drawn again, where it was. */
export const redraw = () => refresh();

/** The Content-Type of a document to upload, from its type or its name; null when not accepted. */
export function documentType(file) {
  if (Object.values(UPLOAD_TYPES).includes(file.type)) {
    return file.type;
  }
  const extension = (file.name.split('.').pop() || '').toLowerCase();
  return UPLOAD_TYPES[extension] || null;
}

/** The check of an optional document field: a PDF, PNG or JPEG of 5 MB at most. */
export function checkDocument(file) {
  if (!file) {
    return null;
  }
  if (!documentType(file)) {
    return 'pc.fileType';
  }
  return file.size > MAX_DOCUMENT_BYTES ? 'pc.fileTooLarge' : null;
}

export const DOCUMENT_ACCEPT = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';
