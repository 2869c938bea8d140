namespace Harness.Core.Scenarios;

public enum PredicateKind
{
    Exists,
    Absent,
    Equals,
    Contains,
    Length,
    Matches,
    Gt,
    Gte,
    Lt,
    Lte,
    Type,
}

/// <summary>The YAML names of predicates and the JSON type names <c>type:</c> accepts.</summary>
public static class PredicateNames
{
    public static readonly IReadOnlyDictionary<string, PredicateKind> ByName = new Dictionary<string, PredicateKind>(StringComparer.Ordinal)
    {
        ["exists"] = PredicateKind.Exists,
        ["absent"] = PredicateKind.Absent,
        ["equals"] = PredicateKind.Equals,
        ["contains"] = PredicateKind.Contains,
        ["length"] = PredicateKind.Length,
        ["matches"] = PredicateKind.Matches,
        ["gt"] = PredicateKind.Gt,
        ["gte"] = PredicateKind.Gte,
        ["lt"] = PredicateKind.Lt,
        ["lte"] = PredicateKind.Lte,
        ["type"] = PredicateKind.Type,
    };

    public static readonly IReadOnlyList<string> JsonTypes = ["string", "number", "integer", "boolean", "object", "array", "null"];

    public static string NameOf(PredicateKind kind) => ByName.First(p => p.Value == kind).Key;
}
