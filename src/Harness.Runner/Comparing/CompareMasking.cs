using Harness.Runner.Reporting;

namespace Harness.Runner.Comparing;

/// <summary>The keys both sides ran with, masked in every comparison report.</summary>
internal static class CompareMasking
{
    public static SecretMasker For(CompareResult result) =>
        FailureDiagnostics.MaskerFor(result.Cases.SelectMany(c => new[] { c.A, c.B }));
}
