using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Harness.Core.Schemas;

/// <summary>
/// One NJsonSchema <c>JsonSchema</c> (an actual schema, references followed) compiled for
/// <see cref="Check"/>. Every rule mirrors what NJsonSchema 11's <c>JsonSchemaValidator</c> does for the same
/// keyword, in its order: allOf, anyOf, oneOf, then type (with its string, number and array rules), enum, and
/// the object rules. A schema with anything not mirrored exactly is <see cref="Unsupported"/> and always
/// answers <see cref="SchemaVerdict.Unsure"/>. Built once by <see cref="SchemaNodeCompiler"/>, never changed
/// after, so it is read by many requests at once without locks.
/// </summary>
internal sealed partial class SchemaNode
{
    /// <summary>A schema (or the back edge of a reference cycle) that only NJsonSchema can judge.</summary>
    public static readonly SchemaNode Unsupported = new() { Supported = false };

    public bool Supported { get; init; } = true;

    /// <summary>NJsonSchema's <c>IsNullable</c> of this schema: a <c>null</c> value skips the type and enum rules.</summary>
    public bool Nullable { get; init; }

    public JsonObjectType Types { get; init; }

    public SchemaNode[] AllOf { get; init; } = [];

    public SchemaNode[] AnyOf { get; init; } = [];

    public SchemaNode[] OneOf { get; init; } = [];

    /// <summary>The text entries of <c>enum</c> (NJsonSchema compares <c>ToString()</c>s); null when there is no enum.</summary>
    public FrozenSet<string>? Enum { get; init; }

    /// <summary>Every enum entry is text or null, so text that is not among them is certainly refused.</summary>
    public bool EnumOnlyText { get; init; }

    public PropertyRule[] Properties { get; init; } = [];

    public FrozenSet<string> PropertyNames { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Names in <c>required</c> that are not declared properties (NJsonSchema checks them apart).</summary>
    public string[] OtherRequired { get; init; } = [];

    public SchemaNode? AdditionalProperties { get; init; }

    public bool AllowAdditionalProperties { get; init; } = true;

    public int MinProperties { get; init; }

    public int MaxProperties { get; init; }

    public SchemaNode? Items { get; init; }

    public int MinItems { get; init; }

    public int MaxItems { get; init; }

    public bool UniqueItems { get; init; }

    public Regex? Pattern { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public NumberRule? Number { get; init; }

    /// <summary>No child schemas: NJsonSchema looks at the value itself only, never inside it.</summary>
    public bool Shallow { get; init; }

    /// <summary>
    /// NJsonSchema cannot throw on this schema (nor below it) for a value whose numbers are all plain:
    /// no pattern (a regex may time out), no multipleOf (decimal remainders may overflow), nothing unsupported.
    /// Only such branches of anyOf/oneOf may be left unchecked when another branch decides the verdict.
    /// </summary>
    public bool SkipSafe { get; init; }

    public SchemaVerdict Check(JToken token)
    {
        if (!Supported || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return SchemaVerdict.Unsure;
        }

        var type = token.Type;
        if ((type is JTokenType.Integer or JTokenType.Float) && !PlainJson.IsNumber(token))
        {
            // NJsonSchema reads every number it meets as a decimal; a BigInteger makes it throw.
            return SchemaVerdict.Unsure;
        }

        var verdict = SchemaVerdict.Valid;
        if ((AllOf.Length > 0 && Add(ref verdict, CheckAllOf(token)))
            || (AnyOf.Length > 0 && Add(ref verdict, CheckAnyOf(token)))
            || (OneOf.Length > 0 && Add(ref verdict, CheckOneOf(token))))
        {
            return SchemaVerdict.Invalid;
        }

        if (type != JTokenType.Null || !Nullable)
        {
            if (Add(ref verdict, CheckType(token, type)) || (Enum is not null && Add(ref verdict, CheckEnum(token, type))))
            {
                return SchemaVerdict.Invalid;
            }
        }

        Add(ref verdict, CheckObject(token));
        return verdict;
    }

    /// <summary>Folds <paramref name="part"/> into <paramref name="verdict"/>; true once the whole is Invalid.</summary>
    private static bool Add(ref SchemaVerdict verdict, SchemaVerdict part)
    {
        if (part == SchemaVerdict.Invalid)
        {
            verdict = SchemaVerdict.Invalid;
            return true;
        }

        if (part == SchemaVerdict.Unsure)
        {
            verdict = SchemaVerdict.Unsure;
        }

        return false;
    }
}
