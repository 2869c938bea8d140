using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Harness.Runner.Comparing;

/// <summary>
/// Values that differ from run to run by nature (timestamps, generated ids) and so say nothing about a
/// target's behaviour: a comparison treats two of the same kind as equal, a recording leaves them out of
/// its expectations. Recognised by shape, so the rules hold for any API.
/// </summary>
internal static partial class VolatileValues
{
    /// <summary>Unix seconds from 2000 to 2100; milliseconds are the same range times 1000.</summary>
    private const long MinEpochSeconds = 946_684_800;
    private const long MaxEpochSeconds = 4_102_444_800;

    /// <summary>The kind of volatile value, or null when the value is stable.</summary>
    public static string? KindOf(string? property, JToken value)
    {
        switch (value.Type)
        {
            case JTokenType.String:
                var text = value.Value<string>() ?? "";
                return Timestamp().IsMatch(text) ? "timestamp"
                    : Uuid().IsMatch(text) ? "uuid"
                    : LongHex().IsMatch(text) ? "hex id"
                    : null;
            case JTokenType.Integer when property is not null && TimeName().IsMatch(property):
                var number = value.Value<long>();
                return number is >= MinEpochSeconds and <= MaxEpochSeconds || number is >= MinEpochSeconds * 1000 and <= MaxEpochSeconds * 1000
                    ? "timestamp"
                    : null;
            default:
                return null;
        }
    }

    public static bool IsVolatile(string? property, JToken value) => KindOf(property, value) is not null;

    /// <summary>Both values volatile and of the same kind (two timestamps, two uuids…).</summary>
    public static bool SameKind(string? property, JToken a, JToken b) =>
        KindOf(property, a) is { } kind && kind == KindOf(property, b);

    /// <summary>
    /// The text with its volatile parts (uuids, long hex runs, timestamps) replaced by their kind, so
    /// <c>1f…e2@placeholder.email</c> and <c>9a…c4@placeholder.email</c> read the same.
    /// </summary>
    public static string Normalize(string text) =>
        InnerTimestamp().Replace(LongHexRun().Replace(InnerUuid().Replace(text, "{uuid}"), "{hex}"), "{timestamp}");

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", RegexOptions.CultureInvariant)]
    private static partial Regex InnerUuid();

    [GeneratedRegex(@"\b([0-9a-f]{16,}|[0-9A-F]{16,})\b", RegexOptions.CultureInvariant)]
    private static partial Regex LongHexRun();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}([.,]\d+)?)?(\s?(Z|[+-]\d{2}:?\d{2}))?", RegexOptions.CultureInvariant)]
    private static partial Regex InnerTimestamp();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}([.,]\d+)?)?\s?(Z|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex Uuid();

    [GeneratedRegex(@"^[0-9a-f]{16,}$|^[0-9A-F]{16,}$", RegexOptions.CultureInvariant)]
    private static partial Regex LongHex();

    [GeneratedRegex(@"(time|date|At$|created|updated|modified|seen|^ts$|stamp)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimeName();
}
