using Newtonsoft.Json.Linq;

namespace Harness.Core.Schemas;

/// <summary>
/// <c>uniqueItems</c> as NJsonSchema decides it: items are the same when their <c>ToString()</c>s are. That is
/// mirrored for arrays of text only (a string prints as itself) and of whole numbers only (a long prints
/// differently for every value in any culture); anything else, or a long array, is left to NJsonSchema.
/// </summary>
internal static class Uniqueness
{
    /// <summary>Pairwise comparison allocates nothing; beyond this many items it costs more than it saves.</summary>
    private const int MaxItems = 64;

    public static SchemaVerdict Of(JArray array)
    {
        if (array.Count > MaxItems)
        {
            return SchemaVerdict.Unsure;
        }

        var kind = array.Count > 0 ? array[0].Type : JTokenType.None;
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JValue { Value: string or long } item || item.Type != kind)
            {
                return SchemaVerdict.Unsure;
            }
        }

        for (var i = 0; i < array.Count; i++)
        {
            var first = ((JValue)array[i]).Value!;
            for (var j = i + 1; j < array.Count; j++)
            {
                if (first.Equals(((JValue)array[j]).Value))
                {
                    return SchemaVerdict.Invalid;
                }
            }
        }

        return SchemaVerdict.Valid;
    }
}
