namespace Harness.Core.Schemas;

/// <summary>Collects violations up to a limit; past it the validator only counts them.</summary>
internal sealed class ViolationSink(int limit)
{
    public List<SchemaViolation> Items { get; } = [];

    public int Omitted { get; set; }

    public bool IsFull => Items.Count >= limit;

    public void Add(SchemaViolation violation) => Items.Add(violation);
}
