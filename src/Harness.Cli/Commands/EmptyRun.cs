using Harness.Core.Scenarios;

namespace Harness.Cli.Commands;

/// <summary>
/// A run in which nothing ran must not look green in CI: these are the messages of exit 2, naming what exists
/// so the fix is obvious (<c>--allow-empty</c> accepts such a run on purpose).
/// </summary>
internal static class EmptyRun
{
    public static string NoMatch(IReadOnlyList<Scenario> scenarios, IReadOnlyCollection<string> tags, string? shard)
    {
        if (scenarios.Count == 0)
        {
            return "nothing to run: no scenario files found (pass --allow-empty to accept an empty run)";
        }

        var inUse = scenarios.SelectMany(s => s.Tags.Select(t => t.Value)).Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase).ToArray();
        var filter = string.Join(" ", tags.Select(t => $"--tag {t}").Concat(shard is null ? [] : [$"--shard {shard}"]));
        return $"nothing to run: no scenario of {scenarios.Count} matches {filter}; tags in use: "
            + (inUse.Length == 0 ? "(none)" : string.Join(", ", inUse)) + " (pass --allow-empty to accept an empty run)";
    }

    public static string AllSkipped(int skipped) =>
        $"nothing ran: all {skipped} scenario case(s) were skipped (reasons above); pass --allow-empty to accept this";
}
