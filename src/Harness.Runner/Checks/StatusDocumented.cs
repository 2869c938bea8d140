using Harness.Runner.Http;
using Harness.Runner.Results;

namespace Harness.Runner.Checks;

/// <summary>The status is one the operation documents: anything else breaks the contract whatever the scenario expects.</summary>
internal sealed class StatusDocumented : ICheck
{
    public string Name => nameof(StatusDocumented);

    public IEnumerable<CheckFailure> Run(CheckContext context)
    {
        var status = context.Response.Status;
        if (context.Operation.Responses.ContainsKey(status))
        {
            yield break;
        }

        yield return new CheckFailure(Name, $"status {status} is not documented for {context.Operation.OperationId}", context.Step.Location)
        {
            Expected = "one of " + string.Join(", ", context.Operation.Responses.Keys.Order()),
            Actual = $"{status} {Json.Cut(context.Response.Body, 200)}".TrimEnd(),
        };
    }
}
