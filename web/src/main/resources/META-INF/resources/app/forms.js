// Forms that check what the API checks before anything is sent, show the API's problem details
// in the user's language (its code's label, and each field's error beside the field), keep the
// input when the session expires (restored after signing in again), and show progress meanwhile.
import { h } from './dom.js';
import { t, has } from './i18n.js';
import { ApiProblem, SessionExpired } from './api.js';
import { askToSignInAgain } from './router.js';

const DRAFT_PREFIX = 'remacto.draft:';
let formCount = 0;

function draftKey(formId) {
  return DRAFT_PREFIX + location.hash + ':' + formId;
}

/** Keeps every form's input of the page, to be put back when the page is drawn again. */
export function saveDrafts() {
  document.querySelectorAll('form[data-form-id]').forEach(form => {
    const values = {};
    form.querySelectorAll('input, select, textarea').forEach(input => {
      if (input.name && input.type !== 'file' && input.type !== 'password') {
        values[input.name] = input.type === 'checkbox' ? input.checked : input.value;
      }
    });
    try {
      sessionStorage.setItem(draftKey(form.dataset.formId), JSON.stringify(values));
    } catch (storageDenied) {
      // nothing more can be done for it
    }
  });
}

function restoreDraft(form) {
  const key = draftKey(form.dataset.formId);
  let values = null;
  try {
    values = JSON.parse(sessionStorage.getItem(key) || 'null');
    sessionStorage.removeItem(key);
  } catch (unreadable) {
    return;
  }
  if (!values) {
    return;
  }
  Object.entries(values).forEach(([name, value]) => {
    const input = form.elements.namedItem(name);
    if (!input || input instanceof RadioNodeList) {
      return;
    }
    if (input.type === 'checkbox') {
      input.checked = Boolean(value);
    } else {
      input.value = value;
    }
  });
  form.dataset.restored = 'true';
}

/** The label of a problem's code in the user's language, or the API's own words. */
export function problemMessage(problem) {
  if (problem instanceof ApiProblem) {
    if (has('problem.' + problem.code)) {
      return t('problem.' + problem.code);
    }
    return t('problem.generic', { status: problem.status }) + (problem.detail ? ' — ' + problem.detail : '');
  }
  return t('problem.unexpected');
}

/**
 * A problem as the page shows it: its message, and its errors (fields, or rows and columns of an
 * imported file, as a table).
 */
export function problemView(problem) {
  const rows = problem instanceof ApiProblem ? problem.errors : [];
  const located = rows.filter(error => error.line !== undefined || error.row !== undefined);
  const fields = rows.filter(error => error.field !== undefined);
  return h('div', { class: 'problem', role: 'alert', 'data-testid': 'problem',
    'data-code': problem instanceof ApiProblem ? problem.code : 'unexpected' },
  h('p', { class: 'problem-message' }, problemMessage(problem)),
  problem instanceof ApiProblem && problem.detail && has('problem.' + problem.code)
    ? h('details', { class: 'problem-detail' }, h('summary', {}, t('problem.technical')),
      h('p', { lang: 'en', dir: 'ltr' }, problem.detail)) : null,
  problem instanceof ApiProblem && problem.retryAfter
    ? h('p', {}, t('problem.retryAfter', { seconds: problem.retryAfter })) : null,
  fields.length ? h('ul', { class: 'problem-fields' },
    fields.map(error => h('li', {}, h('strong', {}, error.field), ' : ', error.message))) : null,
  located.length ? h('div', { class: 'table-scroll', tabindex: '0', role: 'region',
    'aria-label': t('problem.rows', { count: located.length }) }, h('table', { 'data-testid': 'row-errors' },
    h('caption', {}, t('problem.rows', { count: located.length })),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('problem.row')), h('th', { scope: 'col' }, t('problem.column')),
      h('th', { scope: 'col' }, t('problem.detail')))),
    h('tbody', {}, located.map(error => h('tr', { 'data-testid': 'row-error' },
      h('td', { class: 'num' }, error.row !== undefined ? error.row : error.line),
      h('td', {}, error.column || '—'), h('td', {}, error.message)))))) : null);
}

