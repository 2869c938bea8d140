using System.Collections;

namespace Harness.Core.Schemas;

/// <summary>The violations one validation describes, and how many more it found but left undescribed.</summary>
public sealed class ViolationList(IReadOnlyList<SchemaViolation> described, int omitted) : IReadOnlyList<SchemaViolation>
{
    public static ViolationList Empty { get; } = new([], 0);

    /// <summary>Violations found beyond the described ones (reported as "and N more").</summary>
    public int Omitted { get; } = omitted;

    public int Count => described.Count;

    public SchemaViolation this[int index] => described[index];

    /// <summary>One line per violation, then <c>… and N more</c> when some were left out.</summary>
    public IEnumerable<string> Lines() =>
        Omitted == 0 ? described.Select(v => v.ToString()) : described.Select(v => v.ToString()).Append($"… and {Omitted} more");

    public IEnumerator<SchemaViolation> GetEnumerator() => described.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
