using Harness.Core.Diagnostics;
using Harness.Core.Scenarios.Yaml;

namespace Harness.Core.Scenarios;

public enum ApiKeyMode
{
    /// <summary>Send the value (a template) as the key.</summary>
    Value,

    /// <summary>Send no key header at all (<c>apiKey: null</c> or <c>apiKey: none</c>).</summary>
    Omit,
}

/// <summary>A step's own API key instead of the tenant's; <c>""</c> is a value (an empty header).</summary>
public sealed record ApiKeyOverride(ApiKeyMode Mode, ScalarNode? Value, SourceLocation Location);
