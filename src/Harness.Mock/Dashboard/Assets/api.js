// The admin calls the page makes. The page names tenants by their id only: it never sees a raw key.

const base = '/__harness';

async function call(method, path) {
  const response = await fetch(base + path, { method, cache: 'no-store', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const error = new Error(`${method} ${path}: HTTP ${response.status}`);
    error.status = response.status;
    throw error;
  }
  const text = await response.text();
  return text ? JSON.parse(text) : {};
}

const q = encodeURIComponent;

export const health = () => call('GET', '/health');

export const tenants = async () => (await call('GET', '/tenants')).tenants ?? [];

export const requests = (after) => call('GET', `/requests?after=${q(after)}`);

export const reset = (id) => call('POST', `/reset?tenant=${q(id)}`);

export const stateUrl = (id) => `${base}/state?tenant=${q(id)}`;

export const state = (id) => call('GET', `/state?tenant=${q(id)}`);

/**
 * A module's view of one tenant (GET /__harness/<api>/view). When the module has no view call (404),
 * its part of the state snapshot stands in, marked { fromSnapshot: true }.
 */
export async function view(api, id) {
  try {
    return await call('GET', `/${q(api)}/view?tenant=${q(id)}`);
  } catch (e) {
    if (e.status !== 404) throw e;
    const snapshot = await state(id);
    return { ...(snapshot[api] ?? {}), fromSnapshot: true };
  }
}
