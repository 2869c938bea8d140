using Harness.Core.OpenApi;
using Harness.Core.Scenarios;
using Harness.Runner.Http;
using Harness.Runner.Templating;

namespace Harness.Runner.Checks;

/// <summary>Everything a check may look at: the step as written, its operation and the answered exchange.</summary>
internal sealed record CheckContext(Step Step, ApiOperation Operation, Exchange Exchange, TemplateEngine Templates)
{
    /// <summary>Checks only run on answered exchanges; a missing response is reported before them.</summary>
    public ExchangeResponse Response => Exchange.Response ?? throw new InvalidOperationException("checks need a response");

    public Expectation? Expect => Step.Expect;

    /// <summary>The documented response for the actual status, if any.</summary>
    public OperationResponse? Documented => Operation.Responses.GetValueOrDefault(Response.Status);
}
