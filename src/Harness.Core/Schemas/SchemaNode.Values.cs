using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Harness.Core.Schemas;

/// <summary>The type, string, array and enum rules, each as NJsonSchema applies it.</summary>
internal sealed partial class SchemaNode
{
    /// <summary>
    /// NJsonSchema checks a value's own rules (string, number, array) whatever <c>type</c> says, then wants the
    /// value to fit one of the types (with several, one is enough; with none, any). So both parts hold, or not.
    /// </summary>
    private SchemaVerdict CheckType(JToken token, JTokenType type)
    {
        var kind = type switch
        {
            JTokenType.Object => JsonObjectType.Object,
            JTokenType.Array => JsonObjectType.Array,
            JTokenType.String => JsonObjectType.String,
            JTokenType.Integer => JsonObjectType.Integer | JsonObjectType.Number,
            JTokenType.Float => JsonObjectType.Number,
            JTokenType.Boolean => JsonObjectType.Boolean,
            JTokenType.Null => JsonObjectType.Null,
            // Dates, GUIDs, URIs, bytes, raw JSON: NJsonSchema treats some as text; not modelled.
            _ => JsonObjectType.None,
        };
        if (kind == JsonObjectType.None)
        {
            return SchemaVerdict.Unsure;
        }

        if (Types != JsonObjectType.None && (Types & kind) == 0)
        {
            return SchemaVerdict.Invalid;
        }

        return type switch
        {
            JTokenType.String => CheckString(token),
            JTokenType.Integer or JTokenType.Float => Number?.Check((JValue)token) ?? SchemaVerdict.Valid,
            JTokenType.Array => CheckArray((JArray)token),
            _ => SchemaVerdict.Valid,
        };
    }

    private SchemaVerdict CheckString(JToken token)
    {
        if (((JValue)token).Value is not string text)
        {
            return SchemaVerdict.Unsure;
        }

        if (Pattern is not null)
        {
            try
            {
                if (!Pattern.IsMatch(text))
                {
                    return SchemaVerdict.Invalid;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                return SchemaVerdict.Unsure;
            }
        }

        // Lengths in UTF-16 code units (string.Length), as NJsonSchema counts them: an emoji counts 2.
        return text.Length < MinLength || text.Length > MaxLength ? SchemaVerdict.Invalid : SchemaVerdict.Valid;
    }

    private SchemaVerdict CheckArray(JArray array)
    {
        // NJsonSchema ignores minItems/maxItems of 0.
        if ((MinItems > 0 && array.Count < MinItems) || (MaxItems > 0 && array.Count > MaxItems))
        {
            return SchemaVerdict.Invalid;
        }

        var verdict = UniqueItems ? Uniqueness.Of(array) : SchemaVerdict.Valid;
        if (verdict == SchemaVerdict.Invalid || Items is null)
        {
            return verdict;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (Add(ref verdict, Items.Check(array[i])))
            {
                break;
            }
        }

        return verdict;
    }

    /// <summary>NJsonSchema compares <c>token.ToString()</c> with each entry's <c>ToString()</c>; a null value prints as "".</summary>
    private SchemaVerdict CheckEnum(JToken token, JTokenType type)
    {
        var text = type switch
        {
            JTokenType.String => ((JValue)token).Value as string,
            JTokenType.Null => "",
            _ => null, // numbers and booleans print by culture: not modelled
        };
        if (text is null)
        {
            return SchemaVerdict.Unsure;
        }

        return Enum!.Contains(text) ? SchemaVerdict.Valid
            : EnumOnlyText ? SchemaVerdict.Invalid
            : SchemaVerdict.Unsure;
    }
}
