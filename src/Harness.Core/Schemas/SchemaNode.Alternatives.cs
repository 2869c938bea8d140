using Newtonsoft.Json.Linq;

namespace Harness.Core.Schemas;

/// <summary>allOf, anyOf and oneOf, each as NJsonSchema decides it from its branches' error counts.</summary>
internal sealed partial class SchemaNode
{
    private SchemaVerdict CheckAllOf(JToken token)
    {
        var verdict = SchemaVerdict.Valid;
        foreach (var branch in AllOf)
        {
            if (Add(ref verdict, branch.Check(token)))
            {
                break;
            }
        }

        return verdict;
    }

    private SchemaVerdict CheckAnyOf(JToken token)
    {
        var unsure = false;
        for (var i = 0; i < AnyOf.Length; i++)
        {
            switch (AnyOf[i].Check(token))
            {
                case SchemaVerdict.Valid:
                    return OthersCannotThrow(AnyOf, i, token) ? SchemaVerdict.Valid : SchemaVerdict.Unsure;
                case SchemaVerdict.Unsure:
                    unsure = true;
                    break;
            }
        }

        return unsure ? SchemaVerdict.Unsure : SchemaVerdict.Invalid;
    }

    private SchemaVerdict CheckOneOf(JToken token)
    {
        var valid = -1;
        var unsure = false;
        for (var i = 0; i < OneOf.Length; i++)
        {
            switch (OneOf[i].Check(token))
            {
                case SchemaVerdict.Valid when valid >= 0:
                    return SchemaVerdict.Invalid; // two branches hold: NJsonSchema wants exactly one
                case SchemaVerdict.Valid:
                    valid = i;
                    break;
                case SchemaVerdict.Unsure:
                    unsure = true;
                    break;
            }
        }

        if (unsure)
        {
            return SchemaVerdict.Unsure;
        }

        return valid >= 0 && OthersCannotThrow(OneOf, valid, token) ? SchemaVerdict.Valid
            : valid >= 0 ? SchemaVerdict.Unsure
            : SchemaVerdict.Invalid;
    }

    /// <summary>
    /// NJsonSchema validates every branch of anyOf/oneOf in full, while the verdict stops at the first that
    /// decides. The others are judged Invalid or not looked at; they must not be able to make NJsonSchema throw.
    /// </summary>
    private static bool OthersCannotThrow(SchemaNode[] branches, int decided, JToken token)
    {
        var shallow = true;
        for (var i = 0; i < branches.Length; i++)
        {
            if (i != decided)
            {
                if (!branches[i].SkipSafe)
                {
                    return false;
                }

                shallow &= branches[i].Shallow;
            }
        }

        // Shallow branches see only the value itself, whose numbers Check has already found plain.
        return shallow || PlainJson.Throughout(token);
    }
}
