// The dashboard: tenant picker, the selected tenant's state and the live request journal.
// Polls the journal every second; a request for the selected tenant refreshes its state.
import * as api from './api.js';
import { h, replace } from './dom.js';
import { Journal } from './journal.js';
import { StatePanel, knownApis } from './state-panel.js';

// ?poll=<ms> changes the journal's poll interval (tests poll faster; a busy mock may want slower).
const POLL_MS = Math.min(10000, Math.max(100, Number(new URLSearchParams(location.search).get('poll')) || 1000));
// Every ~5 s the tenant list and state are re-read anyway: admin calls (SDK devices, seeds, resets) leave no journal entry.
const FULL_REFRESH_EVERY = Math.max(1, Math.round(5000 / POLL_MS));

const $ = (id) => document.getElementById(id);

const page = {
  apis: [],
  tenants: new Map(), // id -> { id, key, apis }
  seenApis: new Map(), // id -> Set of APIs the tenant had at some point, so a reset tenant still shows its empty sections
  selected: '',
  lastId: 0,
  pickerKey: '',
  tick: 0,
  journal: new Journal($('journal'), $('journal-summary')),
  state: new StatePanel($('state'), $('state-nav'), $('state-updated'), () => target()),
};

async function start() {
  page.selected = tenantFromHash();
  wireControls();
  page.journal.render();
  try {
    page.apis = (await api.health()).apis ?? [];
  } catch {
    page.apis = knownApis;
  }
  replace($('apis'), page.apis.map((name) => h('li', { class: 'api-chip', testid: 'api', data: { api: name } }, name)));
  try {
    await loadTenants();
    await page.state.refresh();
  } catch {
    connected(false); // the poll below retries
  }
  poll();
}

function wireControls() {
  $('tenant').addEventListener('change', (e) => select(e.target.value));
  window.addEventListener('hashchange', () => {
    const id = tenantFromHash();
    if (id !== page.selected) select(id, false);
  });
  $('reset-tenant').addEventListener('click', resetSelected);
  $('filter-status').addEventListener('change', (e) => { page.journal.setFilter({ status: e.target.value }); page.journal.render(); });
  $('filter-operation').addEventListener('change', (e) => { page.journal.setFilter({ operation: e.target.value }); page.journal.render(); });
  $('filter-tenant').addEventListener('change', () => { applyTenantFilter(); page.journal.render(); });
}

function tenantFromHash() {
  const match = /(?:^#|&)tenant=([^&]*)/.exec(location.hash);
  return match ? decodeURIComponent(match[1]) : '';
}

function select(id, writeHash = true) {
  page.selected = id;
  if (writeHash) location.hash = id ? `tenant=${encodeURIComponent(id)}` : '';
  page.state.invalidate();
  renderPicker();
  applyTenantFilter();
  page.journal.render();
  page.state.refresh();
}

/** The tenant the state panel shows: its APIs now, and those it had before a reset (shown empty). */
function target() {
  const id = page.selected;
  const live = page.tenants.get(id)?.apis ?? [];
  const seen = [...(page.seenApis.get(id) ?? [])];
  const names = [...page.apis.filter((a) => seen.includes(a) || live.includes(a)), ...seen.filter((a) => !page.apis.includes(a))];
  return { id, names, live };
}

function applyTenantFilter() {
  page.journal.setFilter({ tenantId: $('filter-tenant').checked ? page.selected : '' });
}

async function loadTenants() {
  const list = await api.tenants();
  page.tenants = new Map(list.map((t) => [t.id, t]));
  page.journal.names = new Map(list.map((t) => [t.id, t.name ?? t.key]));
  for (const t of list) {
    const seen = page.seenApis.get(t.id) ?? new Set();
    for (const name of t.apis ?? []) seen.add(name);
    page.seenApis.set(t.id, seen);
  }
  if (!page.selected && list.length > 0) {
    // Nothing chosen yet: show the first tenant, without writing a choice the user did not make.
    page.selected = list[0].id;
    applyTenantFilter();
  }
  renderPicker();
}

function renderPicker() {
  const picker = $('tenant');
  const options = [...page.tenants.values()].map((t) => [t.id, `${t.name ?? t.key} · ${t.id}${t.apis?.length ? ` · ${t.apis.join(', ')}` : ''}`]);
  if (page.selected && !page.tenants.has(page.selected)) options.push([page.selected, `${page.selected} (no state)`]);
  if (options.length === 0) options.push(['', 'no tenants yet']);
  const key = JSON.stringify([options, page.selected]);
  if (key !== page.pickerKey) {
    page.pickerKey = key;
    replace(picker, options.map(([value, label]) => h('option', { value, data: { testid: 'tenant-option' } }, label)));
    picker.value = page.selected;
  }
  const tenant = page.tenants.get(page.selected);
  const download = $('download-state');
  if (page.selected) {
    download.href = api.stateUrl(page.selected);
    download.setAttribute('download', `tenant-${page.selected}.json`);
    download.removeAttribute('aria-disabled');
  } else {
    download.removeAttribute('href');
    download.setAttribute('aria-disabled', 'true');
  }
  $('reset-tenant').disabled = !page.selected;
  $('tenant-title').textContent = page.selected ? `Tenant ${tenant?.name ?? tenant?.key ?? ''} ` : 'State';
  if (page.selected) $('tenant-title').append(h('span', { class: 'tenant-id' }, page.selected));
}

async function resetSelected() {
  const id = page.selected;
  const label = page.tenants.get(id)?.name ?? id;
  if (!id || !window.confirm(`Reset tenant ${label}? Its users, devices and settings are forgotten.`)) return;
  await api.reset(id);
  await loadTenants();
  await page.state.refresh();
}

async function poll() {
  let refresh = false;
  let tenantsChanged = false;
  try {
    const result = await api.requests(page.lastId);
    if (result.next !== undefined && result.next <= page.lastId) {
      // The mock restarted: its ids began again.
      page.journal.clear();
      page.lastId = 0;
      return;
    }
    const fresh = result.requests ?? [];
    if (fresh.length > 0) {
      page.lastId = Math.max(page.lastId, ...fresh.map((e) => e.id));
      page.journal.add(fresh);
      refresh = fresh.some((e) => e.tenantId && e.tenantId === page.selected);
      tenantsChanged = fresh.some((e) => e.tenantId && !page.tenants.has(e.tenantId));
      renderOperations();
      page.journal.render();
    }
    connected(true);
    page.tick = (page.tick + 1) % FULL_REFRESH_EVERY;
    if (tenantsChanged || page.tick === 0) {
      await loadTenants();
      refresh = true;
    }
    if (refresh) await page.state.refresh();
  } catch {
    connected(false);
  } finally {
    setTimeout(poll, POLL_MS);
  }
}

function renderOperations() {
  const select = $('filter-operation');
  const names = [...page.journal.operations].sort();
  const key = names.join('\n');
  if (select.dataset.key === key) return;
  select.dataset.key = key;
  const value = select.value;
  replace(select, h('option', { value: '' }, 'all operations'), names.map((n) => h('option', { value: n }, n)), h('option', { value: '-' }, '(no operation matched)'));
  select.value = value;
}

function connected(ok) {
  const el = $('connection');
  el.dataset.state = ok ? 'live' : 'offline';
  el.textContent = ok ? 'live' : 'mock unreachable — retrying';
}

start();