function inputFor(spec, id, hintId) {
  const common = {
    id, name: spec.name, required: spec.required || false, 'aria-describedby': hintId,
    'data-testid': spec.testid || 'field-' + spec.name, autocomplete: spec.autocomplete || 'off',
  };
  if (spec.type === 'textarea') {
    return h('textarea', Object.assign(common, { rows: spec.rows || 4, maxlength: spec.maxlength, value: spec.value }));
  }
  if (spec.type === 'select') {
    const select = h('select', common,
      spec.required ? null : h('option', { value: '' }, spec.emptyLabel ? t(spec.emptyLabel) : '—'),
      (spec.options || []).map(option => h('option', { value: option.value }, option.label)));
    if (spec.value !== undefined && spec.value !== null) {
      select.value = spec.value;
    }
    return select;
  }
  if (spec.type === 'checkbox') {
    const box = h('input', Object.assign(common, { type: 'checkbox' }));
    box.checked = Boolean(spec.value);
    return box;
  }
  return h('input', Object.assign(common, {
    type: spec.type || 'text', min: spec.min, max: spec.max, step: spec.step, maxlength: spec.maxlength,
    minlength: spec.minlength, pattern: spec.pattern, accept: spec.accept, value: spec.value,
    inputmode: spec.inputmode, dir: spec.dir,
  }));
}

function field(spec, formId) {
  if (spec.type === 'hidden') {
    return h('input', { type: 'hidden', name: spec.name, value: spec.value });
  }
  if (spec.type === 'group') {
    return h('fieldset', { class: 'group' }, h('legend', {}, t(spec.label)),
      spec.fields.map(inner => field(inner, formId)));
  }
  const id = formId + '-' + spec.name;
  const hintId = id + '-hint';
  const errorId = id + '-error';
  const input = inputFor(spec, id, spec.hint ? hintId + ' ' + errorId : errorId);
  const label = h('label', { for: id }, t(spec.label), spec.required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null);
  return h('div', { class: 'field' + (spec.type === 'checkbox' ? ' field-check' : ''), 'data-field': spec.name },
    spec.type === 'checkbox' ? [input, label] : [label, input],
    spec.hint ? h('p', { class: 'hint', id: hintId }, t(spec.hint)) : null,
    h('p', { class: 'field-error', id: errorId, 'data-testid': 'error-' + spec.name }));
}

function validityMessage(input) {
  const v = input.validity;
  if (v.valueMissing) {
    return t('validation.required');
  }
  if (v.tooLong) {
    return t('validation.tooLong', { max: input.maxLength });
  }
  if (v.tooShort) {
    return t('validation.tooShort', { min: input.minLength });
  }
  if (v.rangeUnderflow) {
    return t('validation.min', { min: input.min });
  }
  if (v.rangeOverflow) {
    return t('validation.max', { max: input.max });
  }
  if (v.stepMismatch) {
    return t('validation.step');
  }
  return t('validation.format');
}

function showFieldError(form, name, message) {
  const input = form.elements.namedItem(name);
  const error = form.querySelector('[data-field="' + CSS.escape(name) + '"] .field-error');
  if (input && !(input instanceof RadioNodeList)) {
    input.setAttribute('aria-invalid', 'true');
  }
  if (error) {
    error.textContent = message;
  }
  return Boolean(error);
}

function clearErrors(form) {
  form.querySelectorAll('[aria-invalid]').forEach(input => input.removeAttribute('aria-invalid'));
  form.querySelectorAll('.field-error').forEach(error => { error.textContent = ''; });
  form.querySelector('.form-status').replaceChildren();
}

/** The form's values: numbers as numbers, empty fields left out, a file as its File. */
function valuesOf(form, specs) {
  const values = {};
  const flat = specs.flatMap(spec => spec.type === 'group' ? spec.fields : [spec]);
  flat.forEach(spec => {
    const input = form.elements.namedItem(spec.name);
    if (!input) {
      return;
    }
    if (spec.type === 'file') {
      values[spec.name] = input.files && input.files[0] ? input.files[0] : undefined;
    } else if (spec.type === 'checkbox') {
      values[spec.name] = input.checked;
    } else if (input.value === '') {
      values[spec.name] = undefined;
    } else if (spec.type === 'number') {
      values[spec.name] = Number(input.value);
    } else {
      values[spec.name] = input.value;
    }
  });
  return values;
}

