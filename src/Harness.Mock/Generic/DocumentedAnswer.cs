using Harness.Core.OpenApi;
using Harness.Mock.Modules;

namespace Harness.Mock.Generic;

/// <summary>The answer an operation documents, for operations a module has no handler for: no state, just the spec.</summary>
internal static class DocumentedAnswer
{
    public static OperationHandler Handler { get; } = (request, _, _, _) =>
    {
        var status = SuccessStatus(request.Operation, 200);
        return ResponseWriter.Write(status, request.Operation.Responses.GetValueOrDefault(status), request.Header("Accept"), null);
    };

    /// <summary>
    /// The status to answer: the first of <paramref name="preferred"/> the operation documents, else its
    /// lowest documented 2xx, else its lowest documented status; 200 only when it documents none.
    /// </summary>
    public static int SuccessStatus(ApiOperation operation, params int[] preferred)
    {
        var documented = operation.Responses.Keys;
        return preferred.Where(documented.Contains).Select(s => (int?)s).FirstOrDefault()
            ?? documented.Where(s => s is >= 200 and < 300).Order().Select(s => (int?)s).FirstOrDefault()
            ?? documented.Order().Select(s => (int?)s).FirstOrDefault()
            ?? 200;
    }
}
