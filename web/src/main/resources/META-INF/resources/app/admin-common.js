// What the pages of the collectivity console share (their shared labels are in admin-labels.js):
// the links between their sections, dates for the forms' defaults, rows that repeat inside a form
// (an agenda's slots, a consultation's items), and waiting until a write shows in the API's reads.
import { h } from './dom.js';
import { t, code } from './i18n.js';
import './admin-labels.js';
import { get, enc } from './api.js';
import { subnav, badge, notify } from './ui.js';
import { refresh } from './router.js';

export const STATION_KINDS = ['INFO_MEETING', 'COMMITTEE_MEETING', 'CO_CREATION_WORKSHOP', 'DIGITAL_CALL_FOR_IDEAS',
  'NEIGHBOURHOOD_WORKSHOPS', 'EQUALITY_BODY_MEETING', 'CONSULTATION', 'COUNCIL_ADOPTION', 'EXPERIENCE_SHARING',
  'MONITORING_MEETING'];
export const PHASES = ['IDEA_COLLECTION', 'CONSULTATION', 'CLOSED'];
export const CATEGORIES = ['COUNCIL_MEMBERS', 'EQUALITY_BODY', 'CIVIL_SOCIETY_ASSOCIATIONS', 'SCHOOL_DIRECTORS',
  'STUDENTS_AND_RESEARCHERS', 'STAFF', 'CITIZENS'];
