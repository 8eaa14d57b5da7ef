// Hash routes (#/c/temara, #/admin/temara…): each names the module of its area, loaded when first
// needed, and the page function in it. A page that needs a role sends a signed-out visitor to the
// sign-in page first, and back afterwards.
import { h, replace } from './dom.js';
import { t, addLabels } from './i18n.js';
import { signedIn, hadSession, hasRole, expired, renew } from './session.js';
import { problemView } from './forms.js';
import { SessionExpired } from './api.js';

const routes = [];
const loaded = new Map();
let renderCount = 0;

/**
 * Declares a route: pattern ('/c/:id'), the area module ('./citizen.js', exporting LABELS and
 * PAGES), the page's name in PAGES, and the roles that may open it (any signed-in user when
 * roles is [], anyone when absent).
 */
export function route(pattern, area, page, roles) {
  const names = [];
  const regex = new RegExp('^' + pattern.replace(/:([a-zA-Z]+)/g, (match, name) => {
    names.push(name);
    return '([^/]+)';
  }) + '$');
  routes.push({ regex, names, area, page, roles });
}

/** The current route: its path (/c/temara) and query (?return=…). */
export function current() {
  const hash = location.hash.startsWith('#/') ? location.hash.slice(1) : '/';
  const [path, query] = hash.split('?');
  return { path, query: new URLSearchParams(query || '') };
}

export function go(path) {
  if (location.hash === '#' + path) {
    render();
  } else {
    location.hash = '#' + path;
  }
}

/** Keeps where the user was and asks them to sign in again (their input is already saved). */
export function askToSignInAgain() {
  const back = current().path + (current().query.toString() ? '?' + current().query : '');
  go('/sign-in?expired=1&return=' + encodeURIComponent(back));
}

async function areaModule(area) {
  if (!loaded.has(area)) {
    loaded.set(area, import(area).then(module => {
      addLabels(module.LABELS || {});
      return module;
    }));
  }
  return loaded.get(area);
}

/** Draws the page of the current route into main#page, then moves the focus to its heading. */
export async function render() {
  const main = document.getElementById('page');
  const mine = ++renderCount;
  const { path, query } = current();
  const match = routes.map(r => ({ r, m: r.regex.exec(path) })).find(found => found.m);
  main.dataset.ready = 'false';
  if (!match) {
    replace(main, h('section', { class: 'page' }, h('h1', { tabindex: '-1', 'data-testid': 'page-title' }, t('notFound')), h('a', { href: '#/' }, t('home'))));
    main.dataset.ready = 'true';
    return;
  }
  const { r, m } = match;
  if (r.roles && hadSession() && expired()) {
    await renew();
  }
  if (r.roles && !signedIn()) {
    const back = path + (query.toString() ? '?' + query : '');
    go('/sign-in?' + (hadSession() ? 'expired=1&' : '') + 'return=' + encodeURIComponent(back));
    return;
  }
  if (r.roles && r.roles.length && !r.roles.some(hasRole)) {
    replace(main, h('section', { class: 'page' }, h('h1', { tabindex: '-1', 'data-testid': 'page-title' }, t('forbidden.title')),
      h('p', {}, t('forbidden.text')), h('a', { href: '#/' }, t('home'))));
    main.dataset.ready = 'true';
    return;
  }
  const params = {};
  r.names.forEach((name, index) => { params[name] = decodeURIComponent(m[index + 1]); });
  try {
    const module = await areaModule(r.area);
    const content = await module.PAGES[r.page](params, query);
    if (mine !== renderCount) {
      return;
    }
    replace(main, content);
  } catch (failure) {
    if (mine !== renderCount) {
      return;
    }
    if (failure instanceof SessionExpired) {
      askToSignInAgain();
      return;
    }
    replace(main, h('section', { class: 'page' }, h('h1', { tabindex: '-1', 'data-testid': 'page-title' }, t('error.title')), problemView(failure)));
  }
  main.dataset.ready = 'true';
  if (!main.dataset.readyAt) {
    main.dataset.readyAt = String(Math.round(performance.now()));
  }
  const heading = main.querySelector('h1');
  if (heading && document.body.dataset.booted === 'true') {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: false });
  }
  document.body.dataset.booted = 'true';
}

/** Draws a page again in place (after an action changed what it shows), keeping the scroll. */
export async function refresh() {
  const y = window.scrollY;
  await render();
  window.scrollTo(0, y);
}
