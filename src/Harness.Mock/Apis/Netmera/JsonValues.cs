using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>JSON equality with the type included (<c>1</c> is not <c>"1"</c>), but <c>1</c> and <c>1.0</c> are one number.</summary>
internal static class JsonValues
{
    public static bool Same(JToken a, JToken b)
    {
        if (IsNumber(a) && IsNumber(b))
        {
            return a.Type == b.Type ? JToken.DeepEquals(a, b) : a.Value<double>() == b.Value<double>();
        }

        return (a, b) switch
        {
            (JArray x, JArray y) => x.Count == y.Count && x.Zip(y).All(p => Same(p.First, p.Second)),
            (JObject x, JObject y) => x.Count == y.Count
                && x.Properties().All(p => y.TryGetValue(p.Name, out var other) && Same(p.Value, other)),
            _ => JToken.DeepEquals(a, b),
        };
    }

    private static bool IsNumber(JToken token) => token.Type is JTokenType.Integer or JTokenType.Float;
}
