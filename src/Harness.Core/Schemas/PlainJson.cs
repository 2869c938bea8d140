using System.Runtime.CompilerServices;
using Newtonsoft.Json.Linq;

namespace Harness.Core.Schemas;

/// <summary>
/// Values as Newtonsoft parses JSON, which is what the compiled verdict models. Anything else (a BigInteger,
/// a date or GUID token built in code) NJsonSchema converts on its own terms, and may throw on.
/// </summary>
internal static class PlainJson
{
    /// <summary>
    /// A number NJsonSchema can read as a decimal without throwing: what Newtonsoft parses JSON numbers into
    /// (long, double, or decimal). A BigInteger is not convertible, and NJsonSchema throws on it.
    /// </summary>
    public static bool IsNumber(JToken number) => ((JValue)number).Value is long or double or decimal;

    /// <summary>
    /// Whether everything inside <paramref name="token"/> is plain parsed JSON (numbers plain, no dates, GUIDs,
    /// URIs or raw values, which NJsonSchema converts on its own terms); false when too deep to tell.
    /// </summary>
    public static bool Throughout(JToken token)
    {
        switch (token.Type)
        {
            case JTokenType.Integer or JTokenType.Float:
                return IsNumber(token);
            case JTokenType.String:
                return ((JValue)token).Value is string;
            case JTokenType.Boolean or JTokenType.Null:
                return true;
            case JTokenType.Object or JTokenType.Array:
                if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
                {
                    return false;
                }

                IList<JToken> children = (JContainer)token;
                for (var i = 0; i < children.Count; i++)
                {
                    var child = children[i] is JProperty property ? property.Value : children[i];
                    if (!Throughout(child))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }
}
