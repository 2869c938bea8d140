// The left column: one tenant's state, one section per API, re-read when asked.
import * as api from './api.js';
import { h, empty, replace } from './dom.js';
import { renderGeneric } from './views/generic.js';

// Each API's module ships its own view (views/<api>.js, exporting render); an API without one is shown as JSON.
const renderers = new Map();
function rendererFor(name) {
  if (!renderers.has(name)) {
    renderers.set(name, import(`./views/${encodeURIComponent(name)}.js`)
      .then((module) => module.render)
      .catch(() => (view) => renderGeneric(name, view)));
  }
  return renderers.get(name);
}

export const knownApis = Object.keys(renderers);

export class StatePanel {
  /** @param target () => ({ id, names, live }): the tenant to show, the APIs to show for it, those it has state for. */
  constructor(root, nav, stamp, target) {
    Object.assign(this, { root, nav, stamp, target });
    this.fingerprint = '';
    this.busy = null;
    this.again = false;
  }

  /** Forgets what is shown, so the next refresh redraws even if nothing changed. */
  invalidate() {
    this.fingerprint = '';
  }

  /** Re-reads the target's views; calls made while one runs collapse into one more run. */
  async refresh() {
    if (this.busy) {
      this.again = true;
      return this.busy;
    }
    this.busy = (async () => {
      do {
        this.again = false;
        try {
          await this.render(this.target());
        } catch (e) {
          this.show('', () => empty('state-error', 'Could not read this tenant\'s state.', String(e.message ?? e)));
        }
      } while (this.again);
    })();
    try {
      await this.busy;
    } finally {
      this.busy = null;
    }
  }

  async render({ id, names, live }) {
    if (!id) {
      replace(this.nav);
      this.show('none', () => empty('no-tenants', 'No tenants yet — send a request with any API key.',
        'Every key is its own tenant, with its own isolated state. Fixture files under fixtures/tenants/ seed tenants at start.'));
      return;
    }
    // Only ask a module about a tenant it has state for (an absent part is simply empty).
    const views = await Promise.all(names.map(async (name) => [name, live.includes(name) ? await api.view(name, id) : {}]));
    const painters = await Promise.all(views.map(([name]) => rendererFor(name)));
    if (this.target().id !== id) return; // another tenant was chosen meanwhile: the next run shows it
    this.show(JSON.stringify([id, views]), () => views.length === 0
      ? empty('tenant-empty', 'This tenant has no state yet.', 'Send a request with its key, or seed it with POST /__harness/seed.')
      : views.map(([, view], i) => painters[i](view)));
    replace(this.nav, views.length < 2 ? null : views.map(([name]) => h('button', {
      type: 'button',
      class: 'jump-link',
      onclick: () => this.root.querySelector(`[data-testid="api-${CSS.escape(name)}"]`)?.scrollIntoView({ block: 'start', behavior: 'smooth' }),
    }, name)));
    this.stamp.textContent = `updated ${new Date().toLocaleTimeString()}`;
  }

  /** Replaces the panel only when what it shows has changed, so scrolling and selection survive polls. */
  show(fingerprint, build) {
    if (fingerprint && fingerprint === this.fingerprint) return;
    this.fingerprint = fingerprint;
    replace(this.root, build());
  }
}
