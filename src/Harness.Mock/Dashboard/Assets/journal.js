// The request journal: every request the mock answered, newest first, filtered in the page.
import { h, badge, pretty, replace } from './dom.js';

const KEEP = 500;
const SHOW = 200;

export class Journal {
  constructor(list, summary) {
    this.list = list;
    this.summary = summary;
    this.entries = [];
    this.expanded = new Set();
    this.operations = new Set();
    this.filter = { status: '', operation: '', tenantId: '' };
    this.names = new Map(); // tenant id -> name from the tenant list (a fixture tenant's name, else the masked key)
  }

  /** Adds entries (oldest first, as the mock sends them); returns whether any was new. */
  add(entries) {
    for (const e of entries) {
      this.entries.push(e);
      if (e.operation) this.operations.add(e.operation);
    }
    if (this.entries.length > KEEP) this.entries.splice(0, this.entries.length - KEEP);
    return entries.length > 0;
  }

  clear() {
    this.entries = [];
    this.expanded.clear();
  }

  setFilter(filter) {
    this.filter = { ...this.filter, ...filter };
  }

  matches(e) {
    const f = this.filter;
    return statusMatches(e.status, f.status)
      && (!f.operation || (f.operation === '-' ? !e.operation : e.operation === f.operation))
      && (!f.tenantId || e.tenantId === f.tenantId);
  }

  render() {
    const shown = this.entries.filter((e) => this.matches(e));
    const rows = shown.slice(-SHOW).reverse();
    this.summary.textContent = shown.length === this.entries.length ? `${shown.length}` : `${shown.length} of ${this.entries.length}`;
    if (rows.length === 0) {
      replace(this.list, h('li', { class: 'empty', testid: 'journal-empty' },
        h('p', { class: 'empty-title' }, this.entries.length ? 'No request matches these filters.' : 'No requests yet.'),
        this.entries.length ? null : h('p', { class: 'empty-hint' },
          `Point your app at ${location.origin}: every request it sends shows up here, with what the mock thought of it.`)));
      return;
    }
    replace(this.list, rows.map((e) => this.row(e)));
  }

  row(e) {
    const problems = [
      ...(e.errors ?? []).map((text) => h('li', { class: 'error', testid: 'journal-error' }, text)),
      ...(e.warnings ?? []).map((text) => h('li', { class: 'warning', testid: 'journal-warning' }, text)),
    ];
    const details = h('details', {
      class: `entry status-${Math.floor(e.status / 100)}xx`,
      testid: 'journal-row',
      data: { id: e.id, status: e.status, operation: e.operation ?? '', tenantId: e.tenantId ?? '' },
      open: this.expanded.has(e.id),
    },
    h('summary', null,
      h('span', { class: 'time', title: e.time }, timeOf(e.time)),
      badge(String(e.status), statusKind(e.status), { testid: 'journal-status' }),
      h('span', { class: 'op' },
        h('span', { class: 'method' }, e.method),
        h('span', { class: 'op-name', testid: 'journal-operation', title: e.path }, e.operation ?? e.path)),
      h('span', { class: 'key', testid: 'journal-tenant', title: e.tenantId ? `tenant ${e.tenantId}` : 'no tenant' }, this.names.get(e.tenantId) ?? e.tenant),
      h('span', { class: 'duration' }, `${Math.round(e.durationMs ?? 0)} ms`),
      problems.length ? h('ul', { class: 'problems' }, problems) : null),
    h('div', { class: 'entry-body', testid: 'journal-details' },
      h('p', { class: 'path' }, h('span', { class: 'muted' }, `${e.method} `), e.path, e.api ? h('span', { class: 'muted' }, ` · ${e.api}`) : null),
      h('div', { class: 'bodies' },
        h('div', null, h('h4', null, 'Request'), h('pre', { class: 'json', testid: 'request-body' }, pretty(e.requestBody))),
        h('div', null, h('h4', null, 'Response'), h('pre', { class: 'json', testid: 'response-body' }, pretty(e.responseBody))))));
    details.addEventListener('toggle', () => {
      if (details.open) this.expanded.add(e.id);
      else this.expanded.delete(e.id);
    });
    return details;
  }
}

/** The mock's own filter words: 200 exact, 4xx a class, error = 400 and up, ok = below 400. */
export function statusMatches(status, filter) {
  if (!filter) return true;
  if (filter === 'error') return status >= 400;
  if (filter === 'ok') return status < 400;
  if (/^\dxx$/i.test(filter)) return Math.floor(status / 100) === Number(filter[0]);
  return Number(filter) === status;
}

function statusKind(status) {
  if (status >= 500) return 'bad';
  if (status >= 400) return 'warn';
  return 'ok';
}

function timeOf(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso ?? '');
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}
