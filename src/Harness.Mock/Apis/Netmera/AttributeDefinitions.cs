using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// The profile attributes a tenant defines (tenant setting <c>profileAttributes</c>, e.g.
/// <c>{"age":"number","lastVisitedCategories":"string[]"}</c>), as the panel defines them with a data type
/// and an "Is Array" flag. Names are case-sensitive. None defined (the default): every key and value passes.
/// </summary>
internal sealed class AttributeDefinitions
{
    public static readonly IReadOnlyList<string> Types = ["string", "number", "boolean", "date"];

    private readonly Dictionary<string, (string Type, bool IsArray)> _attributes = new(StringComparer.Ordinal);

    public static AttributeDefinitions None { get; } = new();

    public bool Any => _attributes.Count > 0;

    public bool IsDefined(string key) => !Any || _attributes.ContainsKey(key);

    /// <summary>Whether set may store <paramref name="value"/> under <paramref name="key"/>.</summary>
    public bool AcceptsSet(string key, JToken value)
    {
        if (!Any)
        {
            return true;
        }

        if (!_attributes.TryGetValue(key, out var definition))
        {
            return false;
        }

        return definition.IsArray
            ? value is JArray values && values.All(v => Fits(definition.Type, v))
            : Fits(definition.Type, value);
    }

    /// <summary>Whether push or pull may use <paramref name="values"/> on <paramref name="key"/>: a defined array attribute, values of its type.</summary>
    public bool AcceptsElements(string key, JArray values) =>
        !Any || (_attributes.TryGetValue(key, out var definition) && definition.IsArray && values.All(v => Fits(definition.Type, v)));

    public JObject ToJson() => new(_attributes.Select(a => new JProperty(a.Key, a.Value.Type + (a.Value.IsArray ? "[]" : ""))));

    public static AttributeDefinitions Parse(JToken? token, string path)
    {
        var json = JsonFields.Object(token, path);
        var definitions = new AttributeDefinitions();
        foreach (var property in json.Properties())
        {
            var text = property.Value.Type == JTokenType.String ? property.Value.Value<string>()! : "";
            var isArray = text.EndsWith("[]", StringComparison.Ordinal);
            var type = isArray ? text[..^2] : text;
            if (!Types.Contains(type, StringComparer.Ordinal))
            {
                throw new FormatException(
                    $"{path}.{property.Name}: {property.Value.ToString(Newtonsoft.Json.Formatting.None)} is not a type: use one of {string.Join(", ", Types)}, or one of them followed by [] for an array");
            }

            definitions._attributes[property.Name] = (type, isArray);
        }

        return definitions;
    }

    /// <summary><c>date</c> is an integral number of epoch milliseconds, as the reference's samples show.</summary>
    private static bool Fits(string type, JToken value) => type switch
    {
        "string" => value.Type == JTokenType.String,
        "number" => value.Type is JTokenType.Integer or JTokenType.Float,
        "boolean" => value.Type == JTokenType.Boolean,
        "date" => value.Type == JTokenType.Integer,
        _ => false,
    };
}
