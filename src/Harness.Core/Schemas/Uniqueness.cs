using Harness.Core.Collections;
using Newtonsoft.Json.Linq;

namespace Harness.Core.Schemas;

/// <summary>
/// <c>uniqueItems</c> as NJsonSchema decides it: items are the same when their <c>ToString()</c>s are. That is
/// mirrored for arrays of text only (a string prints as itself) and of whole numbers only (a long prints
/// differently for every value in any culture); anything else is left to NJsonSchema.
/// </summary>
internal static class Uniqueness
{
    /// <summary>Up to this many items a pairwise comparison is cheapest; beyond, a set lent to the thread.</summary>
    private const int PairwiseItems = 64;

    public static SchemaVerdict Of(JArray array)
    {
        var kind = array.Count > 0 ? array[0].Type : JTokenType.None;
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JValue { Value: string or long } item || item.Type != kind)
            {
                return SchemaVerdict.Unsure;
            }
        }

        if (array.Count <= PairwiseItems)
        {
            return Pairwise(array);
        }

        // NJsonSchema prints every item and sorts out the distinct ones (about 820 KB for 1,000 extIds); a set
        // answers the same question without allocating once it has grown.
        return kind == JTokenType.String
            ? Distinct(array, static item => (string)item.Value!)
            : Distinct(array, static item => (long)item.Value!);
    }

    private static SchemaVerdict Pairwise(JArray array)
    {
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

    private static SchemaVerdict Distinct<T>(JArray array, Func<JValue, T> value)
    {
        var seen = ScratchSet.Rent<T>();
        try
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (!seen.Add(value((JValue)array[i])))
                {
                    return SchemaVerdict.Invalid;
                }
            }

            return SchemaVerdict.Valid;
        }
        finally
        {
            ScratchSet.Return(seen);
        }
    }
}
