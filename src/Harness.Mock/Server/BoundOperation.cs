using Harness.Core.OpenApi;
using Harness.Mock.Modules;

namespace Harness.Mock.Server;

/// <summary>An operation bound at start-up to its module, its handler and its rate limit: nothing is looked up per request.</summary>
internal sealed record BoundOperation(ApiOperation Operation, IApiModule Module, OperationHandler Handler, (string Group, int PerSecond)? RateLimit);
