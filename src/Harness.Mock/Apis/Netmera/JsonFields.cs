using Harness.Core.Schemas;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// Typed reads of fixture, snapshot, settings and admin JSON. Each failure is a <see cref="FormatException"/>
/// naming the path, which the admin surface turns into a 400.
/// </summary>
internal static class JsonFields
{
    public static JObject Object(JToken? token, string path) =>
        token as JObject ?? throw new FormatException($"{path} should be an object, got {SchemaValidator.Describe(token)}");

    /// <summary>The text at <paramref name="name"/>, or null when absent or null.</summary>
    public static string? String(JObject json, string name, string path) => json[name] switch
    {
        null or { Type: JTokenType.Null } => null,
        { Type: JTokenType.String } value => value.Value<string>(),
        var other => throw new FormatException($"{At(path, name)} should be a text, got {SchemaValidator.Describe(other)}"),
    };

    public static string RequiredString(JObject json, string name, string path) =>
        String(json, name, path) is { Length: > 0 } text ? text : throw new FormatException($"{At(path, name)} is required (a non-empty text)");

    public static bool? Bool(JObject json, string name, string path) => json[name] switch
    {
        null or { Type: JTokenType.Null } => null,
        { Type: JTokenType.Boolean } value => value.Value<bool>(),
        var other => throw new FormatException($"{At(path, name)} should be true or false, got {SchemaValidator.Describe(other)}"),
    };

    public static long RequiredLong(JObject json, string name, string path) => json[name] switch
    {
        { Type: JTokenType.Integer } value => value.Value<long>(),
        null or { Type: JTokenType.Null } => throw new FormatException($"{At(path, name)} is required (an integer)"),
        var other => throw new FormatException($"{At(path, name)} should be an integer, got {SchemaValidator.Describe(other)}"),
    };

    public static JObject? OptionalObject(JObject json, string name, string path) => json[name] switch
    {
        null or { Type: JTokenType.Null } => null,
        JObject value => value,
        var other => throw new FormatException($"{At(path, name)} should be an object, got {SchemaValidator.Describe(other)}"),
    };

    public static JArray? Array(JObject json, string name, string path) => json[name] switch
    {
        null or { Type: JTokenType.Null } => null,
        JArray value => value,
        var other => throw new FormatException($"{At(path, name)} should be an array, got {SchemaValidator.Describe(other)}"),
    };

    public static IReadOnlyList<string> Strings(JObject json, string name, string path) =>
        Array(json, name, path)?.Select((item, i) => item.Type == JTokenType.String
            ? item.Value<string>()!
            : throw new FormatException($"{At(path, name)}[{i}] should be a text, got {SchemaValidator.Describe(item)}")).ToArray() ?? [];

    public static IReadOnlyList<long> Longs(JObject json, string name, string path) =>
        Array(json, name, path)?.Select((item, i) => item.Type == JTokenType.Integer
            ? item.Value<long>()
            : throw new FormatException($"{At(path, name)}[{i}] should be an integer, got {SchemaValidator.Describe(item)}")).ToArray() ?? [];

    /// <summary>The path of a child: <c>users[0].extId</c>, or just the name at the top.</summary>
    public static string At(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    /// <summary>Rejects keys a fixture author probably misspelt, naming the ones that are known.</summary>
    public static void OnlyKnown(JObject json, string path, IReadOnlyCollection<string> known)
    {
        if (json.Properties().FirstOrDefault(p => !known.Contains(p.Name)) is { } unknown)
        {
            throw new FormatException($"{(path.Length == 0 ? "top level" : path)}: unknown key \"{unknown.Name}\" (known: {string.Join(", ", known)})");
        }
    }
}
