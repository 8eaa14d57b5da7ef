// The forms of the membership changes an operator records on a member's page: admission (with
// its indicators), charter signature, the dated changes, corrections and charter follow-ups. Each
// mirrors the API's checks; the API stays the judge of the rules, and its problem is shown.
import { h } from './dom.js';
import { t } from './i18n.js';
import { get, post, put, enc } from './api.js';
import { form, codeOptions } from './forms.js';
import { FOUNDED_ON, today, settle, charter, text } from './operator-common.js';

export const FORM_LABELS = {
  'operator.admission.title': { ar: 'البت في طلب الانخراط', fr: 'Décider de la candidature' },
  'operator.admission.decision': { ar: 'القرار', fr: 'Décision' },
  'operator.decision.ADMITTED': { ar: 'قبول', fr: 'Admission' },
  'operator.decision.REJECTED': { ar: 'رفض', fr: 'Refus' },
  'operator.admission.decidedOn': { ar: 'تاريخ القرار', fr: 'Date de la décision' },
  'operator.admission.indicators': { ar: 'مؤشرات التقييم', fr: 'Indicateurs de l’évaluation' },
  'operator.admission.indicatorsHint': { ar: 'اسم كل مؤشر ونقطته (عدد موجب أو صفر). الأسطر الفارغة لا تحتسب.', fr: 'Le nom de chaque indicateur et son score (nombre positif ou nul). Les lignes vides sont ignorées.' },
  'operator.admission.indicatorName': { ar: 'المؤشر', fr: 'Indicateur' },
  'operator.admission.indicatorScore': { ar: 'النقطة', fr: 'Score' },
  'operator.admission.addIndicator': { ar: 'إضافة مؤشر', fr: 'Ajouter un indicateur' },
  'operator.admission.removeIndicator': { ar: 'حذف هذا المؤشر', fr: 'Retirer cet indicateur' },
  'operator.admission.duplicate': { ar: 'هذا المؤشر مذكور مرتين.', fr: 'Cet indicateur figure deux fois.' },
  'operator.admission.reason': { ar: 'السبب (إلزامي عند الرفض)', fr: 'Motif (obligatoire pour un refus)' },
  'operator.admission.reasonRequired': { ar: 'الرفض يحتاج إلى سبب.', fr: 'Un refus doit être motivé.' },
  'operator.admission.submit': { ar: 'تسجيل القرار', fr: 'Enregistrer la décision' },
  'operator.charter.title': { ar: 'توقيع الميثاق', fr: 'Signature de la charte' },
  'operator.charter.signedOn': { ar: 'تاريخ التوقيع', fr: 'Date de signature' },
  'operator.charter.signedOnHint': { ar: 'ابتداء من 21 أكتوبر 2022 (تأسيس الشبكة)، لا في المستقبل.', fr: 'À partir du 21 octobre 2022 (fondation du réseau), pas dans le futur.' },
  'operator.charter.signatory': { ar: 'الموقع(ة) (اختياري)', fr: 'Signataire (facultatif)' },
  'operator.charter.submit': { ar: 'تسجيل التوقيع', fr: 'Enregistrer la signature' },
  'operator.suspension.title': { ar: 'تعليق العضوية', fr: 'Suspendre l’adhésion' },
  'operator.reinstatement.title': { ar: 'رفع التعليق', fr: 'Rétablir l’adhésion' },
  'operator.withdrawal.title': { ar: 'انسحاب من الشبكة', fr: 'Retrait du réseau' },
  'operator.reapplication.title': { ar: 'طلب انخراط جديد', fr: 'Nouvelle candidature' },
  'operator.dated.on': { ar: 'التاريخ', fr: 'Date' },
  'operator.dated.submit': { ar: 'تسجيل', fr: 'Enregistrer' },
  'operator.edit.title': { ar: 'تصحيح الأسماء والإقليم', fr: 'Corriger les noms et la province' },
  'operator.edit.intro': { ar: 'الصنف والجهة لا يتغيران. التصحيح الذي لا يغير شيئا لا يسجل.', fr: 'Le type et la région ne changent pas. Une correction qui ne change rien n’est pas enregistrée.' },
  'operator.edit.submit': { ar: 'تسجيل التصحيح', fr: 'Enregistrer la correction' },
  'operator.followUp.title': { ar: 'تتبع التزام من الميثاق', fr: 'Suivi d’un engagement de la charte' },
  'operator.followUp.commitment': { ar: 'الالتزام', fr: 'Engagement' },
  'operator.followUp.evidence': { ar: 'الدليل', fr: 'Preuve' },
  'operator.followUp.evidenceHint': { ar: 'ما يثبت الوفاء بالالتزام: وثيقة، مداولة، رابط…', fr: 'Ce qui atteste l’engagement : document, délibération, lien…' },
  'operator.followUp.on': { ar: 'تاريخ الدليل', fr: 'Date de la preuve' },
  'operator.followUp.onHint': { ar: 'فارغ = اليوم؛ ابتداء من 21 أكتوبر 2022، لا في المستقبل.', fr: 'Vide = aujourd’hui ; à partir du 21 octobre 2022, pas dans le futur.' },
  'operator.followUp.submit': { ar: 'تسجيل التتبع', fr: 'Enregistrer le suivi' },
  'operator.register.nameAr': { ar: 'الاسم بالعربية', fr: 'Nom en arabe' },
  'operator.register.nameFr': { ar: 'الاسم بالفرنسية', fr: 'Nom en français' },
  'operator.register.nameTzm': { ar: 'الاسم بالأمازيغية (اختياري)', fr: 'Nom en amazighe (facultatif)' },
  'operator.register.province': { ar: 'العمالة أو الإقليم (اختياري)', fr: 'Préfecture ou province (facultatif)' },
};

