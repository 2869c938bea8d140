namespace Harness.Core.Scenarios.Templates;

/// <summary>The variables every template may use without defining them.</summary>
public static class TemplateBuiltins
{
    public const string Uuid = "uuid";
    public const string Email = "email";
    public const string Timestamp = "timestamp";
    public const string Now = "now";
    public const string RandomInt = "random.int";

    /// <summary>The API key the scenario runs with (its tenant).</summary>
    public const string ApiKey = "apiKey";

    /// <summary>The target's base URL for the scenario's API, spec base path included.</summary>
    public const string BaseUrl = "baseUrl";

    public const string EnvPrefix = "env.";

    /// <summary>The counter inside a <c>$generate</c> pattern.</summary>
    public const string GenerateIndex = "i";

    public static readonly IReadOnlyList<string> Names = [Uuid, Email, Timestamp, Now, RandomInt, ApiKey, BaseUrl];

    public static bool IsBuiltin(string name) =>
        Names.Contains(name, StringComparer.Ordinal)
        || (name.StartsWith(EnvPrefix, StringComparison.Ordinal) && name.Length > EnvPrefix.Length);
}
