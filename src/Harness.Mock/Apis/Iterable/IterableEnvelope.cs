using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Iterable;

/// <summary>Iterable's one answer shape, <c>{"msg","code","params"}</c>, and the codes the handlers use.</summary>
internal static class IterableEnvelope
{
    // Most writes answer exactly this: one instance, rendered once, instead of a JObject rendered per request.
    private static readonly MockResponse PlainSuccess = Answer(200, "Success", "").Rendered();

    public static MockResponse Success(string msg = "") => msg.Length == 0 ? PlainSuccess : Answer(200, "Success", msg);

    public static MockResponse Answer(int status, string code, string msg, JToken? parameters = null) =>
        new(status, new JObject
        {
            ["msg"] = msg,
            ["code"] = code,
            ["params"] = parameters ?? JValue.CreateNull(),
        });

    public static MockResponse BadParams(string msg) => Answer(400, "BadParams", msg);

    /// <summary><c>[/api/users/update] Invalid JSON body</c>, the path without query, as the real service writes it.</summary>
    public static MockResponse BadJsonBody(string? path, JObject? parameters) =>
        Answer(400, "BadJsonBody", string.IsNullOrEmpty(path) ? "Invalid JSON body" : $"[{path}] Invalid JSON body", parameters);

    public static MockResponse NoIdentifier() => BadParams("Either email or userId must be set");

    public static MockResponse UserIdRequired() =>
        BadParams("This project is userID-based: users are identified by userId, so userId must be set");

    /// <summary>The value is echoed lowercased, as the real service does (<c>"None"</c> → <c>Invalid email: none</c>).</summary>
    public static MockResponse InvalidEmail(string email) =>
        Answer(400, "InvalidEmailAddressError", $"Invalid email: {Identifiers.NormalizeEmail(email)}");

    /// <summary>Decision (behaviour.md): the real text for a too long userId was never recorded.</summary>
    public static MockResponse InvalidUserId(string userId) => Answer(400, "InvalidUserIdError", $"Invalid userId: {userId}");

    public static MockResponse UnknownEmail(string email) => Answer(400, "UnknownEmailError", $"No user exists with email {email}");

    public static MockResponse UnknownUserId(string userId, bool mentionPreferUserId) =>
        Answer(400, "UnknownUserIdError", mentionPreferUserId
            ? $"No user exists with userId {userId}; send preferUserId: true to create one"
            : $"No user exists with userId {userId}");

    /// <summary>
    /// 400 RequestFieldsTypesMismatched in the recorded shape: the msg names the first mismatch in request
    /// order, <c>params.validationErrors</c> has one entry per mismatching path.
    /// </summary>
    public static MockResponse TypesMismatched(int projectId, IReadOnlyList<KeyValuePair<string, JObject>> mismatches)
    {
        var (path, first) = mismatches[0];
        var possible = string.Join(", ", first["incomingTypes"]!.Values<string>());
        var errors = new JObject();
        foreach (var (key, entry) in mismatches)
        {
            errors[key] = entry;
        }

        return Answer(400, "RequestFieldsTypesMismatched",
            $"Project {projectId}: The request does not have the same data types as the data previously submitted. " +
            $"Field '{path}' already exists for type 'user' and has a data type of '{first["expectedType"]}' but possible types '{possible}' in the request.",
            new JObject { ["validationErrors"] = errors });
    }

    public static MockResponse Conflict(string identifier, string value) =>
        Answer(409, "ExternalKeyConflict", $"{identifier} {value} already belongs to another user");
}
