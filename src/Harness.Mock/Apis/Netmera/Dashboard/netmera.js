// The tenant's definitions and switches, users keyed by external id with their devices (installation ids,
// installed or not), devices without a user, segments with live counts and messages awaiting approval
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
    definitionsBlock(view),
    segmentsBlock(segments),
    messagesBlock(messages, view.pushApprovalEnabled),
    h('h3', { class: 'block-title' }, 'Users'),
    users.length === 0
      ? empty('users-empty', 'No users yet — register an SDK device or tag a user.',
        'POST /__harness/netmera/devices?tenant=<key> plays the mobile SDK; REST writes such as tagUsers create users too.')
      : h('div', { class: 'cards' }, users.map(userCard)),
    unownedBlock(listOf(view.devicesWithoutUser)));
}

/** What the panel defines (none: everything accepted) and the tenant's switches. */
function definitionsBlock(view) {
  const attributes = Object.entries(view.profileAttributes ?? {});
  const categories = listOf(view.categories);
  const switches = [['deleteUsersEnabled', 'permanent deletion'], ['rejectInvalidEntries', 'reject invalid entries'],
    ['sharedEmails', 'shared emails'], ['sharedMsisdns', 'shared MSISDNs']].filter(([key]) => view[key] !== undefined);
  return h('div', { class: 'block', testid: 'definitions' },
    h('h3', { class: 'block-title' }, 'Definitions'),
    h('div', { class: 'chips', testid: 'profile-attributes' }, h('span', { class: 'label' }, 'profile attributes'),
      attributes.length === 0
        ? h('span', { class: 'muted small' }, 'none defined: every key accepted')
        : attributes.map(([name, type]) => h('span', { class: 'chip', testid: 'attribute-definition', data: { name } }, `${show(name)}: ${show(type)}`))),
    h('div', { class: 'chips', testid: 'categories' }, h('span', { class: 'label' }, 'categories'),
      categories.length === 0
        ? h('span', { class: 'muted small' }, 'none defined: every category accepted')
        : categories.map((c) => h('span', { class: 'chip', testid: 'category-definition' }, show(c)))),
    h('div', { class: 'chips', testid: 'switches' },
      switches.map(([key, label]) => badge(`${label} ${view[key] ? 'on' : 'off'}`, view[key] ? 'ok' : 'off', { testid: 'switch', data: { key, enabled: !!view[key] } }))));
}

function unownedBlock(devices) {
  if (devices.length === 0) return null;
  return h('div', { class: 'block', testid: 'devices-without-user' },
    h('h3', { class: 'block-title' }, `Devices without a user (${devices.length})`),
    h('ul', { class: 'device-list' }, devices.map(device)));
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
    categories: categoriesOf(u.categoryPreferences ?? u.categories),
    untracked: u.untracked === true,
    devices: listOf(u.devices),
  };
}

/**
 * [[label, enabled]] from {"news": {"EMAIL": true, …}}: one entry per category when every channel agrees,
 * else one per channel ("news EMAIL"). Also reads {"news": true}.
 */
function categoriesOf(value) {
  return Object.entries(value ?? {}).flatMap(([name, channels]) => {
    if (typeof channels !== 'object' || channels === null) return [[name, channels]];
    const values = Object.values(channels);
    if (values.length > 0 && values.every((v) => v === values[0])) return [[name, values[0]]];
    return Object.entries(channels).map(([channel, on]) => [`${name} ${channel}`, on]);
  });
}

function userCard(u) {
  return h('article', { class: 'card', testid: 'netmera-user', data: { extId: u.extId } },
    h('header', { class: 'card-head' },
      h('h3', { class: 'card-title', testid: 'user-ext-id' }, u.extId ?? '(no extId)'),
      permission('mail', u.mailPermitted, 'mail-permitted'),
      permission('SMS', u.smsPermitted, 'sms-permitted'),
      u.untracked ? badge('untracked', 'warn', { testid: 'untracked', title: 'left out of segment counts and listings until a write tracks the user again' }) : null),
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
  const installed = d.installed !== false;
  return h('li', { class: 'device', testid: 'device', data: { token: d.token, installationId: d.installationId } },
    h('div', { class: 'device-line' },
      h('span', { class: 'platform' }, d.platform ?? '?'),
      h('code', { class: 'token', testid: 'device-token', title: d.token ?? '' }, d.token ?? '(no token)'),
      d.deviceModel ? h('span', { class: 'app' }, d.deviceModel) : null,
      badge(on ? 'push on' : 'push off', on ? 'ok' : 'off', { testid: 'push-permitted', title: `pushPermitted: ${on}`, data: { enabled: on } }),
      badge(installed ? 'installed' : 'uninstalled', installed ? 'ok' : 'off', { testid: 'device-installed', data: { installed } })),
    d.installationId ? h('div', { class: 'muted small' }, 'installation ',
      h('code', { class: 'mono', testid: 'device-installation-id' }, d.installationId)) : null);
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
          h('td', { class: 'num', testid: 'segment-count', title: s.userCount === null ? 'a connector segment has no count' : '' },
            s.userCount === null ? 'n/a' : show(s.userCount ?? '?')))))));
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
