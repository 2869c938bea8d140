using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// Push messages waiting for approval. They are created in Netmera's panel, so in the mock they come from
/// fixtures or tenant settings: <c>{"enabled":true,"pendingMessageIds":[101],"approvedMessageIds":[100]}</c>.
/// </summary>
internal sealed class PendingMessages
{
    // Message id → approved; insertion order is kept because nothing is ever removed.
    private readonly Dictionary<long, bool> _messages = [];

    /// <summary>Whether the application is configured for message approval (off: sendPushApproval is 5008).</summary>
    public bool Enabled { get; private set; }

    public IEnumerable<long> Pending => _messages.Where(m => !m.Value).Select(m => m.Key);

    public IEnumerable<long> Approved => _messages.Where(m => m.Value).Select(m => m.Key);

    public bool Knows(long messageId) => _messages.ContainsKey(messageId);

    public bool IsApproved(long messageId) => _messages.GetValueOrDefault(messageId);

    public void Approve(long messageId) => _messages[messageId] = true;

    public JObject ToJson() => new()
    {
        ["enabled"] = Enabled,
        ["pendingMessageIds"] = new JArray(Pending),
        ["approvedMessageIds"] = new JArray(Approved),
    };

    /// <summary>
    /// The whole approval set-up from one object: <c>enabled</c> (default true) and the message ids,
    /// replacing what the tenant had.
    /// </summary>
    public static PendingMessages Parse(JToken? token, string path)
    {
        var json = JsonFields.Object(token, path);
        JsonFields.OnlyKnown(json, path, ["enabled", "pendingMessageIds", "approvedMessageIds"]);
        var messages = new PendingMessages { Enabled = JsonFields.Bool(json, "enabled", path) ?? true };
        foreach (var id in JsonFields.Longs(json, "pendingMessageIds", path))
        {
            messages._messages[id] = false;
        }

        foreach (var id in JsonFields.Longs(json, "approvedMessageIds", path))
        {
            if (messages._messages.ContainsKey(id))
            {
                throw new FormatException($"{path}: message {id} cannot be both pending and approved");
            }

            messages._messages[id] = true;
        }

        return messages;
    }
}
