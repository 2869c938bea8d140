using Harness.Mock.State;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Iterable;

internal static partial class IterableDocument
{
    /// <summary>
    /// Adds a document's users to <paramref name="state"/> (and sets its project type). Throws
    /// <see cref="FormatException"/> naming the place, e.g. <c>users[2].devices[0].platform</c>; the caller
    /// works on a copy, so a failure leaves nothing behind.
    /// </summary>
    public static void Load(IterableState state, JObject document, long nowTicks)
    {
        CheckKeys(document, TopKeys, "");
        var typeBefore = state.ProjectType;
        if (document["projectType"] is { Type: not JTokenType.Null } type)
        {
            state.ProjectType = ProjectTypes.Parse(Text(type, "projectType"));
        }

        if (document["projectId"] is { Type: not JTokenType.Null } projectId)
        {
            state.ProjectId = projectId.Type == JTokenType.Integer && (long)projectId is >= 0 and <= int.MaxValue
                ? (int)projectId
                : throw new FormatException("projectId must be a non-negative integer");
        }

        if (document["dropUnrecognizedFields"] is { Type: not JTokenType.Null } drop)
        {
            state.DropUnrecognizedFields = drop.Type == JTokenType.Boolean ? (bool)drop : throw new FormatException("dropUnrecognizedFields must be true or false");
        }

        LoadFieldTypes(state.FieldTypes, Object(document["fieldTypes"], "fieldTypes"));
        if (document["users"] is { Type: not JTokenType.Null } users)
        {
            var index = 0;
            foreach (var user in users as JArray ?? throw new FormatException("users must be an array"))
            {
                LoadUser(state, user as JObject ?? throw new FormatException($"users[{index}] must be an object"), $"users[{index}]", nowTicks);
                index++;
            }
        }

        // Each user was checked against the type on the way in, and the profiles already held fit it: only a
        // changed type can conflict with them (the check walks every profile, which a large tenant feels).
        if (state.ProjectType != typeBefore && state.Conflict(state.ProjectType) is { } conflict)
        {
            throw new FormatException(conflict);
        }
    }

    private static void LoadUser(IterableState state, JObject user, string at, long nowTicks)
    {
        CheckKeys(user, UserKeys, at + ".");
        var email = OptionalText(user["email"], at + ".email") is { } sent ? Identifiers.NormalizeEmail(sent) : null;
        var userId = Identifiers.UserIdOrNull(OptionalText(user["userId"], at + ".userId"));
        if (email is null && userId is null)
        {
            throw new FormatException($"{at}: a user needs an email or a userId");
        }

        if (email is not null && !Identifiers.IsValidEmail(email))
        {
            throw new FormatException($"{at}.email: \"{email}\" is not a valid email (local@domain.tld)");
        }

        if (userId is not null && !Identifiers.IsValidUserId(userId))
        {
            throw new FormatException($"{at}.userId: longer than {Identifiers.MaxUserIdLength} characters");
        }

        var type = state.ProjectType;
        if ((type == ProjectType.Email && email is null) || (type == ProjectType.UserId && userId is null))
        {
            throw new FormatException($"{at}: {type.Describe()} projects need a{(type == ProjectType.Email ? "n email" : " userId")} on every user");
        }

        if (type.EmailIsUnique() && email is not null && state.ByEmail(email) is not null)
        {
            throw new FormatException($"{at}.email: \"{email}\" is already taken, and emails are unique in {type.Describe()} projects");
        }

        if (type.UserIdIsUnique() && userId is not null && state.ByUserId(userId) is not null)
        {
            throw new FormatException($"{at}.userId: \"{userId}\" is already taken, and userIds are unique in {type.Describe()} projects");
        }

        // An explicit null is a profile whose client removed signupDate; an absent one means "now".
        long? signup = user["signupDate"] switch
        {
            null => nowTicks,
            { Type: JTokenType.Null } => null,
            var s => IterableDates.Parse(Text(s, at + ".signupDate"), at + ".signupDate"),
        };
        var created = user["documentCreatedAt"] is { Type: not JTokenType.Null } c
            ? IterableDates.Parse(Text(c, at + ".documentCreatedAt"), at + ".documentCreatedAt")
            : signup ?? nowTicks;
        var profile = state.Create(email, userId, created);
        profile.SignupTicks = signup;
        if (user["profileUpdatedAt"] is { Type: not JTokenType.Null } u)
        {
            profile.UpdatedTicks = IterableDates.Parse(Text(u, at + ".profileUpdatedAt"), at + ".profileUpdatedAt");
        }

        if (Object(user["dataFields"], at + ".dataFields") is { } dataFields)
        {
            if (dataFields.Properties().FirstOrDefault(p => DataFieldsMerge.SystemKeys.Contains(p.Name)) is { } system)
            {
                throw new FormatException($"{at}.dataFields.{system.Name}: a system field; give it as {at}.{system.Name} instead");
            }

            Accept(state.FieldTypes, dataFields, "", at + ".dataFields");
            profile.Custom = PackedJson.Pack(dataFields);
        }

        LoadDevices(state, profile, user["devices"], at + ".devices");
    }

