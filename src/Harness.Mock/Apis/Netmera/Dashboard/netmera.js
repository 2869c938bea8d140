// Users keyed by external id, their devices, segments with live counts and messages awaiting approval
// (GET /__harness/netmera/view).
import { h, badge, counted, empty, fields, listOf, plural, show } from '../dom.js';

export function renderNetmera(view) {
  const users = listOf(view.users).map(normaliseUser);
  const segments = listOf(view.segments);
  const messages = normaliseMessages(view);
  return h('section', { class: 'api-section', testid: 'api-netmera' },
    h('header', { class: 'section-head' },
      h('h2', null, 'Netmera'),
      h('span', { class: 'count', testid: 'user-count' }, counted(users.length, view.userCount, 'user'))),
    segmentsBlock(segments),
    messagesBlock(messages, view.pushApprovalEnabled),
    h('h3', { class: 'block-title' }, 'Users'),
    users.length === 0
      ? empty('users-empty', 'No users yet — register an SDK device or tag a user.',
        'POST /__harness/netmera/devices?tenant=<key> plays the mobile SDK; REST writes such as tagUsers create users too.')
      : h('div', { class: 'cards' }, users.map(userCard)));
}

function normaliseUser(u) {
  return {
    extId: u.extId ?? u.externalId ?? null,
    email: u.email ?? null,
    msisdn: u.msisdn ?? null,
    mailPermitted: u.mailPermitted,
    smsPermitted: u.smsPermitted,
    attributes: u.attributes ?? u.profile ?? {},
    tags: listOf(u.tags),
    categories: categoriesOf(u.categories ?? u.categoryPreferences),
    devices: listOf(u.devices),
  };
}

/** [[category, enabled]] from {"news": true} or [{"category": "news", "enable": true}]. */
function categoriesOf(value) {
  if (Array.isArray(value)) return value.map((c) => [c.category ?? c.name, c.enable ?? c.enabled ?? c.value]);
  return Object.entries(value ?? {});
}

function userCard(u) {
  return h('article', { class: 'card', testid: 'netmera-user', data: { extId: u.extId } },
    h('header', { class: 'card-head' },
      h('h3', { class: 'card-title', testid: 'user-ext-id' }, u.extId ?? '(no extId)'),
      permission('mail', u.mailPermitted, 'mail-permitted'),
      permission('SMS', u.smsPermitted, 'sms-permitted')),
    h('p', { class: 'contact' },
      h('span', { testid: 'user-email' }, h('span', { class: 'muted' }, 'email '), u.email ?? '—'),
      h('span', { testid: 'user-msisdn' }, h('span', { class: 'muted' }, 'MSISDN '), u.msisdn ?? '—')),
    u.tags.length ? h('div', { class: 'chips', testid: 'user-tags' }, h('span', { class: 'label' }, 'tags'), u.tags.map((t) => h('span', { class: 'chip tag', testid: 'tag' }, show(t)))) : null,
    u.categories.length ? h('div', { class: 'chips', testid: 'user-categories' }, h('span', { class: 'label' }, 'categories'),
      u.categories.map(([name, on]) => badge(`${show(name)} ${on ? 'opted in' : 'opted out'}`, on ? 'ok' : 'off', { testid: 'category', data: { enabled: !!on } }))) : null,
    fields(u.attributes, 'user-attributes'),
    h('div', { class: 'devices' },
      h('h4', null, plural(u.devices.length, 'device')),
      u.devices.length === 0
        ? h('p', { class: 'muted small', testid: 'devices-empty' }, 'No devices (the SDK registers them).')
        : h('ul', { class: 'device-list' }, u.devices.map(device))));
}

function permission(label, value, testid) {
  if (value === undefined || value === null) return badge(`${label} unset`, 'neutral', { testid, title: `${label} permission never set` });
  return badge(`${label} ${value ? 'on' : 'off'}`, value ? 'ok' : 'off', { testid, data: { enabled: !!value } });
}

function device(d) {
  const on = d.pushPermitted !== false;
  return h('li', { class: 'device', testid: 'device', data: { token: d.token } },
    h('div', { class: 'device-line' },
      h('span', { class: 'platform' }, d.platform ?? '?'),
      h('code', { class: 'token', testid: 'device-token', title: d.token ?? '' }, d.token ?? '(no token)'),
      d.deviceModel ? h('span', { class: 'app' }, d.deviceModel) : null,
      badge(on ? 'push on' : 'push off', on ? 'ok' : 'off', { testid: 'push-permitted', title: `pushPermitted: ${on}`, data: { enabled: on } })));
}

function segmentsBlock(segments) {
  return h('div', { class: 'block' },
    h('h3', { class: 'block-title' }, `Segments${segments.length ? ` (${segments.length})` : ''}`),
    segments.length === 0
      ? h('p', { class: 'muted small', testid: 'segments-empty' }, 'No segments: define them in fixtures or with PUT /__harness/tenants/<key>.')
      : h('table', { class: 'grid', testid: 'segments' },
        h('thead', null, h('tr', null, h('th', null, 'name'), h('th', null, 'id'), h('th', null, 'type'), h('th', null, 'members'), h('th', { class: 'num' }, 'users'))),
        h('tbody', null, segments.map((s) => h('tr', { testid: 'segment', data: { id: s.id } },
          h('td', null, show(s.name ?? '')), h('td', { class: 'mono' }, show(s.id ?? '')), h('td', { class: 'small' }, show(s.type ?? '')),
          h('td', { class: 'small' }, membership(s)),
          h('td', { class: 'num', testid: 'segment-count' }, show(s.userCount ?? '?')))))));
}

/** What decides a segment's members, in words. */
function membership(s) {
  if (Array.isArray(s.extIds)) return `listed: ${s.extIds.join(', ')}`;
  const rule = s.rule;
  if (!rule) return '—';
  if (rule.tag !== undefined) return `tag ${show(rule.tag)}`;
  if (rule.attribute !== undefined) return `${show(rule.attribute)} = ${show(rule.equals)}`;
  return show(rule);
}

/** [{id, status}] from the view's messages, or from a snapshot's pushApproval. */
function normaliseMessages(view) {
  const m = view.messages ?? view.pushApproval;
  if (Array.isArray(m)) return m.map((x) => (typeof x === 'object' ? { id: x.id ?? x.messageId, status: x.status ?? 'pending' } : { id: x, status: 'pending' }));
  if (m && typeof m === 'object') {
    const pending = listOf(m.pending ?? m.pendingMessageIds).map((x) => ({ id: x?.id ?? x?.messageId ?? x, status: 'pending' }));
    const approved = listOf(m.approved ?? m.approvedMessageIds).map((x) => ({ id: x?.id ?? x?.messageId ?? x, status: 'approved' }));
    return [...pending, ...approved];
  }
  return [];
}

function messagesBlock(messages, approvalEnabled) {
  const pending = messages.filter((x) => x.status !== 'approved').length;
  return h('div', { class: 'block' },
    h('h3', { class: 'block-title' }, `Messages${messages.length ? ` — ${pending} pending approval` : ''}`),
    messages.length === 0
      ? h('p', { class: 'muted small', testid: 'messages-empty' },
        approvalEnabled === false ? 'Push approval is off for this tenant.' : 'No messages awaiting approval.')
      : h('ul', { class: 'chips', testid: 'messages' }, messages.map((x) =>
        h('li', { class: 'message', testid: 'message', data: { id: x.id, status: x.status } },
          badge(`#${show(x.id)} ${x.status}`, x.status === 'approved' ? 'ok' : 'warn')))));
}
export { renderNetmera as render };
