using System.Globalization;

namespace Harness.Runner.Planning;

/// <summary>
/// <c>--shard K/N</c>: the K-th of N slices of the scenario files, so N CI jobs share a suite. Files are
/// dealt round-robin in path order, which every job computes the same way and which keeps slices even.
/// </summary>
internal sealed record Shard(int Index, int Count)
{
    public static Shard All { get; } = new(1, 1);

    public static bool TryParse(string? text, out Shard shard, out string? error)
    {
        shard = All;
        error = null;
        if (text is null)
        {
            return true;
        }

        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || n < 1 || k < 1 || k > n)
        {
            error = $"--shard must be K/N with 1 <= K <= N (e.g. 2/4), got '{text}'";
            return false;
        }

        shard = new Shard(k, n);
        return true;
    }

    public IReadOnlyList<string> Select(IEnumerable<string> files) =>
        files.Order(StringComparer.Ordinal).Where((_, i) => i % Count == Index - 1).ToArray();

    public override string ToString() => $"{Index}/{Count}";
}
