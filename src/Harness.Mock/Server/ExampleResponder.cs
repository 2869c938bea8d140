using Harness.Core.OpenApi;
using Harness.Mock.Modules;

namespace Harness.Mock.Server;

/// <summary>Answers an operation that has no handler from its spec: the first success status and its example.</summary>
internal static class ExampleResponder
{
    public static MockResponse Answer(ApiOperation operation)
    {
        var success = operation.Responses.Values
            .Where(r => r.Status is >= 200 and < 300)
            .OrderBy(r => r.Status)
            .FirstOrDefault();
        return success is null
            ? MockResponse.EmptyOk
            : new MockResponse(success.Status, success.Example?.DeepClone());
    }
}