    private static void LoadDevices(IterableState state, Profile profile, JToken? devices, string at)
    {
        if (devices is null || devices.Type == JTokenType.Null)
        {
            return;
        }

        var list = devices as JArray ?? throw new FormatException($"{at} must be an array");
        if (list.Count > RegisterDeviceTokenHandler.MaxDevicesPerProfile)
        {
            throw new FormatException($"{at}: {list.Count} devices, a profile holds at most {RegisterDeviceTokenHandler.MaxDevicesPerProfile}");
        }

        for (var i = 0; i < list.Count; i++)
        {
            var where = $"{at}[{i}]";
            var json = list[i] as JObject ?? throw new FormatException($"{where} must be an object");
            CheckKeys(json, DeviceKeys, where + ".");
            var token = Text(json["token"], where + ".token");
            if (token.Length == 0 || profile.Device(token) is not null)
            {
                throw new FormatException($"{where}.token: {(token.Length == 0 ? "empty" : $"\"{token}\" appears twice on this profile")}");
            }

            var platform = StoredDevice.ParsePlatform(Text(json["platform"], where + ".platform"), where + ".platform");
            var enabled = json["endpointEnabled"] is { Type: not JTokenType.Null } flag
                ? flag.Type == JTokenType.Boolean ? (bool)flag : throw new FormatException($"{where}.endpointEnabled must be true or false")
                : true;
            var device = new StoredDevice(token, platform, state.Intern(Text(json["applicationName"], where + ".applicationName")), enabled);
            var fields = StoredDevice.OwnFields(Object(json["dataFields"], where + ".dataFields"));
            if (fields is not null)
            {
                Accept(state.FieldTypes, fields, "devices.", where + ".dataFields");
            }

            device.MergeExtra(fields);
            state.AddDevice(profile, device);
        }
    }

    private static void CheckKeys(JObject json, IReadOnlySet<string> known, string prefix)
    {
        var unknown = json.Properties().FirstOrDefault(p => !known.Contains(p.Name) && !p.Name.StartsWith('$') && p.Name != "description");
        if (unknown is not null)
        {
            throw new FormatException($"{prefix}{unknown.Name}: unknown key (known: {string.Join(", ", known)})");
        }
    }

    private static string Text(JToken? token, string at) =>
        token is { Type: JTokenType.String } ? (string)token! : throw new FormatException($"{at} must be a string");

    private static string? OptionalText(JToken? token, string at) =>
        token is null || token.Type == JTokenType.Null ? null : Text(token, at);

    private static JObject? Object(JToken? token, string at) => token switch
    {
        null or { Type: JTokenType.Null } => null,
        JObject json => json,
        _ => throw new FormatException($"{at} must be an object"),
    };
}
