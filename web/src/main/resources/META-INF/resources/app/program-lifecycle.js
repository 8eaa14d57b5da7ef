// Where a program stands and how it moves on: draft → consultation → adoption by the council →
// execution (with its first progress report) → closing. Dates never go back and never lie ahead.
import { h } from './dom.js';
import { t, date } from './i18n.js';
import { post, enc } from './api.js';
import { form } from './forms.js';
import { card, facts, badge } from './ui.js';
import { money, percentText, statusText, projectsOf, today, disclosure, write, redraw } from './program-kit.js';

export const LIFECYCLE_LABELS = {
  'pc.program': { ar: 'البرنامج', fr: 'Le programme' },
  'pc.period': { ar: 'الفترة', fr: 'Période' },
  'pc.status': { ar: 'الوضعية', fr: 'Statut' },
  'pc.consultationOn': { ar: 'عرض للاستشارة في', fr: 'Mis en consultation le' },
  'pc.adoption': { ar: 'المصادقة', fr: 'Adoption' },
  'pc.adoptionText': { ar: '{date}، {session}', fr: '{date}, {session}' },
  'pc.deliberationRef': { ar: 'مرجع المقرر', fr: 'Référence de la délibération' },
  'pc.executionOn': { ar: 'انطلاق التنفيذ', fr: 'Début de l’exécution' },
  'pc.closedOn': { ar: 'الاختتام', fr: 'Clôture' },
  'pc.totalNow': { ar: 'الكلفة الإجمالية حاليا', fr: 'Coût total aujourd’hui' },
  'pc.totalAdopted': { ar: 'الكلفة كما صودق عليها', fr: 'Coût tel qu’adopté' },
  'pc.progressWeighted': { ar: 'الإنجاز المرجح بالكلفة', fr: 'Avancement pondéré par le coût' },
  'pc.projectCount': { ar: 'عدد المشاريع', fr: 'Nombre de projets' },
  'pc.consultation': { ar: 'عرض المسودة للاستشارة', fr: 'Mettre le brouillon en consultation' },
  'pc.consultationIntro': { ar: 'تبقى المصفوفة قابلة للتعديل أثناء الاستشارة.', fr: 'La matrice reste modifiable pendant la consultation.' },
  'pc.consultationDate': { ar: 'تاريخ العرض للاستشارة', fr: 'Date de mise en consultation' },
  'pc.consultationSubmit': { ar: 'عرض للاستشارة', fr: 'Mettre en consultation' },
  'pc.adopt': { ar: 'تسجيل مصادقة المجلس', fr: 'Enregistrer l’adoption par le conseil' },
  'pc.adoptIntro': { ar: 'بعد المصادقة لا تتغير المصفوفة إلا بتعديلات معللة.', fr: 'Après l’adoption, la matrice ne change que par des révisions motivées.' },
  'pc.session': { ar: 'دورة المجلس', fr: 'Session du conseil' },
  'pc.sessionHint': { ar: 'مثلا: الدورة العادية لشهر فبراير 2026', fr: 'Par ex. : session ordinaire de février 2026' },
  'pc.adoptedOn': { ar: 'تاريخ المصادقة', fr: 'Date d’adoption' },
  'pc.adoptSubmit': { ar: 'تسجيل المصادقة', fr: 'Enregistrer l’adoption' },
  'pc.close': { ar: 'اختتام البرنامج', fr: 'Clôturer le programme' },
  'pc.closeIntroDraft': { ar: 'اختتام مسودة متروكة يحرر فترتها لبرنامج جديد. لا رجعة في الاختتام.', fr: 'Clôturer un brouillon abandonné libère sa période pour un nouveau programme. La clôture est définitive.' },
  'pc.closeIntro': { ar: 'يختتم البرنامج في نهاية تنفيذه، مع ذكر السبب. لا رجعة في الاختتام، وتبقى التقييمات ممكنة بعده.', fr: 'Le programme se clôture au terme de son exécution, avec un motif. La clôture est définitive ; les évaluations restent possibles ensuite.' },
  'pc.closeOn': { ar: 'تاريخ الاختتام', fr: 'Date de clôture' },
  'pc.closeSubmit': { ar: 'اختتام', fr: 'Clôturer' },
  'pc.notAdopted': { ar: 'لم يصادق عليه بعد', fr: 'pas encore adopté' },
};

/** The day of the program's last change, before which no new change can be dated. */
export function lastDated(program) {
  return [program.consultationOn, program.adoption && program.adoption.adoptedOn, program.executionStartedOn]
    .filter(Boolean).sort().pop() || null;
}

