// Starts the application: the sign-in options, a return from the provider, the header (who is
// signed in, the sections their roles open, sign-out, language) and the routes of every area.
import { h, replace } from './dom.js';
import { t, lang, setLanguage, translateStatic, addLabels } from './i18n.js';
import { render, route, go, current } from './router.js';
import { saveDrafts } from './forms.js';
import * as session from './session.js';
import { NAV as CITIZEN_NAV, NAV_LABELS as CITIZEN_LABELS } from './citizen-routes.js';
import { NAV as ADMIN_NAV, NAV_LABELS as ADMIN_LABELS } from './admin-routes.js';
import { NAV as OPERATOR_NAV, NAV_LABELS as OPERATOR_LABELS } from './operator-routes.js';
import { NAV as PROGRAM_NAV, NAV_LABELS as PROGRAM_LABELS } from './program-routes.js';
import { config } from './config.js';

addLabels(Object.assign({}, CITIZEN_LABELS, ADMIN_LABELS, PROGRAM_LABELS, OPERATOR_LABELS));

route('/', './home.js', 'home');
route('/sign-in', './home.js', 'signIn');

function drawHeader() {
  document.documentElement.lang = lang();
  document.documentElement.dir = lang() === 'ar' ? 'rtl' : 'ltr';
  document.title = t('app.title');
  translateStatic(document);
  const switcher = document.querySelector('.lang-switch');
  switcher.textContent = lang() === 'ar' ? 'Français' : 'العربية';
  switcher.lang = lang() === 'ar' ? 'fr' : 'ar';
  const who = document.getElementById('who');
  const signedIn = session.signedIn();
  who.textContent = signedIn ? t('who', { roles: session.roles().map(role => t('role.' + role)).join('، ') }) : '';
  document.getElementById('sign-out').hidden = !signedIn;
  document.getElementById('sign-in').hidden = signedIn;
  const items = [...CITIZEN_NAV, ...ADMIN_NAV, ...PROGRAM_NAV, ...OPERATOR_NAV]
    .filter(item => !item.roles || item.roles.some(session.hasRole));
  replace(document.getElementById('nav'), h('ul', {}, items.map(item => {
    const path = typeof item.path === 'function' ? item.path() : item.path;
    return h('li', {}, h('a', { href: '#' + path, 'data-testid': item.testid,
      'aria-current': current().path === path ? 'page' : null }, t(item.label)));
  })));
}

async function signOut() {
  const previous = session.signOut();
  const options = await config();
  if (previous && previous.via === 'oidc' && options.oidc && options.oidc.endSessionEndpoint) {
    const url = new URL(options.oidc.endSessionEndpoint);
    url.searchParams.set('client_id', options.oidc.clientId);
    url.searchParams.set('post_logout_redirect_uri', session.redirectUri());
    if (previous.idToken) {
      url.searchParams.set('id_token_hint', previous.idToken);
    }
    location.assign(url.toString());
    return;
  }
  drawHeader();
  go('/');
}

async function boot() {
  document.querySelector('.lang-switch').addEventListener('click', () => {
    saveDrafts();
    setLanguage(lang() === 'ar' ? 'fr' : 'ar');
    const query = new URLSearchParams(location.search);
    query.set('lang', lang());
    history.replaceState(null, '', location.pathname + '?' + query + location.hash);
    drawHeader();
    render();
  });
  document.getElementById('sign-out').addEventListener('click', signOut);
  document.querySelector('.skip-link').addEventListener('click', event => {
    event.preventDefault();
    document.getElementById('page').focus();
  });
  window.addEventListener('hashchange', () => {
    drawHeader();
    render();
  });
  try {
    const returnRoute = await session.finishOidc((await config()).oidc);
    if (returnRoute) {
      location.hash = '#' + returnRoute;
    }
  } catch (failed) {
    replace(document.getElementById('notice'), t('signIn.failed'));
  }
  drawHeader();
  await render();
}

window.addEventListener('remacto:session', drawHeader);
boot();