/** The date of the member's latest dated change: no new change may be dated before it. */
function lastDated(member) {
  return (member.history || []).map(entry => entry.on).filter(Boolean).sort().pop() || null;
}

function later(a, b) {
  return !a ? b : !b ? a : (a > b ? a : b);
}

const path = member => '/api/collectivities/' + enc(member.id);

/** Waits until the member's read shows one more history entry than before. */
const historyGrew = member => () => get(path(member))
  .then(now => (now.history || []).length > (member.history || []).length);

/** The editable rows of the admission's indicators (name → score). */
function indicatorRows() {
  const list = h('div', { class: 'op-rows' });
  let count = 0;
  const field = (n, kind, input) => {
    const id = 'admission-indicator-' + kind + '-' + n;
    input.id = id;
    input.setAttribute('aria-describedby', id + '-error');
    return h('div', { class: 'field', 'data-field': input.name },
      h('label', { for: id }, t('operator.admission.indicator' + (kind === 'name' ? 'Name' : 'Score'))), input,
      h('p', { class: 'field-error', id: id + '-error', 'data-testid': 'error-' + input.name }));
  };
  const add = () => {
    const n = count++;
    const name = h('input', { name: 'indicatorName' + n, maxlength: 200, autocomplete: 'off', 'data-testid': 'indicator-name' });
    const score = h('input', { name: 'indicatorScore' + n, type: 'number', min: 0, step: 'any', inputmode: 'decimal', 'data-testid': 'indicator-score' });
    const row = h('div', { class: 'op-row', 'data-testid': 'indicator-row' }, field(n, 'name', name), field(n, 'score', score));
    row.append(h('button', { type: 'button', 'data-testid': 'indicator-remove', onclick: () => {
      row.remove();
      addButton.focus();
    } }, t('operator.admission.removeIndicator')));
    list.append(row);
    return name;
  };
  const addButton = h('button', { type: 'button', 'data-testid': 'indicator-add', onclick: () => add().focus() },
    t('operator.admission.addIndicator'));
  add();
  const node = h('fieldset', { class: 'group' }, h('legend', {}, t('operator.admission.indicators')),
    h('p', { class: 'hint' }, t('operator.admission.indicatorsHint')), list, h('div', {}, addButton));
  const read = () => [...list.querySelectorAll('.op-row')].map(row => {
    const [name, score] = row.querySelectorAll('input');
    return { name, score, key: name.value.trim(), value: score.value };
  }).filter(row => row.key || row.value !== '');
  return { node, read };
}

function admissionForm(member, done) {
  const rows = indicatorRows();
  const element = form({
    id: 'admission', title: 'operator.admission.title', submitLabel: 'operator.admission.submit',
    fields: [
      { name: 'decision', label: 'operator.admission.decision', type: 'select', required: true, options: codeOptions('operator.decision', ['ADMITTED', 'REJECTED']) },
      { name: 'decidedOn', label: 'operator.admission.decidedOn', type: 'date', required: true, min: lastDated(member), max: today(), value: today(), hint: 'operator.notFuture' },
      { name: 'reason', label: 'operator.admission.reason', type: 'textarea', maxlength: 2000, rows: 3 },
    ],
    check: values => {
      const errors = {};
      const seen = new Set();
      rows.read().forEach(row => {
        if (!row.key) {
          errors[row.name.name] = 'validation.required';
        } else if (row.value === '') {
          errors[row.score.name] = 'validation.required';
        } else if (seen.has(row.key)) {
          errors[row.name.name] = 'operator.admission.duplicate';
        }
        seen.add(row.key);
      });
      if (values.decision === 'REJECTED' && !(values.reason || '').trim()) {
        errors.reason = 'operator.admission.reasonRequired';
      }
      return errors;
    },
    submit: async values => {
      const indicators = {};
      rows.read().forEach(row => { indicators[row.key] = Number(row.value); });
      await post(path(member) + '/admission', Object.assign({}, values, { indicators }));
      return settle(historyGrew(member));
    },
    done,
  });
  element.insertBefore(rows.node, element.querySelector('[data-field="reason"]'));
  return element;
}

