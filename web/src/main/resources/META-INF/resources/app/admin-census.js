// The census of a collectivity's residents: a CSV file of national identity card numbers that
// replaces the whole census, all or nothing; a refused file shows each bad line.
import { h } from './dom.js';
import { t, integer, placeName } from './i18n.js';
import { get, post, enc } from './api.js';
import { form } from './forms.js';
import { page, card } from './ui.js';
import { consoleNav, MAX_FILE_BYTES } from './admin-common.js';

export const LABELS = {
  'admin.census.page': { ar: 'إحصاء السكان: {name}', fr: 'Recensement : {name}' },
  'admin.census.about': { ar: 'ما هو الإحصاء؟', fr: 'À quoi sert le recensement ?' },
  'admin.census.text': { ar: 'يتحقق المواطن من إقامته بربط رقم بطاقته الوطنية بحسابه؛ لا يصوت في استشارات الجماعة إلا المقيمون المتحقق منهم. لا تحفظ المنصة الأرقام، بل بصمات مفتاحية لها فقط.', fr: 'Un citoyen vérifie sa résidence en liant le numéro de sa carte nationale à son compte ; seuls les résidents vérifiés votent aux consultations. La plateforme ne garde pas les numéros, seulement leurs empreintes à clé.' },
  'admin.census.format': { ar: 'ملف CSV بترميز UTF-8: رقم بطاقة وطنية في كل سطر (حرف أو حرفان ثم من رقم إلى ستة أرقام، مثل AB123456)، بعد سطر عنوان اختياري identifier. يعوض الملف الإحصاء كله؛ وإن كان فيه سطر خاطئ لا يسجل شيء.', fr: 'Un fichier CSV en UTF-8 : un numéro de carte nationale par ligne (une ou deux lettres puis un à six chiffres, comme AB123456), après un en-tête facultatif identifier. Le fichier remplace tout le recensement ; une seule ligne fausse et rien n’est enregistré.' },
  'admin.census.upload': { ar: 'رفع الإحصاء', fr: 'Téléverser le recensement' },
  'admin.census.file': { ar: 'ملف الإحصاء (CSV)', fr: 'Fichier du recensement (CSV)' },
  'admin.census.submit': { ar: 'تعويض الإحصاء', fr: 'Remplacer le recensement' },
  'admin.census.tooLarge': { ar: 'الملف أكبر من 5 ميغابايت.', fr: 'Le fichier dépasse 5 Mo.' },
  'admin.census.done': { ar: 'سجل الإحصاء: {count} رقما.', fr: 'Recensement enregistré : {count} numéro(s).' },
  'admin.census.current': { ar: 'الإحصاء المسجل', fr: 'Recensement enregistré' },
};

async function census({ cid }) {
  const collectivity = await get('/api/collectivities/' + enc(cid));
  const outcome = h('div', { 'aria-live': 'polite' });
  return page(t('admin.census.page', { name: placeName(collectivity) }),
    consoleNav(cid, '/admin/' + cid + '/census'),
    card(t('admin.census.about'), {}, h('p', {}, t('admin.census.text')), h('p', { class: 'muted' }, t('admin.census.format'))),
    form({
      id: 'census', title: 'admin.census.upload', submitLabel: 'admin.census.submit', busyLabel: 'form.sending',
      fields: [{ name: 'file', label: 'admin.census.file', type: 'file', required: true, accept: '.csv,text/csv,text/plain' }],
      check: values => values.file && values.file.size > MAX_FILE_BYTES ? { file: 'admin.census.tooLarge' } : {},
      submit: values => {
        outcome.replaceChildren();
        return post('/api/collectivities/' + enc(cid) + '/census', values.file, { contentType: 'text/csv' });
      },
      done: summary => {
        outcome.replaceChildren(card(t('admin.census.current'), {},
          h('p', { class: 'success', 'data-testid': 'census-entries', 'data-count': summary.entries },
            t('admin.census.done', { count: integer(summary.entries) }))));
      },
    }),
    outcome);
}

export const PAGES = { census };
