using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Harness.Runner.Http;

/// <summary>JSON parsing as the runner needs it: dates stay strings, so values compare exactly as sent.</summary>
internal static class Json
{
    /// <summary>Deeper documents are refused: no API the runner checks nests this far, a JSON bomb does.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Values (objects, arrays, properties, scalars) one document may hold. A body under the byte limit can still
    /// be millions of tiny values (<c>[[],[],…]</c>) that take a hundred times their size once parsed.
    /// </summary>
    public const int MaxValues = 500_000;

    public static bool TryParse(string text, out JToken? token, out string? error) =>
        TryParse(text, CancellationToken.None, out token, out error);

    /// <summary>
    /// Parses one JSON document within <see cref="MaxDepth"/> and <see cref="MaxValues"/>. A first streaming pass
    /// counts the values (and watches <paramref name="cancellationToken"/>) so that nothing is built for a document
    /// over the limits.
    /// </summary>
    public static bool TryParse(string text, CancellationToken cancellationToken, out JToken? token, out string? error)
    {
        try
        {
            if (CountedWithin(text, cancellationToken) is { } tooLarge)
            {
                token = null;
                error = tooLarge;
                return false;
            }

            using var reader = Reader(text);
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

    /// <summary>Null when the document stays within <see cref="MaxValues"/>, else the sentence that says it does not.</summary>
    private static string? CountedWithin(string text, CancellationToken cancellationToken)
    {
        using var reader = Reader(text);
        var values = 0;
        while (reader.Read())
        {
            if (reader.TokenType is JsonToken.EndObject or JsonToken.EndArray or JsonToken.Comment)
            {
                continue;
            }

            if (++values > MaxValues)
            {
                return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the document holds more than {MaxValues:N0} values (the runner's limit); not parsed");
            }

            if ((values & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        return null;
    }

    private static JsonTextReader Reader(string text) =>
        new(new StringReader(text)) { DateParseHandling = DateParseHandling.None, MaxDepth = MaxDepth };

    public static string Compact(JToken token) => token.ToString(Formatting.None);

    /// <summary>Short text for messages: compact JSON cut at <paramref name="max"/> characters.</summary>
    public static string Show(JToken? token, int max = 200) => token is null ? "(nothing)" : Cut(Compact(token), max);

    public static string Cut(string text, int max = 200) => text.Length <= max ? text : text[..max] + $"… ({text.Length} characters)";
}
