using Harness.Core.Scenarios;
using Harness.Runner.Results;
using Newtonsoft.Json.Linq;
using Harness.Runner.Http;

namespace Harness.Runner.Comparing;

/// <summary>
/// Compares the answers two targets gave to the same step: whether both answered, the status, the error
/// code, then (when the statuses agree) the body. Keeps what each side captured, for the later steps.
/// </summary>
internal sealed class StepComparer(IReadOnlyList<string> ignorePaths)
{
    /// <summary>Body fields that carry an error code, in the order they are looked for.</summary>
    private static readonly string[] ErrorCodePaths = ["code", "errorCode", "error_code", "error.code", "type"];

    private readonly List<(JToken A, JToken B)> _captured = [];

    public IReadOnlyList<StepDifference> Compare(Step step, StepResult a, StepResult b)
    {
        var (ra, rb) = (a.Exchange?.Response, b.Exchange?.Response);
        if (ra is null || rb is null)
        {
            return ra is null && rb is null
                ? []
                : [new StepDifference(DifferenceKind.Answer, null, Answer(a), Answer(b))];
        }

        var differences = new List<StepDifference>();
        if (ra.Status != rb.Status)
        {
            differences.Add(new StepDifference(DifferenceKind.Status, null, ra.Status.ToString(System.Globalization.CultureInfo.InvariantCulture),
                rb.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var (codeA, codeB) = (ErrorCode(ra), ErrorCode(rb));
        var codePath = codeA?.Path ?? codeB?.Path;
        if ((codeA is not null || codeB is not null) && !JToken.DeepEquals(codeA?.Value, codeB?.Value))
        {
            differences.Add(new StepDifference(DifferenceKind.ErrorCode, codePath, Show(codeA?.Value), Show(codeB?.Value)));
        }

        // With another status the body is another kind of answer: its details would only bury the real difference.
        if (ra.Status == rb.Status)
        {
            differences.AddRange(Bodies(step, a.Exchange!, b.Exchange!).Where(d => d.Path is null || d.Path != codePath));
        }

        Remember(step, ra, rb);
        return differences;
    }

    private List<StepDifference> Bodies(Step step, Exchange ea, Exchange eb)
    {
        var (a, b) = (ea.Response!, eb.Response!);
        if (a.Json is { } ja && b.Json is { } jb)
        {
            var paths = ignorePaths.Concat(step.Captures.Select(c => c.Path.Text).Where(p => !p.Contains("{{", StringComparison.Ordinal)));
            var rules = new IgnoreRules(ja, jb, paths, _captured, Root(ea.Request), Root(eb.Request));
            return new JsonDiff(rules).Compare(ja, jb);
        }

        return string.Equals(a.Body, b.Body, StringComparison.Ordinal)
            ? []
            : [new StepDifference(DifferenceKind.Body, null, Json.Cut(a.Body.Length == 0 ? "(empty)" : a.Body), Json.Cut(b.Body.Length == 0 ? "(empty)" : b.Body))];
    }

    /// <summary>Values captured on each side stand for each other in later answers.</summary>
    private void Remember(Step step, ExchangeResponse a, ExchangeResponse b)
    {
        if (a.Json is not { } ja || b.Json is not { } jb)
        {
            return;
        }

        foreach (var capture in step.Captures.Where(c => !c.Path.Text.Contains("{{", StringComparison.Ordinal)))
        {
            var va = JsonQuery.TrySelect(ja, capture.Path.Text, out _, out var errorA);
            var vb = JsonQuery.TrySelect(jb, capture.Path.Text, out _, out var errorB);
            if (va is not null && vb is not null && errorA is null && errorB is null)
            {
                _captured.Add((va, vb));
            }
        }
    }

    private static string Root(ExchangeRequest request) => request.Url.GetLeftPart(UriPartial.Authority);

    private static (string Path, JToken Value)? ErrorCode(ExchangeResponse response)
    {
        if (response.Json is not JObject body)
        {
            return null;
        }

        foreach (var path in ErrorCodePaths)
        {
            if (body.SelectToken(path) is { Type: JTokenType.String or JTokenType.Integer } value)
            {
                return ("$." + path, value);
            }
        }

        return null;
    }

    private static string Answer(StepResult step) =>
        step.Exchange?.Response is { } response ? $"{response.Status} {Json.Cut(response.Body, 120)}".TrimEnd()
        : step.Exchange?.TransportError is { } error ? "no response: " + error
        : step.Outcome == Outcome.Skipped ? "not run" : "no request sent";

    private static string Show(JToken? token) => token is null ? "(none)" : Json.Show(token);
}
