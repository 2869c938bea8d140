using System.Globalization;

namespace Harness.Benchmarks.Report;

internal static class Format
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string PerSecond(double value) => value.ToString("N0", Invariant);

    public static string Millis(double micros) =>
        double.IsNaN(micros) ? "-" : micros < 10_000 ? (micros / 1000).ToString("0.00", Invariant) + " ms" : (micros / 1000).ToString("N0", Invariant) + " ms";

    public static string Ratio(double ratio) => double.IsNaN(ratio) ? "-" : ratio.ToString("0.00", Invariant) + "×";

    public static string MiB(long bytes) => (bytes / 1024.0 / 1024.0).ToString("N0", Invariant) + " MiB";

    public static string Count(long value) => value.ToString("N0", Invariant);

    public static string Seconds(TimeSpan time) =>
        time.TotalSeconds < 1 ? time.TotalMilliseconds.ToString("0", Invariant) + " ms" : time.TotalSeconds.ToString("0.0", Invariant) + " s";
}
