using System.Runtime.CompilerServices;
using Newtonsoft.Json.Linq;

namespace Harness.Core.Schemas;

/// <summary>
/// minimum, maximum (OpenAPI 3.0's boolean exclusiveMinimum/-Maximum as well as the numeric ones) and multipleOf,
/// compared the way NJsonSchema does: the value converted to decimal, with decimal arithmetic.
/// </summary>
internal sealed record NumberRule(
    decimal? Minimum,
    bool IsExclusiveMinimum,
    decimal? Maximum,
    bool IsExclusiveMaximum,
    decimal? ExclusiveMinimum,
    decimal? ExclusiveMaximum,
    decimal? MultipleOf)
{
    /// <summary>Below this a double converts to decimal without overflow (decimal's limit is about 7.92e28).</summary>
    private const double DecimalRange = 7.9e28;

    public SchemaVerdict Check(JValue token)
    {
        decimal value;
        switch (token.Value)
        {
            case long whole:
                value = whole;
                break;
            case decimal exact:
                value = exact;
                break;
            case double real when double.IsFinite(real) && Math.Abs(real) < DecimalRange:
                // Convert.ToDecimal is what NJsonSchema's Value<decimal>() ends in (15 significant digits).
                value = Convert.ToDecimal(real);
                break;
            default:
                // NJsonSchema falls back to double comparisons here: not modelled.
                return SchemaVerdict.Unsure;
        }

        if ((Minimum is { } min && (IsExclusiveMinimum ? value <= min : value < min))
            || (Maximum is { } max && (IsExclusiveMaximum ? value >= max : value > max))
            || value <= ExclusiveMinimum
            || value >= ExclusiveMaximum)
        {
            return SchemaVerdict.Invalid;
        }

        if (MultipleOf is not { } step)
        {
            return SchemaVerdict.Valid;
        }

        try
        {
            return value % step == 0 ? SchemaVerdict.Valid : SchemaVerdict.Invalid;
        }
        catch (OverflowException)
        {
            // NJsonSchema would redo every comparison in doubles.
            return SchemaVerdict.Unsure;
        }
    }

    /// <summary>
    /// A number NJsonSchema can read as a decimal without throwing: what Newtonsoft parses JSON numbers into
    /// (long, double, or decimal). A BigInteger is not convertible, and NJsonSchema throws on it.
    /// </summary>
    public static bool IsPlain(JToken number) => ((JValue)number).Value is long or double or decimal;

    /// <summary>Whether every number anywhere inside <paramref name="token"/> is plain (false when too deep to tell).</summary>
    public static bool AllPlain(JToken token)
    {
        switch (token.Type)
        {
            case JTokenType.Integer or JTokenType.Float:
                return IsPlain(token);
            case JTokenType.Object or JTokenType.Array:
                if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
                {
                    return false;
                }

                IList<JToken> children = (JContainer)token;
                for (var i = 0; i < children.Count; i++)
                {
                    var child = children[i] is JProperty property ? property.Value : children[i];
                    if (!AllPlain(child))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }
}
