using Harness.Core.Scenarios;

namespace Harness.Runner.Planning;

/// <summary>Which cases a run executes: scenarios of the shard, filtered by tag (any given tag matches), expanded per example row.</summary>
internal static class ScenarioSelection
{
    public static IReadOnlyList<ScenarioCase> Select(IEnumerable<Scenario> scenarios, IReadOnlyCollection<string> tags, Shard shard)
    {
        var list = scenarios.ToArray();
        var files = shard.Select(list.Select(s => s.File)).ToHashSet(StringComparer.Ordinal);
        return list
            .Where(s => files.Contains(s.File))
            .Where(s => tags.Count == 0 || tags.Any(s.HasTag))
            .OrderBy(s => s.File, StringComparer.Ordinal)
            .SelectMany(s => s.Cases())
            .ToArray();
    }
}
