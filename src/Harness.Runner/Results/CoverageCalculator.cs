using Harness.Core.OpenApi;
using Harness.Runner.Http;

namespace Harness.Runner.Results;

/// <summary>Counts exchanges per operation and status against what the catalog documents.</summary>
internal static class CoverageCalculator
{
    public static CoverageReport Compute(ApiCatalog catalog, IEnumerable<ScenarioResult> results)
    {
        var answered = results.SelectMany(r => r.Steps)
            .Where(s => s.Operation is not null && s.Exchange?.Response is not null)
            .GroupBy(s => s.Operation!.OperationId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(s => s.Exchange!.Response!.Status).ToArray(), StringComparer.Ordinal);

        var apis = catalog.Apis.Select(api => new ApiCoverage(api.Name, api.Operations
                .Select(operation =>
                {
                    var seen = answered.GetValueOrDefault(operation.OperationId) ?? [];
                    var documented = operation.Responses.Keys.Order().ToArray();
                    return new OperationCoverage(
                        operation.OperationId,
                        operation.Method,
                        operation.Path.Template,
                        seen.Length,
                        documented,
                        documented.Where(seen.Contains).ToArray(),
                        seen.Distinct().Where(s => !documented.Contains(s)).Order().ToArray());
                })
                .ToArray()))
            .ToArray();
        return new CoverageReport(apis);
    }
}
