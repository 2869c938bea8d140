using Harness.Core.OpenApi;
using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Generic;

/// <summary>
/// One request to a generic API, already authenticated and validated: the CRUD convention on the tenant's
/// resources, or the documented answer for an operation outside it.
/// </summary>
internal sealed partial class GenericHandler(GenericModule module, MockRequest request, GenericState state, List<string> warnings)
{
    private ApiOperation Operation => request.Operation;

    public MockResponse Handle()
    {
        var route = module.RouteOf(Operation);
        return route.Role switch
        {
            ResourceRole.List => List(route),
            ResourceRole.Create when request.Body is JObject body => Create(route, body),
            ResourceRole.Read => Read(route),
            ResourceRole.Replace when request.Body is JObject body => Replace(route, body, merge: false),
            ResourceRole.Update when request.Body is JObject body => Replace(route, body, merge: true),
            ResourceRole.Delete => Delete(route),
            _ => Documented(Success(200), null),
        };
    }

    /// <summary>The concrete collection path (<c>/owners/7/pets</c>), from the request's path parameters.</summary>
    private string CollectionPath(ResourceRoute route) =>
        route.Collection.Expand(route.Collection.ParameterNames.ToDictionary(
            n => n, n => request.Parameters.Text(n) ?? "", StringComparer.Ordinal));

    private string ItemKey(ResourceRoute route) => request.Parameters.Text(route.ItemParameter!) ?? "";

    private int Success(params int[] preferred) => DocumentedAnswer.SuccessStatus(Operation, preferred);

    /// <summary>
    /// The documented response for <paramref name="status"/> in the media type the client accepts: built from
    /// <paramref name="value"/> (a stored resource or list) when given, else the spec's example, else a sample.
    /// </summary>
    private MockResponse Documented(int status, JToken? value) =>
        ResponseWriter.Write(status, Operation.Responses.GetValueOrDefault(status), request.Header("Accept"), value);

    private MockResponse NotFound(ResourceRoute route, string key)
    {
        var detail = $"no item '{key}' in {CollectionPath(route)}";
        warnings.Add(detail);
        return Operation.Responses.TryGetValue(404, out var documented)
            ? ResponseWriter.WriteError(404, documented, request.Header("Accept"), Problem.Body(404, detail))
            : Problem.Of(404, detail);
    }
}
