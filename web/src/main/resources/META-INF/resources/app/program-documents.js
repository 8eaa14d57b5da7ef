// A program's public documents: the list (each with its SHA-256, so that anyone can check a
// download), the upload of the program's own documents, and the evidence of a progress report.
import { h } from './dom.js';
import { t, code, number, date, instant } from './i18n.js';
import { post, enc } from './api.js';
import { form, codeOptions } from './forms.js';
import { card, table } from './ui.js';
import { DOCUMENT_KINDS, DOCUMENT_ACCEPT, documentType, checkDocument, write, redraw, scrollable } from './program-kit.js';

export const DOCUMENTS_LABELS = {
  'pc.documents': { ar: 'الوثائق', fr: 'Documents' },
  'pc.documentTitle': { ar: 'العنوان', fr: 'Titre' },
  'pc.documentKind': { ar: 'النوع', fr: 'Type' },
  'pc.documentFile': { ar: 'الملف', fr: 'Fichier' },
  'pc.documentSize': { ar: 'الحجم', fr: 'Taille' },
  'pc.kb': { ar: 'كيلوبايت', fr: 'Ko' },
  'pc.sha256': { ar: 'البصمة SHA-256', fr: 'Empreinte SHA-256' },
  'pc.documentReport': { ar: 'تقرير الإنجاز', fr: 'Rapport d’avancement' },
  'pc.documentReportOf': { ar: 'المشروع {n}، بتاريخ {date}', fr: 'Projet {n}, au {date}' },
  'pc.documentAttached': { ar: 'أضيفت في', fr: 'Ajouté le' },
  'pc.documentOfProgram': { ar: 'البرنامج', fr: 'Le programme' },
  'pc.documentUpload': { ar: 'نشر وثيقة', fr: 'Publier un document' },
  'pc.documentUploadIntro': { ar: 'ملف PDF أو PNG أو JPEG، 5 ميغابايت على الأكثر. الوثيقة عمومية: يمكن لأي أحد تحميلها والتحقق من بصمتها.', fr: 'Un fichier PDF, PNG ou JPEG de 5 Mo au plus. Le document est public : chacun peut le télécharger et vérifier son empreinte.' },
  'pc.documentTitleHint': { ar: 'اتركه فارغا ليكون اسم الملف هو العنوان.', fr: 'Laissez vide pour reprendre le nom du fichier.' },
  'pc.documentSend': { ar: 'نشر', fr: 'Publier' },
};

function size(bytes) {
  return bytes === null || bytes === undefined ? t('unknown') : number(bytes / 1024) + ' ' + t('pc.kb');
}

/** A document's link, media type and size, and its SHA-256 written out. */
export function documentLine(document) {
  return h('span', { class: 'pc-document', 'data-testid': 'evidence-document' },
    h('a', { href: document.href, download: document.fileName || '' }, document.title || document.fileName),
    ' (' + (document.mediaType || t('unknown')) + ', ' + size(document.size) + ') ',
    h('span', { class: 'muted' }, t('pc.sha256') + ': '),
    h('code', { class: 'receipt', 'data-testid': 'evidence-sha256' }, document.sha256));
}

/** Uploads a file as a document of the program, or of one of its progress reports. */
export function upload(programId, file, kind, title, report) {
  return post('/api/programs/' + enc(programId) + '/documents', file, {
    contentType: documentType(file),
    query: { kind, title, fileName: file.name, project: report && report.project, progressAsOf: report && report.asOf },
  });
}

export function documentsCard(program, canEdit) {
  const documents = program.documents || [];
  return [
    card(t('pc.documents'), { 'data-testid': 'documents' }, scrollable(table([
      { label: t('pc.documentTitle'), cell: d => h('a', { href: d.href, download: d.fileName || '', 'data-testid': 'document-link' },
        d.title || d.fileName) },
      { label: t('pc.documentKind'), cell: d => code('pc.documentKind', d.kind) },
      { label: t('pc.documentReport'), cell: d => d.projectNumber === null || d.projectNumber === undefined
        ? t('pc.documentOfProgram') : t('pc.documentReportOf', { n: d.projectNumber, date: date(d.progressAsOf) }) },
      { label: t('pc.documentFile'), cell: d => [d.fileName, h('br', {}), h('span', { class: 'muted' }, d.mediaType)] },
      { label: t('pc.documentSize'), cell: d => size(d.size), num: true },
      { label: t('pc.sha256'), cell: d => h('code', { class: 'receipt', 'data-testid': 'document-sha256' }, d.sha256) },
      { label: t('pc.documentAttached'), cell: d => instant(d.attachedAt) },
    ], documents, { rowTestid: 'document-row', caption: t('pc.documents'), emptyTestid: 'documents-empty' }), t('pc.documents'))),
    canEdit ? form({
      id: 'document-upload', title: 'pc.documentUpload', intro: t('pc.documentUploadIntro'), submitLabel: 'pc.documentSend',
      fields: [
        { name: 'kind', label: 'pc.documentKind', type: 'select', required: true, value: 'PROGRAM',
          options: codeOptions('pc.documentKind', DOCUMENT_KINDS) },
        { name: 'title', label: 'pc.documentTitle', maxlength: 300, hint: 'pc.documentTitleHint' },
        { name: 'file', label: 'pc.documentFile', type: 'file', required: true, accept: DOCUMENT_ACCEPT },
      ],
      check: values => {
        const problem = checkDocument(values.file);
        return problem ? { file: problem } : {};
      },
      submit: values => write(program, () => upload(program.id, values.file, values.kind, values.title),
        (now, added) => (now.documents || []).some(d => d.documentId === added.documentId)),
      done: redraw,
    }) : null,
  ];
}
