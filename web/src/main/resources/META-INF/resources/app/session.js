// Who is signed in: the access token (in this tab's session storage only) and its claims. Tokens
// come from the OpenID Connect provider (authorization code with PKCE) or, in the local run, from
// the development issuer. The application never sees a password.

const SESSION_KEY = 'remacto.session';
const PKCE_KEY = 'remacto.pkce';
const SKEW_MS = 5000;

let session = load();

function load() {
  try {
    const stored = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
    return stored && stored.token ? stored : null;
  } catch (unreadable) {
    return null;
  }
}

function store(next) {
  session = next;
  try {
    if (next) {
      sessionStorage.setItem(SESSION_KEY, JSON.stringify(next));
    } else {
      sessionStorage.removeItem(SESSION_KEY);
    }
  } catch (storageDenied) {
    // the session then lasts as long as the page
  }
}

function base64UrlDecode(part) {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64 + '==='.slice((base64.length + 3) % 4)), c => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

function base64UrlEncode(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString(length) {
  return base64UrlEncode(crypto.getRandomValues(new Uint8Array(length))).slice(0, length);
}

/** The claims of a JWT, unverified: the API verifies every token; the page only reads them. */
export function claimsOf(token) {
  try {
    return JSON.parse(base64UrlDecode(token.split('.')[1]));
  } catch (notAJwt) {
    return {};
  }
}

export function signIn(token, via, idToken, renewal) {
  store({ token, via, idToken: idToken || null, claims: claimsOf(token), renewal: renewal || null });
}

/**
 * A provider's access token lives minutes: once it has expired, the refresh token (kept like
 * the access token, in this tab only) gets a new one without asking the user. False when there is
 * nothing to renew with or the provider refuses (its session ended): the user signs in again.
 */
export async function renew() {
  if (!session || !session.renewal || !session.renewal.refreshToken) {
    return false;
  }
  const { tokenEndpoint, clientId, refreshToken } = session.renewal;
  try {
    const response = await fetch(tokenEndpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: clientId }),
    });
    if (!response.ok) {
      return false;
    }
    const tokens = await response.json();
    signIn(tokens.access_token, session.via, tokens.id_token || session.idToken,
      { tokenEndpoint, clientId, refreshToken: tokens.refresh_token || refreshToken });
    window.dispatchEvent(new Event('remacto:session'));
    return true;
  } catch (unreachable) {
    return false;
  }
}

/** The API refused the token (401): the session counts as expired from now on. */
export function refused() {
  if (session) {
    store(Object.assign({}, session, { claims: Object.assign({}, session.claims, { exp: 1 }) }));
    window.dispatchEvent(new Event('remacto:session'));
  }
}

export function signOut() {
  const previous = session;
  store(null);
  return previous;
}

/** The current token, or null when nobody is signed in or the token has expired. */
export function token() {
  return session && !expired() ? session.token : null;
}

export function hadSession() {
  return session !== null;
}

export function expired() {
  return Boolean(session && session.claims.exp && session.claims.exp * 1000 <= Date.now() + SKEW_MS);
}

export function signedIn() {
  return token() !== null;
}

export function claims() {
  return session ? session.claims : {};
}

export function roles() {
  const value = claims().roles;
  return Array.isArray(value) ? value : [];
}

export function hasRole(role) {
  return signedIn() && roles().includes(role);
}

export function collectivity() {
  return claims().collectivity || null;
}

export function residence() {
  return claims().residence || null;
}

export function via() {
  return session ? session.via : null;
}

export function idToken() {
  return session ? session.idToken : null;
}

/** The page's own address, where the provider sends the browser back. */
export function redirectUri() {
  return location.origin + '/app/';
}

/** Sends the browser to the provider's sign-in page: authorization code with PKCE (S256). */
export async function startOidc(oidc, returnRoute) {
  const verifier = randomString(64);
  const challenge = base64UrlEncode(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const state = randomString(32);
  sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier, state, returnRoute }));
  const url = new URL(oidc.authorizationEndpoint);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', oidc.clientId);
  url.searchParams.set('redirect_uri', redirectUri());
  url.searchParams.set('scope', 'openid');
  url.searchParams.set('state', state);
  url.searchParams.set('code_challenge', challenge);
  url.searchParams.set('code_challenge_method', 'S256');
  location.assign(url.toString());
}

/**
 * Back from the provider with ?code&state: checks the state, exchanges the code (with the PKCE
 * verifier) for tokens, and answers the route to go back to; null when this is no such return.
 */
export async function finishOidc(oidc) {
  const query = new URLSearchParams(location.search);
  if (!query.has('code') && !query.has('error')) {
    return null;
  }
  const pending = JSON.parse(sessionStorage.getItem(PKCE_KEY) || 'null');
  sessionStorage.removeItem(PKCE_KEY);
  history.replaceState(null, '', location.pathname + location.hash);
  if (query.has('error') || !pending || pending.state !== query.get('state') || !oidc || !oidc.tokenEndpoint) {
    throw new Error(query.get('error_description') || query.get('error') || 'sign-in-state-mismatch');
  }
  const response = await fetch(oidc.tokenEndpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: query.get('code'),
      redirect_uri: redirectUri(),
      client_id: oidc.clientId,
      code_verifier: pending.verifier,
    }),
  });
  if (!response.ok) {
    throw new Error('token-exchange-failed');
  }
  const tokens = await response.json();
  signIn(tokens.access_token, 'oidc', tokens.id_token,
    tokens.refresh_token ? { tokenEndpoint: oidc.tokenEndpoint, clientId: oidc.clientId, refreshToken: tokens.refresh_token } : null);
  return pending.returnRoute || '/';
}
