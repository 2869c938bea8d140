namespace Harness.Core.Scenarios.Templates;

/// <summary>Mappings with one <c>$</c> key that mean something other than an object.</summary>
public static class ValueForms
{
    /// <summary><c>{ $generate: { count: 1001, pattern: "id-{{ i }}", start: 0 } }</c>: an array of strings.</summary>
    public const string Generate = "$generate";

    /// <summary><c>{ $contains: [...] }</c> in an expected body: the array holds these items, in any order, among others.</summary>
    public const string Contains = "$contains";

    public static readonly IReadOnlyList<string> GenerateKeys = ["count", "pattern", "start"];
}
