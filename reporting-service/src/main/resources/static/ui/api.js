// Public reads of the platform, through the same origin (the gateway in a deployment).

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail || 'HTTP ' + status);
    this.status = status;
  }
}

export async function getJson(path, params) {
  const query = new URLSearchParams();
  Object.entries(params || {}).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== '') {
      query.set(name, value);
    }
  });
  const url = query.toString() ? path + '?' + query : path;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let detail = null;
    try {
      detail = (await response.json()).detail;
    } catch (notJson) {
      // the status says enough
    }
    throw new ApiError(response.status, detail);
  }
  return response.json();
}

export const api = {
  network: asOf => getJson('/api/dashboards/network', { asOf }),
  members: () => getJson('/api/exports/members.json'),
  regions: () => getJson('/api/network/regions'),
  figures: asOf => getJson('/api/network/figures', { asOf }),
  activities: asOf => getJson('/api/exports/activities.json', { asOf }),
  collectivity: (id, asOf) => getJson('/api/dashboards/collectivities/' + encodeURIComponent(id), { asOf }),
  audit: (collectivity, after) => getJson('/api/audit', { collectivity, after, limit: 20 }),
};
