using Harness.Runner.Execution;

namespace Harness.Cli.Commands;

/// <summary>
/// Reads <c>--target URL</c> / <c>--target api=URL</c> and <c>--api-key api=KEY</c> (plus
/// <c>HARNESS_API_KEY_&lt;API&gt;</c> from the environment) into a <see cref="RunTarget"/>, all problems at once.
/// </summary>
internal static class RunTargetParser
{
    public const string KeyVariablePrefix = "HARNESS_API_KEY_";

    public static RunTarget? Parse(
        IReadOnlyList<string> targets, IReadOnlyList<string> apiKeys, IEnumerable<string> apiNames, Func<string, string?> environment, List<string> problems)
    {
        Uri? fallback = null;
        var urls = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase);
        var names = apiNames.ToArray();
        foreach (var target in targets)
        {
            var (api, url) = Split(target);
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                problems.Add($"--target '{target}': '{url}' is not an absolute http(s) URL");
                continue;
            }

            if (api is null)
            {
                if (fallback is not null)
                {
                    problems.Add("--target URL (without api=) may be given once");
                }

                fallback = uri;
            }
            else if (CheckApi(api, names, "--target", problems))
            {
                urls[api] = uri;
            }
        }

        var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            if (environment(KeyVariablePrefix + name.ToUpperInvariant()) is { Length: > 0 } fromEnvironment)
            {
                keys[name] = fromEnvironment;
            }
        }

        foreach (var apiKey in apiKeys)
        {
            var (api, key) = Split(apiKey);
            if (api is null)
            {
                problems.Add($"--api-key must be API=KEY (one of {string.Join(", ", names)}), got '{Mask(apiKey)}'");
            }
            else if (CheckApi(api, names, "--api-key", problems))
            {
                keys[api] = key;
            }
        }

        return problems.Count == 0 ? new RunTarget(fallback, urls, keys) : null;
    }

    /// <summary><c>api=value</c> → (api, value); a URL's own '=' (in its query) never counts as the separator.</summary>
    private static (string? Api, string Value) Split(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        return equals > 0 && (scheme < 0 || equals < scheme) ? (text[..equals].Trim(), text[(equals + 1)..].Trim()) : (null, text.Trim());
    }

    private static bool CheckApi(string api, string[] names, string option, List<string> problems)
    {
        if (names.Contains(api, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        var hint = Core.Diagnostics.DidYouMean.Hint(api, names);
        problems.Add($"{option}: unknown api '{api}' (known: {string.Join(", ", names)}){(hint is null ? "" : "; " + hint)}");
        return false;
    }

    private static string Mask(string text) => Runner.Reporting.SecretMasker.Mask(text);
}
