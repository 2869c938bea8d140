using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Harness.Runner.Http;

/// <summary>JSON parsing as the runner needs it: dates stay strings, so values compare exactly as sent.</summary>
internal static class Json
{
    public static bool TryParse(string text, out JToken? token, out string? error)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
            token = JToken.ReadFrom(reader);
            // A second value after the first ("{}{}") is not one JSON document.
            if (reader.Read() && reader.TokenType != JsonToken.Comment)
            {
                throw new JsonReaderException($"unexpected content after the JSON value at position {reader.LinePosition}");
            }

            error = null;
            return true;
        }
        catch (JsonException e)
        {
            token = null;
            error = e.Message;
            return false;
        }
    }

    public static string Compact(JToken token) => token.ToString(Formatting.None);

    /// <summary>Short text for messages: compact JSON cut at <paramref name="max"/> characters.</summary>
    public static string Show(JToken? token, int max = 200) => token is null ? "(nothing)" : Cut(Compact(token), max);

    public static string Cut(string text, int max = 200) => text.Length <= max ? text : text[..max] + $"… ({text.Length} characters)";
}