export const DOCUMENT_KINDS = ['MINUTES', 'DELIBERATION', 'PRESS_RELEASE', 'PROGRAM', 'REPORT', 'OTHER'];
export const DOCUMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Ids a client may choose (the API's slug). */
export const SLUG = '[a-z0-9][a-z0-9\\-]{0,62}';
/** A time of day as the agendas write it. */
export const TIME = '([01][0-9]|2[0-3]):[0-5][0-9]';
const INT_MAX = 2147483647;

/** A count (people, proposals, ballots): a whole number, zero or more, as the API takes it. */
export const countField = (name, label, required, value, hint) => ({ name, label, type: 'number', min: 0, max: INT_MAX,
  step: 1, required, value: value === null || value === undefined ? undefined : String(value), inputmode: 'numeric', hint });

/** The sections of a collectivity's console. */
export function consoleNav(cid, currentPath) {
  const base = '/admin/' + enc(cid);
  return subnav([
    [base, t('admin.nav.console'), 'nav-console'],
    [base + '/census', t('admin.nav.census'), 'nav-census'],
    [base + '/committee', t('admin.nav.committee'), 'nav-committee'],
    ['/admin/programs/' + enc(cid), t('admin.nav.programs'), 'nav-programs'],
  ], currentPath);
}

/** The sections of one process, with the way back to its collectivity's console. */
export function processNav(process, currentPath) {
  const base = '/admin/process/' + enc(process.id);
  return subnav([
    ['/admin/' + enc(process.collectivityId), t('admin.nav.back'), 'nav-console'],
    [base, t('admin.nav.process'), 'nav-process'],
    [base + '/review', t('admin.nav.review'), 'nav-review'],
    [base + '/consultations', t('admin.nav.consultations'), 'nav-consultations'],
  ], currentPath);
}

/** A table (ui.table: its scrolling box takes the keyboard's focus on a phone). */
export { table as grid } from './ui.js';

export function phaseBadge(phase) {
  return badge(code('admin.phase', phase), phase === 'CLOSED' ? null : 'ok', 'phase');
}

/** Today as an ISO date (the default of a business date). */
export function today() {
  return new Date().toISOString().slice(0, 10);
}

/** An instant as a datetime-local input's value, in the device's time. */
export function localInput(instant) {
  const date = new Date(instant);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
}

/** A datetime-local value (device time) as an ISO instant in UTC, as the API takes it. */
export function isoInstant(local) {
  return new Date(local).toISOString();
}

/** A reason field, required or not. */
export function reasonField(required) {
  return { name: 'reason', label: required ? 'admin.reason' : 'admin.reasonOptional', type: 'textarea',
    rows: 2, maxlength: 2000, required: Boolean(required), hint: 'admin.reasonHint' };
}

/** Fields of a file to upload as a public document (kind, title, the file). */
export function documentFields() {
  return [
    { name: 'kind', label: 'admin.documentKind', type: 'select', required: true, value: 'MINUTES',
      options: DOCUMENT_KINDS.map(value => ({ value, label: code('admin.docKind', value) })) },
    { name: 'title', label: 'admin.documentTitle', maxlength: 300 },
    { name: 'file', label: 'admin.file', type: 'file', required: true, accept: DOCUMENT_TYPES.join(','), hint: 'admin.fileTypePdfImage' },
  ];
}

export function checkDocument(file) {
  if (!file) {
    return {};
  }
  if (file.size > MAX_FILE_BYTES) {
    return { file: 'admin.fileTooLarge' };
  }
  return DOCUMENT_TYPES.includes(file.type) ? {} : { file: 'admin.fileTypePdfImage' };
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/**
 * After a write, waits until the API's read of path differs from what it answered before (read
 * models follow the events a moment later), then draws the page again.
 */
export async function settle(path, before) {
  const was = JSON.stringify(before);
  for (let attempt = 0; attempt < 24; attempt++) {
    try {
      if (JSON.stringify(await get(path)) !== was) {
        notify(t('admin.saved'));
        return refresh();
      }
    } catch (notYet) {
      // a new resource may not be readable yet
    }
    await sleep(250);
  }
  notify(t('admin.notYetShown'));
  return refresh();
}

/** Waits until a read answers (a resource just created), then calls then(). */
export async function whenReadable(path, then) {
  for (let attempt = 0; attempt < 24; attempt++) {
    try {
      await get(path);
      break;
    } catch (notYet) {
      await sleep(250);
    }
  }
  notify(t('admin.saved'));
  return then();
}

function rowField(spec, id, name, value) {
  const inputId = id + '-' + name.replace(/[^a-zA-Z0-9]/g, '-');
  const input = h('input', {
    id: inputId, name, type: 'text', required: spec.required || false, maxlength: spec.maxlength,
    pattern: spec.pattern, value: value || '', placeholder: spec.placeholder, dir: spec.dir,
    inputmode: spec.inputmode, autocomplete: 'off', list: spec.list,
    'data-testid': spec.testid, 'aria-describedby': inputId + '-error',
  });
  return h('div', { class: 'field', 'data-field': name },
    h('label', { for: inputId }, t(spec.label), spec.required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null),
    input,
    h('p', { class: 'field-error', id: inputId + '-error', 'data-testid': 'error-' + name }));
}

/**
 * Rows repeated inside a form (agenda slots, consultation items): each a fieldset of text fields
 * named prefix[i].field, as the API names their errors, with a button to remove it and one to add
 * another. values() answers the rows; the form's own checks validate each field.
 */
export function repeater(spec) {
  const id = spec.id;
  const list = h('div', { class: 'repeat-rows' });
  const status = h('p', { class: 'hint', 'aria-live': 'polite' });
  const add = h('button', { type: 'button', 'data-testid': spec.addTestid }, t(spec.addLabel));

  function renumber() {
    [...list.children].forEach((row, index) => {
      row.querySelector('legend').textContent = t('admin.row', { what: t(spec.rowLabel), n: index + 1 });
      spec.fields.forEach(field => {
        const wrapper = row.querySelector('[data-key="' + field.name + '"]');
        const name = spec.prefix + '[' + index + '].' + field.name;
        wrapper.dataset.field = name;
        const input = wrapper.querySelector('input');
        input.name = name;
        wrapper.querySelector('.field-error').dataset.testid = 'error-' + name;
      });
    });
    add.disabled = list.children.length >= spec.max;
  }

  function addRow(values, focus) {
    if (list.children.length >= spec.max) {
      status.textContent = t('admin.maxRows', { max: spec.max });
      return;
    }
    const index = list.children.length;
    const rowId = id + '-' + Math.random().toString(36).slice(2, 8);
    const fields = spec.fields.map(field => {
      const node = rowField(field, rowId, spec.prefix + '[' + index + '].' + field.name, values && values[field.name]);
      node.dataset.key = field.name;
      return node;
    });
    const remove = h('button', { type: 'button', class: 'danger', 'data-testid': spec.removeTestid }, t('admin.remove'));
    const row = h('fieldset', { class: 'group repeat-row', 'data-testid': spec.rowTestid }, h('legend', {}), fields, remove);
    remove.addEventListener('click', () => {
      row.remove();
      renumber();
      add.focus();
    });
    list.append(row);
    renumber();
    if (focus) {
      row.querySelector('input').focus();
    }
  }

  add.addEventListener('click', () => addRow(null, true));
  (spec.rows || []).forEach(values => addRow(values, false));
  const node = h('fieldset', { class: 'group repeat' }, h('legend', {}, t(spec.legend)),
    spec.hint ? h('p', { class: 'hint' }, t(spec.hint)) : null, list, h('div', {}, add), status);
  return {
    node,
    values: () => [...list.children].map(row => Object.fromEntries(spec.fields.map(field => {
      const value = row.querySelector('[data-key="' + field.name + '"] input').value.trim();
      return [field.name, value === '' ? undefined : value];
    }))),
    name: (index, field) => spec.prefix + '[' + index + '].' + field,
  };
}

/** Puts extra nodes (a repeater) into a form, before the field of that name (else its buttons). */
export function insertIntoForm(formNode, beforeField, ...nodes) {
  const before = (beforeField && formNode.querySelector('[data-field="' + beforeField + '"]')) || formNode.querySelector('.form-actions');
  nodes.forEach(node => before.parentNode.insertBefore(node, before));
  return formNode;
}

/** A toggle that shows one of a row's forms (edit, cancel…) only when asked for. */
export function disclosure(label, testid, content) {
  return h('details', { class: 'disclosure' }, h('summary', { 'data-testid': testid }, label), content);
}