/**
 * A form. spec: {id, title, fields: [{name, label, type, required, min, max, maxlength, pattern,
 * options, value, hint}], submitLabel, check: values => ({field: labelKey}) for rules the browser
 * cannot check, submit: async values => result, done: (result, form) => void, busyLabel}.
 */
export function form(spec) {
  const formId = spec.id || 'form-' + (++formCount);
  const status = h('div', { class: 'form-status', 'aria-live': 'assertive' });
  const button = h('button', { type: 'submit', class: 'primary', 'data-testid': spec.submitTestid || formId + '-submit' },
    t(spec.submitLabel || 'form.submit'));
  const element = h('form', { class: 'form card', novalidate: true, 'data-form-id': formId, 'data-testid': formId,
    'aria-labelledby': spec.title ? formId + '-title' : null },
  spec.title ? h('h2', { id: formId + '-title' }, t(spec.title)) : null,
  spec.intro ? h('p', { class: 'muted' }, spec.intro) : null,
  spec.fields.map(inner => field(inner, formId)),
  h('div', { class: 'form-actions' }, button, spec.extraActions || null),
  status);

  element.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(element);
    let firstInvalid = null;
    element.querySelectorAll('input, select, textarea').forEach(input => {
      if (input.willValidate && !input.checkValidity()) {
        showFieldError(element, input.name, validityMessage(input));
        firstInvalid = firstInvalid || input;
      }
    });
    const values = valuesOf(element, spec.fields);
    if (!firstInvalid && spec.check) {
      Object.entries(spec.check(values) || {}).forEach(([name, key]) => {
        showFieldError(element, name, t(key));
        const input = element.elements.namedItem(name);
        firstInvalid = firstInvalid || (input instanceof Element ? input : null);
      });
    }
    if (firstInvalid) {
      status.append(h('p', { class: 'problem-message', role: 'alert', 'data-testid': 'form-invalid' }, t('validation.summary')));
      firstInvalid.focus();
      return;
    }
    button.disabled = true;
    element.setAttribute('aria-busy', 'true');
    status.append(h('p', { class: 'busy', 'data-testid': 'busy' }, t(spec.busyLabel || 'form.sending')));
    try {
      const result = await spec.submit(values, element);
      status.replaceChildren(h('p', { class: 'success', 'data-testid': 'form-done' }, t(spec.doneLabel || 'form.done')));
      if (spec.done) {
        await spec.done(result, element);
      }
    } catch (failure) {
      status.replaceChildren();
      if (failure instanceof SessionExpired) {
        saveDrafts();
        askToSignInAgain();
        return;
      }
      if (failure instanceof ApiProblem) {
        failure.errors.filter(error => error.field).forEach(error =>
          showFieldError(element, error.field, error.message));
      }
      status.append(problemView(failure));
      status.querySelector('[role=alert]').focus && status.setAttribute('tabindex', '-1');
    } finally {
      button.disabled = false;
      element.removeAttribute('aria-busy');
    }
  });
  queueMicrotask(() => restoreDraft(element));
  return element;
}

/** A one-button action (close, hold, withdraw…) with its problem shown beside it. */
export function action(labelKey, run, options) {
  const opts = options || {};
  const status = h('span', { class: 'action-status', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: opts.danger ? 'danger' : null, 'data-testid': opts.testid }, t(labelKey));
  button.addEventListener('click', async () => {
    if (opts.confirm && !window.confirm(t(opts.confirm))) {
      return;
    }
    button.disabled = true;
    status.replaceChildren(h('span', { class: 'busy' }, t('form.sending')));
    try {
      const result = await run();
      status.replaceChildren(h('span', { class: 'success' }, t('form.done')));
      if (opts.done) {
        await opts.done(result);
      }
    } catch (failure) {
      status.replaceChildren();
      if (failure instanceof SessionExpired) {
        saveDrafts();
        askToSignInAgain();
        return;
      }
      status.append(problemView(failure));
    } finally {
      button.disabled = false;
    }
  });
  return h('span', { class: 'action' }, button, status);
}

/** Options of a select from codes, each labelled by its code label ("status.ACTIVE"). */
export function codeOptions(group, values) {
  return values.map(value => ({ value, label: has(group + '.' + value) ? t(group + '.' + value) : value }));
}
