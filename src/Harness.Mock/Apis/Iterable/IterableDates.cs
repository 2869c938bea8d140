using System.Globalization;

namespace Harness.Mock.Apis.Iterable;

/// <summary>
/// Iterable writes dates as <c>2021-06-30 20:04:57 +00:00</c>, and so do the mock's snapshots; unlike
/// ISO 8601 with a <c>T</c>, JSON libraries that sniff dates (Newtonsoft's default) leave this form alone.
/// </summary>
internal static class IterableDates
{
    private const string WireFormat = "yyyy-MM-dd HH:mm:ss '+00:00'";

    public static string ToWire(long utcTicks) =>
        new DateTime(utcTicks, DateTimeKind.Utc).ToString(WireFormat, CultureInfo.InvariantCulture);

    // behaviour.md's date strings: ISO 8601 with a zone (fraction optional), the profile's own form, a plain date.
    private static readonly string[] ClientFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd",
    ];

    public static long Now(TimeProvider clock) => clock.GetUtcNow().UtcTicks;

    /// <summary>
    /// A date a client writes (<c>dataFields.signupDate</c>, and what types a field as <c>date</c>):
    /// <c>2020-08-19T20:50:04.000Z</c>, <c>2020-08-19T20:50:04+02:00</c>, <c>2020-08-19 20:50:04 +00:00</c>, <c>2020-08-19</c>.
    /// </summary>
    public static bool TryParseClient(string text, out long utcTicks)
    {
        utcTicks = 0;
        // Cheap pre-check: every accepted form starts yyyy-MM-dd, most strings in dataFields do not.
        if (text.Length < 10 || text[4] != '-' || text[7] != '-' || !char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        if (!DateTimeOffset.TryParseExact(text, ClientFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return false;
        }

        utcTicks = parsed.UtcTicks;
        return true;
    }

    /// <summary>Reads either form (fixtures are written by hand in the wire form, snapshots use ISO 8601).</summary>
    public static long Parse(string text, string where) =>
        DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd HH:mm:ss.FFFFFFF zzz", "O", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK"],
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.UtcTicks
            : throw new FormatException($"{where}: \"{text}\" is not a date like \"2021-06-30 20:04:57 +00:00\" or \"2021-06-30T20:04:57Z\"");
}
