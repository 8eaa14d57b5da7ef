// A project's links to the retained proposals it answers: added or removed at any time before
// closing, with a reason once the council has adopted the program.
import { h } from './dom.js';
import { t } from './i18n.js';
import { all, put, del, enc } from './api.js';
import { form, problemView } from './forms.js';
import { disclosure, write, redraw } from './program-kit.js';

export const LINKS_LABELS = {
  'pc.links': { ar: 'المقترحات التي يستجيب لها', fr: 'Propositions auxquelles il répond' },
  'pc.linked': { ar: 'المقترحات المرتبطة', fr: 'Propositions liées' },
  'pc.noLinks': { ar: 'لا مقترح مرتبط.', fr: 'Aucune proposition liée.' },
  'pc.noRetained': { ar: 'لا مقترح محتفظ به بعد لهذه الجماعة. ادرس المقترحات في لوحة التسيير.', fr: 'Aucune proposition retenue pour l’instant dans cette collectivité. Examinez les propositions dans la console.' },
  'pc.adminConsole': { ar: 'لوحة تسيير الجماعة', fr: 'Console de la collectivité' },
  'pc.link': { ar: 'ربط مقترح محتفظ به', fr: 'Lier une proposition retenue' },
  'pc.linkSubmit': { ar: 'ربط', fr: 'Lier' },
  'pc.unlink': { ar: 'فك ربط مقترح', fr: 'Délier une proposition' },
  'pc.unlinkSubmit': { ar: 'فك الربط', fr: 'Délier' },
  'pc.linkReasonAdopted': { ar: 'السبب (إلزامي بعد المصادقة)', fr: 'Motif (obligatoire après l’adoption)' },
};

/** The retained proposals of a collectivity, from all its processes, read once when first needed. */
export function retainedLoader(collectivityId) {
  let loaded = null;
  return () => {
    if (!loaded) {
      loaded = all('/api/processes', { collectivityId }, 200)
        .then(processes => Promise.all(processes.map(process =>
          all('/api/processes/' + enc(process.id) + '/proposals', { status: 'RETAINED' }, 1000))))
        .then(lists => lists.flat());
      loaded.catch(() => { loaded = null; });
    }
    return loaded;
  };
}

function proposalLabel(proposal) {
  return (proposal.title || proposal.id) + ' (' + proposal.id + ')';
}

function panel(program, project, proposals) {
  const byId = new Map(proposals.map(proposal => [proposal.id, proposal]));
  const linked = project.proposalIds || [];
  const adopted = Boolean(program.adoption);
  const path = id => '/api/programs/' + enc(program.id) + '/projects/' + project.number + '/proposals/' + enc(id);
  const reason = { name: 'reason', label: adopted ? 'pc.linkReasonAdopted' : 'pc.reasonLabel', type: 'textarea',
    rows: 2, maxlength: 2000, required: adopted };
  const free = proposals.filter(proposal => !linked.includes(proposal.id));
  return [
    h('h4', {}, t('pc.linked')),
    linked.length ? h('ul', { 'data-testid': 'linked-' + project.number }, linked.map(id =>
      h('li', { 'data-testid': 'linked-proposal' }, byId.has(id) ? proposalLabel(byId.get(id)) : id)))
      : h('p', { class: 'empty' }, t('pc.noLinks')),
    free.length ? form({
      id: 'link-' + project.number, submitLabel: 'pc.linkSubmit',
      fields: [{ name: 'proposalId', label: 'pc.link', type: 'select', required: true,
        options: free.map(proposal => ({ value: proposal.id, label: proposalLabel(proposal) })) }, reason],
      submit: values => write(program, () => put(path(values.proposalId), { reason: values.reason })),
      done: redraw,
    }) : h('p', { class: 'muted' }, t('pc.noRetained'), ' ',
      h('a', { href: '#/admin/' + encodeURIComponent(program.collectivityId) }, t('pc.adminConsole'))),
    linked.length ? form({
      id: 'unlink-' + project.number, submitLabel: 'pc.unlinkSubmit',
      fields: [{ name: 'proposalId', label: 'pc.unlink', type: 'select', required: true,
        options: linked.map(id => ({ value: id, label: byId.has(id) ? proposalLabel(byId.get(id)) : id })) },
      Object.assign({}, reason)],
      submit: values => write(program, () => del(path(values.proposalId), { reason: values.reason })),
      done: redraw,
    }) : null,
  ];
}

/** The disclosure of a project's proposal links; the proposals are read when it is opened. */
export function linksPanel(program, project, retained) {
  return disclosure(t('pc.links'), 'links-' + project.number, () => {
    const box = h('div', { 'data-testid': 'links-body-' + project.number }, h('p', { class: 'busy' }, t('loading')));
    retained().then(proposals => box.replaceChildren(...panel(program, project, proposals).filter(Boolean)))
      .catch(failure => box.replaceChildren(problemView(failure)));
    return box;
  });
}