function charterForm(member, done) {
  return form({
    id: 'charter', title: 'operator.charter.title', submitLabel: 'operator.charter.submit',
    fields: [
      { name: 'signedOn', label: 'operator.charter.signedOn', type: 'date', required: true, min: later(lastDated(member), FOUNDED_ON), max: today(), value: today(), hint: 'operator.charter.signedOnHint' },
      { name: 'signatory', label: 'operator.charter.signatory', maxlength: 300 },
      { name: 'reason', label: 'operator.reasonOptional', type: 'textarea', maxlength: 2000, rows: 2, hint: 'operator.reasonHint' },
    ],
    submit: async values => {
      await post(path(member) + '/charter-signature', values);
      return settle(historyGrew(member));
    },
    done,
  });
}

/** Suspension, reinstatement, withdrawal and a new application: a date and a reason. */
function datedForm(kind, resource, member, done) {
  return form({
    id: kind, title: 'operator.' + kind + '.title', submitLabel: 'operator.dated.submit',
    fields: [
      { name: 'on', label: 'operator.dated.on', type: 'date', required: true, min: lastDated(member), max: today(), value: today(), hint: 'operator.notFuture' },
      { name: 'reason', label: 'form.reason', type: 'textarea', required: true, maxlength: 2000, rows: 3, hint: 'operator.reasonHint' },
    ],
    submit: async values => {
      await post(path(member) + '/' + resource, values);
      return settle(historyGrew(member));
    },
    done,
  });
}

function editForm(member, done) {
  return form({
    id: 'edit', title: 'operator.edit.title', intro: t('operator.edit.intro'), submitLabel: 'operator.edit.submit',
    fields: [
      { name: 'nameAr', label: 'operator.register.nameAr', required: true, maxlength: 300, value: member.nameAr, dir: 'rtl' },
      { name: 'nameFr', label: 'operator.register.nameFr', required: true, maxlength: 300, value: member.nameFr, dir: 'ltr' },
      { name: 'nameTzm', label: 'operator.register.nameTzm', maxlength: 300, value: member.nameTzm },
      { name: 'province', label: 'operator.register.province', maxlength: 300, value: member.province },
      { name: 'reason', label: 'form.reason', type: 'textarea', required: true, maxlength: 2000, rows: 3, hint: 'operator.reasonHint' },
    ],
    submit: async values => {
      await put(path(member), values);
      const same = now => now.nameAr === values.nameAr.trim() && now.nameFr === values.nameFr.trim()
        && (now.nameTzm || null) === ((values.nameTzm || '').trim() || null)
        && (now.province || null) === ((values.province || '').trim() || null);
      return settle(() => get(path(member)).then(same));
    },
    done,
  });
}

async function followUpForm(member, done) {
  const reference = await charter();
  const before = await get(path(member) + '/charter/follow-ups');
  const total = view => view.commitments.reduce((sum, c) => sum + c.followUps.length, 0);
  return form({
    id: 'follow-up', title: 'operator.followUp.title', submitLabel: 'operator.followUp.submit',
    fields: [
      { name: 'commitment', label: 'operator.followUp.commitment', type: 'select', required: true,
        options: reference.commitments.map(c => ({ value: c.commitment, label: c.number + '. ' + text(c.text) })) },
      { name: 'evidence', label: 'operator.followUp.evidence', type: 'textarea', required: true, maxlength: 4000, rows: 3, hint: 'operator.followUp.evidenceHint' },
      { name: 'on', label: 'operator.followUp.on', type: 'date', min: FOUNDED_ON, max: today(), hint: 'operator.followUp.onHint' },
      { name: 'reason', label: 'operator.reasonOptional', type: 'textarea', maxlength: 2000, rows: 2 },
    ],
    submit: async values => {
      await post(path(member) + '/charter/follow-ups', values);
      return settle(() => get(path(member) + '/charter/follow-ups').then(now => total(now) > total(before)));
    },
    done,
  });
}

/** The form of an action; done(shown) runs once the API accepted it (shown: whether the read shows it yet). */
export function actionForm(action, member, done) {
  switch (action) {
    case 'admission': return admissionForm(member, done);
    case 'charter': return charterForm(member, done);
    case 'suspension': return datedForm('suspension', 'suspension', member, done);
    case 'reinstatement': return datedForm('reinstatement', 'reinstatement', member, done);
    case 'withdrawal': return datedForm('withdrawal', 'withdrawal', member, done);
    case 'reapplication': return datedForm('reapplication', 'reapplication', member, done);
    case 'edit': return editForm(member, done);
    case 'follow-up': return followUpForm(member, done);
    default: return null;
  }
}
