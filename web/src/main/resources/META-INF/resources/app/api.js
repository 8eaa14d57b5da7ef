// Every call of the application goes here, to the public HTTP API through the same origin (the
// gateway): with the signed-in user's token, and with the API's problem details on failure.
import { token, hadSession, expired, renew, refused } from './session.js';

/** A refusal of the API (RFC 9457 problem details: status, code, detail, errors). */
export class ApiProblem extends Error {
  constructor(status, problem) {
    super((problem && problem.detail) || 'HTTP ' + status);
    this.status = status;
    this.code = (problem && problem.code) || (status === 0 ? 'network-error' : 'http-' + status);
    this.detail = (problem && problem.detail) || null;
    this.errors = (problem && Array.isArray(problem.errors)) ? problem.errors : [];
    this.retryAfter = problem && problem.retryAfter ? problem.retryAfter : null;
  }
}

/** The session is over: the user must sign in again (their form input is kept meanwhile). */
export class SessionExpired extends Error {
  constructor() {
    super('session-expired');
  }
}

function url(path, query) {
  const params = new URLSearchParams();
  Object.entries(query || {}).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== '') {
      params.set(name, value);
    }
  });
  const text = params.toString();
  return text ? path + (path.includes('?') ? '&' : '?') + text : path;
}

async function problemOf(response) {
  let body = null;
  try {
    body = await response.json();
  } catch (notJson) {
    // the status says enough
  }
  const problem = new ApiProblem(response.status, body);
  problem.retryAfter = response.headers.get('Retry-After');
  return problem;
}

/**
 * Calls the API. body: an object (sent as JSON), or a Blob/File (sent as is with its type or
 * contentType). A write without a valid session throws SessionExpired before anything is sent.
 */
export async function call(method, path, options) {
  const { body, query, contentType, anonymous } = options || {};
  const headers = { Accept: 'application/json, application/problem+json' };
  if (!anonymous && hadSession() && expired()) {
    await renew();
  }
  const bearer = anonymous ? null : token();
  if (bearer) {
    headers.Authorization = 'Bearer ' + bearer;
  } else if (method !== 'GET' && !anonymous && hadSession() && expired()) {
    throw new SessionExpired();
  }
  let payload;
  if (body instanceof Blob) {
    payload = body;
    headers['Content-Type'] = contentType || body.type || 'application/octet-stream';
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  }
  const send = async withToken => {
    const sent = Object.assign({}, headers);
    if (withToken) {
      sent.Authorization = 'Bearer ' + withToken;
    } else {
      delete sent.Authorization;
    }
    try {
      return await fetch(url(path, query), { method, headers: sent, body: payload });
    } catch (unreachable) {
      throw new ApiProblem(0, null);
    }
  };
  let response = await send(bearer);
  if (response.status === 401 && bearer) {
    // the token was refused: renew it if the provider allows, else a read goes on without it
    refused();
    if (await renew()) {
      response = await send(token());
    } else if (method === 'GET') {
      response = await send(null);
    }
    if (response.status === 401) {
      throw new SessionExpired();
    }
  }
  if (!response.ok) {
    throw await problemOf(response);
  }
  if (response.status === 204) {
    return null;
  }
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

export const get = (path, query) => call('GET', path, { query });
export const post = (path, body, options) => call('POST', path, Object.assign({ body }, options || {}));
export const put = (path, body, options) => call('PUT', path, Object.assign({ body }, options || {}));
export const del = (path, body) => call('DELETE', path, { body });

/** Every page of a paginated read ({items, next}), up to max items. */
export async function all(path, query, max) {
  const items = [];
  let after = null;
  do {
    const page = await get(path, Object.assign({}, query, { after, limit: 100 }));
    items.push(...(page.items || []));
    after = page.next || null;
  } while (after && items.length < (max || 1000));
  return items;
}

export const enc = encodeURIComponent;
