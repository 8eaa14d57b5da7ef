// The home page (find one's collectivity; where each kind of user starts) and the sign-in page:
// the OpenID Connect provider, or in the local run the development sign-in (loopback only).
import { h } from './dom.js';
import { t, placeName, code } from './i18n.js';
import { all, post } from './api.js';
import { form, codeOptions } from './forms.js';
import { go } from './router.js';
import { page, card, table, badge } from './ui.js';
import * as session from './session.js';
import { config } from './config.js';

export const LABELS = {};

const ROLES = ['CITIZEN', 'COLLECTIVITY_ADMIN', 'NETWORK_OPERATOR', 'ANALYST'];

async function members() {
  return all('/api/collectivities', {}, 2000);
}

async function home() {
  const list = await members();
  const rows = list.filter(c => c.status !== 'WITHDRAWN');
  const filter = h('input', { type: 'search', class: 'filter', id: 'home-filter', 'data-testid': 'collectivity-filter' });
  const body = h('div', {});
  const draw = () => {
    const needle = filter.value.trim().toLowerCase();
    const shown = rows.filter(c => !needle || [c.id, c.nameAr, c.nameFr, c.nameTzm].filter(Boolean)
      .some(name => name.toLowerCase().includes(needle)));
    body.replaceChildren(table([
      { label: t('collectivity'), cell: c => h('a', { href: '#/c/' + encodeURIComponent(c.id), 'data-testid': 'collectivity-link' }, placeName(c)) },
      { label: t('kind'), cell: c => code('kind', c.kind) },
      { label: t('status'), cell: c => badge(code('membership', c.status)) },
    ], shown, { rowTestid: 'collectivity-row', caption: t('home.members') }));
  };
  filter.addEventListener('input', draw);
  draw();
  const starts = [];
  if (session.hasRole('COLLECTIVITY_ADMIN') && session.collectivity()) {
    starts.push(h('li', {}, h('a', { href: '#/admin/' + encodeURIComponent(session.collectivity()), 'data-testid': 'start-admin' }, t('home.adminConsole'))));
  }
  if (session.hasRole('NETWORK_OPERATOR')) {
    starts.push(h('li', {}, h('a', { href: '#/operator', 'data-testid': 'start-operator' }, t('home.operatorConsole'))));
  }
  if (session.hasRole('CITIZEN')) {
    starts.push(h('li', {}, h('a', { href: '#/me', 'data-testid': 'start-citizen' }, t('home.mySpace'))));
  }
  return page(t('home.title'),
    h('p', { class: 'subtitle' }, t('home.intro')),
    starts.length ? card(t('home.start'), {}, h('ul', {}, starts)) : null,
    card(t('home.members'), { 'data-testid': 'collectivities' },
      h('label', { for: 'home-filter' }, t('home.find')), filter, body));
}

async function signIn(params, query) {
  const options = await config();
  const back = query.get('return') || '/';
  const sections = [];
  if (query.get('expired')) {
    sections.push(h('p', { class: 'notice-box', role: 'alert', 'data-testid': 'session-expired' }, t('signIn.expired')));
  }
  if (options.oidc && options.oidc.available) {
    sections.push(card(t('signIn.provider'), {},
      h('p', {}, t('signIn.providerText')),
      h('button', { type: 'button', class: 'primary', 'data-testid': 'oidc-sign-in',
        onclick: () => session.startOidc(options.oidc, back) }, t('signIn.withProvider'))));
  }
  if (options.devSignIn) {
    const list = await members();
    const places = list.map(c => ({ value: c.id, label: placeName(c) }));
    sections.push(form({
      id: 'dev-sign-in', title: 'signIn.dev', intro: t('signIn.devText'), submitLabel: 'signIn',
      fields: [
        { name: 'role', label: 'signIn.role', type: 'select', required: true, options: codeOptions('role', ROLES), value: 'CITIZEN' },
        { name: 'sub', label: 'signIn.sub', required: true, maxlength: 200, value: 'citizen-' + Math.random().toString(36).slice(2, 8) },
        { name: 'collectivity', label: 'signIn.collectivity', type: 'select', options: places, hint: 'signIn.collectivityHint' },
        { name: 'residence', label: 'signIn.residence', type: 'select', options: places, hint: 'signIn.residenceHint' },
      ],
      check: values => values.role === 'COLLECTIVITY_ADMIN' && !values.collectivity ? { collectivity: 'signIn.collectivityRequired' } : {},
      submit: values => post('/dev/tokens', {
        sub: values.sub, roles: [values.role],
        collectivity: values.role === 'COLLECTIVITY_ADMIN' ? values.collectivity : undefined,
        residence: values.role === 'CITIZEN' ? values.residence : undefined,
      }, { anonymous: true }),
      done: answer => {
        session.signIn(answer.token, 'dev');
        window.dispatchEvent(new Event('remacto:session'));
        go(back);
      },
    }));
  }
  if (!sections.some(node => node.tagName === 'FORM' || node.querySelector && node.querySelector('button'))) {
    sections.push(h('p', { class: 'state error', 'data-testid': 'no-sign-in' }, t('signIn.unavailable')));
  }
  return page(t('signIn'), sections);
}

export const PAGES = { home, signIn };