export function summary(program) {
  const adoption = program.adoption;
  return card(t('pc.program'), { 'data-testid': 'program-summary', class: 'card pc-summary' },
    facts([
      [t('pc.status'), badge(statusText(program.status), program.status === 'CLOSED' ? null : 'ok', 'program-status')],
      [t('pc.period'), h('span', { dir: 'ltr' }, program.startYear + '–' + program.endYear)],
      [t('pc.consultationOn'), program.consultationOn ? date(program.consultationOn) : null],
      [t('pc.adoption'), adoption ? h('span', { 'data-testid': 'program-adoption' },
        t('pc.adoptionText', { date: date(adoption.adoptedOn), session: adoption.session })) : t('pc.notAdopted')],
      adoption ? [t('pc.deliberationRef'), adoption.deliberationRef] : null,
      adoption ? [t('pc.executionOn'), program.executionStartedOn ? date(program.executionStartedOn) : null] : null,
      program.closing ? [t('pc.closedOn'), date(program.closing.on) + ' — ' + program.closing.reason] : null,
    ]),
    h('div', { class: 'figures' },
      figure(t('pc.totalNow'), money(program.totalCostMad, 'total-now')),
      adoption ? figure(t('pc.totalAdopted'), money(program.adoptedTotalCostMad, 'total-adopted')) : null,
      adoption ? figure(t('pc.progressWeighted'), h('span', { 'data-testid': 'progress-weighted' },
        program.executionStartedOn ? percentText(program.progressPercent) : t('pc.noReport'))) : null,
      figure(t('pc.projectCount'), h('span', { 'data-testid': 'project-count' }, String(projectsOf(program).length)))));
}

function figure(label, value) {
  return h('div', { class: 'figure' }, h('span', { class: 'figure-value pc-figure-value' }, value),
    h('span', { class: 'figure-label' }, label));
}

const path = (program, rest) => '/api/programs/' + enc(program.id) + rest;

/** The next step of the program's life, as its status allows, and its closing. */
export function lifecycleForms(program) {
  const since = lastDated(program);
  const forms = [];
  if (program.status === 'DRAFT') {
    forms.push(form({
      id: 'consultation', title: 'pc.consultation', intro: t('pc.consultationIntro'), submitLabel: 'pc.consultationSubmit',
      fields: [
        { name: 'on', label: 'pc.consultationDate', type: 'date', required: true, max: today(), value: today() },
        { name: 'reason', label: 'pc.reasonLabel', type: 'textarea', rows: 2, maxlength: 2000 },
      ],
      submit: values => write(program, () => post(path(program, '/consultation'), values), now => now.status !== program.status),
      done: redraw,
    }));
  }
  if (program.status === 'IN_CONSULTATION') {
    forms.push(form({
      id: 'adoption', title: 'pc.adopt', intro: t('pc.adoptIntro'), submitLabel: 'pc.adoptSubmit',
      fields: [
        { name: 'session', label: 'pc.session', required: true, maxlength: 300, hint: 'pc.sessionHint' },
        { name: 'adoptedOn', label: 'pc.adoptedOn', type: 'date', required: true, min: since, max: today(), value: today() },
        { name: 'deliberationRef', label: 'pc.deliberationRef', maxlength: 100 },
        { name: 'reason', label: 'pc.reasonLabel', type: 'textarea', rows: 2, maxlength: 2000 },
      ],
      submit: values => write(program, () => post(path(program, '/adoption'), values), now => now.status !== program.status),
      done: redraw,
    }));
  }
  if (program.status !== 'CLOSED') {
    forms.push(h('section', { class: 'card', 'aria-labelledby': 'closing-title' },
      h('h2', { id: 'closing-title' }, t('pc.close')),
      h('p', { class: 'muted' }, t(program.adoption ? 'pc.closeIntro' : 'pc.closeIntroDraft')),
      disclosure(t('pc.close'), 'closing', () => form({
        id: 'closing-form', submitLabel: 'pc.closeSubmit',
        fields: [
          { name: 'on', label: 'pc.closeOn', type: 'date', required: true, min: since, max: today(), value: today() },
          { name: 'reason', label: 'pc.reasonRequired', type: 'textarea', rows: 2, required: true, maxlength: 2000 },
        ],
        submit: values => write(program, () => post(path(program, '/closing'), values), now => now.status === 'CLOSED'),
        done: redraw,
      }))));
  }
  return forms;
}
