// How this deployment signs people in (/app/config.json, from the gateway), read once.
let loaded = null;

export function config() {
  if (!loaded) {
    loaded = fetch('/app/config.json', { headers: { Accept: 'application/json' } })
      .then(response => response.ok ? response.json() : { devSignIn: false, oidc: { available: false } })
      .catch(() => ({ devSignIn: false, oidc: { available: false } }));
  }
  return loaded;
}
