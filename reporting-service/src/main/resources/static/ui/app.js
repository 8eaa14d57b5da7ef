// The public dashboards: routes by the hash (#/ the network, #/c/{id} a collectivity), the
// language switch (?lang=ar|fr, remembered) and the "as of" date (?asOf=YYYY-MM-DD).
import { h, replace } from './dom.js';
import { t, lang, isRtl, otherLanguage, setLanguage } from './i18n.js';
import * as networkPage from './network-page.js';
import * as collectivityPage from './collectivity-page.js';

const page = document.getElementById('page');
const languageNames = { ar: 'العربية', fr: 'Français' };
let shown = null;
let navigation = 0;

function route() {
  const path = location.hash.replace(/^#/, '') || '/';
  const collectivity = path.match(/^\/c\/([^/?#]+)/);
  return collectivity
    ? { module: collectivityPage, id: decodeURIComponent(collectivity[1]) }
    : { module: networkPage };
}

function asOf() {
  const value = new URLSearchParams(location.search).get('asOf');
  return /^\d{4}-\d{2}-\d{2}$/.test(value || '') ? value : '';
}

function setParam(name, value) {
  const url = new URL(location.href);
  if (value) {
    url.searchParams.set(name, value);
  } else {
    url.searchParams.delete(name);
  }
  history.replaceState(null, '', url);
}

function applyLanguage() {
  const root = document.documentElement;
  root.lang = lang();
  root.dir = isRtl() ? 'rtl' : 'ltr';
  document.title = 'REMACTO — ' + t('network.name');
  document.querySelectorAll('[data-i18n]').forEach(node => {
    node.textContent = t(node.dataset.i18n);
  });
  const other = otherLanguage();
  const button = document.querySelector('.lang-switch');
  button.textContent = languageNames[other];
  button.lang = other;
  button.dir = other === 'ar' ? 'rtl' : 'ltr';
}

function failure(error) {
  if (error && error.status === 404) {
    return h('div', { class: 'state', 'data-testid': 'not-found' }, h('p', {}, t('error.notFound')),
      h('a', { href: '#/' }, t('back')));
  }
  return h('div', { class: 'state error', 'data-testid': 'load-error' }, h('p', {}, t('error.load')),
    h('button', { type: 'button', onclick: () => show(true) }, t('retry')));
}

async function show(reload) {
  const wanted = route();
  const key = (wanted.id || '') + '|' + asOf();
  if (reload || !shown || shown.key !== key || shown.module !== wanted.module) {
    const current = ++navigation;
    delete page.dataset.ready;
    replace(page, h('p', { class: 'state', 'data-testid': 'loading' }, t('loading')));
    try {
      const data = await wanted.module.load(wanted, asOf());
      if (current !== navigation) {
        return;
      }
      shown = { key, module: wanted.module, data };
    } catch (error) {
      if (current === navigation) {
        shown = null;
        replace(page, failure(error));
      }
      return;
    }
  }
  replace(page, shown.module.draw(shown.data));
  page.dataset.ready = 'true';
}

function start() {
  applyLanguage();
  const dateInput = document.querySelector('[data-testid="as-of"]');
  dateInput.value = asOf();
  dateInput.max = new Date().toISOString().slice(0, 10);
  dateInput.addEventListener('change', () => {
    setParam('asOf', dateInput.value);
    show();
  });
  document.querySelector('.lang-switch').addEventListener('click', () => {
    setLanguage(otherLanguage());
    setParam('lang', lang());
    applyLanguage();
    show();
  });
  window.addEventListener('hashchange', () => {
    window.scrollTo(0, 0);
    show();
  });
  show();
}

start();
