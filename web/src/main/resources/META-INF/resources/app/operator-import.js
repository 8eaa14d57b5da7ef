// Bulk onboarding of members from a CSV file: the expected columns, the file sent as it is, the
// progress while the API checks and records it, then either how many were imported (with links)
// or, when any line is wrong, every line's error and nothing recorded.
import { h } from './dom.js';
import { t, integer } from './i18n.js';
import { get, post, enc } from './api.js';
import { form } from './forms.js';
import { page, card, notify } from './ui.js';
import { COMMON_LABELS, grid, consoleNav, settle } from './operator-common.js';

export const LABELS = Object.assign({}, COMMON_LABELS, {
  'operator.import.title': { ar: 'استيراد الأعضاء من ملف CSV', fr: 'Importer des membres depuis un fichier CSV' },
  'operator.import.format': { ar: 'شكل الملف', fr: 'Format du fichier' },
  'operator.import.formatIntro': { ar: 'ملف نصي CSV بترميز UTF-8، مفصول بفواصل، سطره الأول هو:', fr: 'Un fichier texte CSV en UTF-8, séparé par des virgules, dont la première ligne est :' },
  'operator.import.allOrNothing': { ar: 'كل شيء أو لا شيء: إذا كان سطر واحد خاطئا لا يسجل أي سطر، وتظهر أخطاء كل سطر.', fr: 'Tout ou rien : si une seule ligne est fausse, rien n’est enregistré et les erreurs de chaque ligne sont affichées.' },
  'operator.import.column': { ar: 'العمود', fr: 'Colonne' },
  'operator.import.meaning': { ar: 'المحتوى', fr: 'Contenu' },
  'operator.import.col.kind': { ar: 'REGION أو PREFECTURE_OR_PROVINCE أو COMMUNE', fr: 'REGION, PREFECTURE_OR_PROVINCE ou COMMUNE' },
  'operator.import.col.nameAr': { ar: 'الاسم بالعربية (إلزامي)', fr: 'Le nom en arabe (obligatoire)' },
  'operator.import.col.nameFr': { ar: 'الاسم بالفرنسية (إلزامي؛ منه يشتق المعرف)', fr: 'Le nom en français (obligatoire ; l’identifiant en dérive)' },
  'operator.import.col.region': { ar: 'اسم الجهة بالفرنسية أو العربية، أو فارغ إذا كانت غير معروفة', fr: 'Le nom de la région en français ou en arabe, ou vide si elle est inconnue' },
  'operator.import.col.admittedOn': { ar: 'تاريخ القبول YYYY-MM-DD، أو فارغ لطلب انخراط', fr: 'La date d’admission AAAA-MM-JJ, ou vide pour une candidature' },
  'operator.import.template': { ar: 'تحميل نموذج', fr: 'Télécharger un modèle' },
  'operator.import.file': { ar: 'ملف CSV', fr: 'Fichier CSV' },
  'operator.import.fileHint': { ar: '5 ميغابايت على الأكثر.', fr: '5 Mo au plus.' },
  'operator.import.tooLarge': { ar: 'الملف أكبر من 5 ميغابايت.', fr: 'Le fichier dépasse 5 Mo.' },
  'operator.import.send': { ar: 'فحص واستيراد', fr: 'Vérifier et importer' },
  'operator.import.running': { ar: 'جار فحص الملف وتسجيله…', fr: 'Vérification et enregistrement du fichier…' },
  'operator.import.upload': { ar: 'إرسال ملف', fr: 'Envoyer un fichier' },
  'operator.import.result': { ar: 'نتيجة الاستيراد', fr: 'Résultat de l’import' },
  'operator.import.imported': { ar: 'استوردت {count} جماعة، منها {admitted} مقبولة.', fr: '{count} collectivité(s) importée(s), dont {admitted} admise(s).' },
  'operator.import.done': { ar: 'انتهى الاستيراد.', fr: 'Import terminé.' },
});

const COLUMNS = ['kind', 'nameAr', 'nameFr', 'region', 'admittedOn'];
const MAX_BYTES = 5 * 1024 * 1024;
const TEMPLATE = COLUMNS.join(',') + '\nCOMMUNE,اسم الجماعة,Nom de la commune,Souss-Massa,\n'
  + 'PREFECTURE_OR_PROVINCE,اسم الإقليم,Nom de la province,Fès-Meknès,2024-04-25\n';

function format() {
  return card(t('operator.import.format'), { 'data-testid': 'import-format' },
    h('p', {}, t('operator.import.formatIntro')),
    h('p', { dir: 'ltr' }, h('code', { 'data-testid': 'import-header' }, COLUMNS.join(','))),
    grid([
      { label: t('operator.import.column'), cell: column => h('code', {}, column.id) },
      { label: t('operator.import.meaning'), cell: column => t('operator.import.col.' + column.id) },
    ], COLUMNS.map(id => ({ id })), { caption: t('operator.import.format') }),
    h('p', {}, t('operator.import.allOrNothing')),
    h('p', {}, h('a', { href: 'data:text/csv;charset=utf-8,' + encodeURIComponent(TEMPLATE), download: 'members.csv',
      'data-testid': 'import-template' }, t('operator.import.template'))));
}

function showResult(area, answer) {
  area.replaceChildren(card(t('operator.import.result'), { 'data-testid': 'import-result' },
    h('p', { class: 'success', 'data-testid': 'import-count', 'data-count': answer.registered },
      t('operator.import.imported', { count: integer(answer.registered), admitted: integer(answer.admitted) })),
    h('ul', {}, (answer.ids || []).map(id => h('li', {},
      h('a', { href: '#/operator/member/' + enc(id), 'data-testid': 'imported-link', 'data-id': id }, id))))));
}

async function importPage() {
  const progress = h('div', { 'data-testid': 'import-progress', hidden: true },
    h('label', { for: 'import-progress-bar' }, t('operator.import.running')),
    h('progress', { id: 'import-progress-bar' }));
  const result = h('div', { 'aria-live': 'polite' });
  const upload = form({
    id: 'import', title: 'operator.import.upload', submitLabel: 'operator.import.send', busyLabel: 'operator.import.running',
    fields: [
      { name: 'file', label: 'operator.import.file', type: 'file', required: true, accept: '.csv,text/csv', hint: 'operator.import.fileHint' },
    ],
    check: values => values.file && values.file.size > MAX_BYTES ? { file: 'operator.import.tooLarge' } : {},
    submit: async values => {
      result.replaceChildren();
      progress.hidden = false;
      try {
        const answer = await post('/api/collectivities/import', values.file, { contentType: 'text/csv' });
        const ids = answer.ids || [];
        if (ids.length) {
          // the list reads the new members within moments
          await settle(() => Promise.all([ids[0], ids[ids.length - 1]].map(id => get('/api/collectivities/' + enc(id)))));
        }
        return answer;
      } finally {
        progress.hidden = true;
      }
    },
    done: answer => {
      showResult(result, answer);
      notify(t('operator.import.done'));
    },
  });
  upload.insertBefore(progress, upload.querySelector('.form-status'));
  return page(t('operator.import.title'), consoleNav('/operator/import'), upload, result, format());
}

export const PAGES = { import: importPage };
