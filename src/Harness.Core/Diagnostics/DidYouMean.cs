namespace Harness.Core.Diagnostics;

/// <summary>Suggests the nearest known name for a misspelt one (Levenshtein distance, case-insensitive).</summary>
public static class DidYouMean
{
    /// <summary>The closest candidate within a distance that still looks like a typo, or null.</summary>
    public static string? Suggest(string word, IEnumerable<string> candidates)
    {
        // A third of the word (at least 2 edits) separates a typo from a different name.
        var limit = Math.Max(2, word.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var distance = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= limit && !string.Equals(best, word, StringComparison.Ordinal) ? best : null;
    }

    /// <summary><c>did you mean 'x'?</c>, or null when nothing is close.</summary>
    public static string? Hint(string word, IEnumerable<string> candidates) =>
        Suggest(word, candidates) is { } best ? $"did you mean '{best}'?" : null;

    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
