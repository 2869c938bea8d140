using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Harness.Core.Schemas;

/// <summary>
/// The object rules (properties, required, property counts, additionalProperties) as NJsonSchema applies them:
/// always, whatever the value's type, unless the value is not an object and <c>null</c> is among the types.
/// </summary>
internal sealed partial class SchemaNode
{
    private SchemaVerdict CheckObject(JToken token)
    {
        var obj = token as JObject;
        if (obj is null && (Types & JsonObjectType.Null) != 0)
        {
            return SchemaVerdict.Valid;
        }

        // Not an object (and null not among the types): NJsonSchema still wants the required properties.
        var verdict = SchemaVerdict.Valid;
        foreach (var property in Properties)
        {
            if (obj is not null && obj.TryGetValue(property.Name, out var value) && value is not null)
            {
                // Present as null counts as given: no "required" error, the null is judged by the property's schema.
                if ((value.Type != JTokenType.Null || !property.Nullable) && Add(ref verdict, property.Schema.Check(value)))
                {
                    return SchemaVerdict.Invalid;
                }
            }
            else if (property.Required)
            {
                return SchemaVerdict.Invalid;
            }
        }

        foreach (var name in OtherRequired)
        {
            if (obj is null || !obj.ContainsKey(name))
            {
                return SchemaVerdict.Invalid;
            }
        }

        if (obj is null)
        {
            return verdict;
        }

        if ((MaxProperties > 0 && obj.Count > MaxProperties) || (MinProperties > 0 && obj.Count < MinProperties))
        {
            return SchemaVerdict.Invalid;
        }

        if (AdditionalProperties is null && AllowAdditionalProperties)
        {
            return verdict;
        }

        // Indexing through IList<JToken> walks the properties without allocating an enumerator.
        IList<JToken> children = obj;
        for (var i = 0; i < children.Count; i++)
        {
            var property = (JProperty)children[i];
            if (PropertyNames.Contains(property.Name))
            {
                continue;
            }

            if (AdditionalProperties is null || Add(ref verdict, AdditionalProperties.Check(property.Value)))
            {
                return SchemaVerdict.Invalid;
            }
        }

        return verdict;
    }
}
