using System.Diagnostics;
using Harness.Core.OpenApi;
using Harness.Core.Schemas;
using Harness.Mock.Journal;
using Harness.Mock.State;
using System.Text.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Harness.Mock.Modules;

namespace Harness.Mock.Server;

/// <summary>
/// One vendor request, in the order both vendors check: API key, rate limit, body (JSON, shape, types),
/// then meaning (the handler). Every answer is journaled with the key masked.
/// </summary>
internal sealed class RequestPipeline(MockRuntime runtime)
{
    private static readonly JsonReaderOptions StrictJson = new() { MaxDepth = 64 };

    public async Task<MockResponse> HandleAsync(BoundOperation bound, IReadOnlyDictionary<string, string> pathValues, IncomingRequest request)
    {
        var started = Stopwatch.GetTimestamp();
        var operation = bound.Operation;
        var module = bound.Module;
        var errors = new List<string>();
        var warnings = new List<string>();
        Tenant? tenant = null;
        MockResponse response;
        try
        {
            (response, tenant) = await ProcessAsync(bound, pathValues, request, errors, warnings).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            errors.Add($"internal error: {e.GetType().Name}: {e.Message}");
            response = module.Errors.Internal(e.Message);
        }

        response = response.Rendered();
        Record(request, operation, tenant?.MaskedKey ?? KeyMask.Mask(null), tenant?.Id, response, errors, warnings, started);
        return response;
    }

    private async ValueTask<(MockResponse, Tenant?)> ProcessAsync(
        BoundOperation bound,
        IReadOnlyDictionary<string, string> pathValues,
        IncomingRequest request,
        List<string> errors,
        List<string> warnings)
    {
        var (operation, module) = (bound.Operation, bound.Module);
        var errorsOf = module.Errors;
        var credential = Credentials.Read(operation.Security ?? operation.Api.Security, request);
        string key;
        if (operation.Security is null)
        {
            key = credential is not null && runtime.Accepts(credential) ? credential : Credentials.SharedTenant;
        }
        else if (credential is null || !runtime.Accepts(credential))
        {
            errors.Add(credential is null ? $"no credential: expected an {operation.Security}" : "API key not accepted");
            return (errorsOf.BadApiKey(request.Path, request.ClientIp), null);
        }
        else
        {
            key = credential;
        }

        var tenant = runtime.Tenants.GetOrCreate(key, warnings);
        if (runtime.Faults.Any)
        {
            var (latency, forced) = runtime.Faults.Draw(operation.OperationId, tenant.Hash, runtime.Random);
            if (latency > 0)
            {
                await Task.Delay(latency, runtime.Stopping).ConfigureAwait(false);
            }

            if (forced is { } status)
            {
                errors.Add($"fault injected: {status}");
                return (errorsOf.Forced(status), tenant);
            }
        }

        if (RateLimitedOr(tenant, bound) is { } limited)
        {
            errors.Add("rate limit exceeded");
            return (limited, tenant);
        }

        if (request.Body is { } raw && raw.Length > runtime.Options.MaxBodyBytes)
        {
            errors.Add($"body of {raw.Length} bytes is over the limit of {runtime.Options.MaxBodyBytes}");
            return (module.Errors.TooLarge(runtime.Options.MaxBodyBytes), tenant);
        }

        var parameters = ParameterValidator.Validate(operation, request.Query, request.Header, pathValues);
        JToken? body = null;
        ViolationList bodyViolations = ViolationList.Empty;
        // An optional body the client left out is absent, not "not JSON".
        if (operation.RequestSchema is { } schema && (operation.RequestBodyRequired || request.Body is { Length: > 0 }))
        {
            if (!TryParse(request.Body, out body, out var parseError))
            {
                errors.Add($"body is not JSON: {parseError}");
                return (module.Errors.BadJson(request.Path, parseError), tenant);
            }

            body = module.PrepareBody(operation, body!);
            bodyViolations = JsonValueGuard.Check(body) is { Count: > 0 } unholdable ? unholdable : SchemaValidator.Validate(schema, body);
        }

        if ((bodyViolations.Count > 0 || parameters.Violations.Count > 0)
            && module.Errors.Invalid(request.Path, bodyViolations, parameters.Violations) is { } invalid)
        {
            errors.AddRange(bodyViolations.Lines().Concat(parameters.Violations.Select(v => v.ToString())));
            return (invalid, tenant);
        }

        var mockRequest = new MockRequest(operation, body, parameters, request.BaseUrl, key, request.Header);
        lock (tenant.Gate)
        {
            // The one time this request takes its tenant's lock.
            return (bound.Handler(mockRequest, tenant.StateOf(module), runtime.Clock, warnings), tenant);
        }
    }

    /// <summary>The vendor's 429 when the tenant has rate limits on and the operation's window is full.</summary>
    private MockResponse? RateLimitedOr(Tenant tenant, BoundOperation bound) =>
        !tenant.RateLimitsEnabled || bound.RateLimit is not { } limit
            || tenant.Limiter.TryAcquire(limit.Group, limit.PerSecond, runtime.Clock.GetUtcNow())
            ? null
            : bound.Module.Errors.RateLimited();

    private static bool TryParse(byte[]? raw, out JToken? body, out string error)
    {
        body = null;
        error = "";
        if (raw is null || raw.Length == 0)
        {
            error = "the body is empty";
            return false;
        }

        if (JsonValueGuard.InvalidUtf8At(raw) is { } offset)
        {
            error = $"the body is not valid UTF-8 (byte {offset})";
            return false;
        }

        try
        {
            // A System.Text.Json scan first: it is strict where Newtonsoft is lenient (comments, single
            // quotes, trailing commas, NaN), and both vendors reject such bodies as not JSON. The reader
            // allocates nothing and throws on trailing text after the value.
            var strict = new Utf8JsonReader(raw, StrictJson);
            while (strict.Read())
            {
            }

            body = PooledJson.Parse(raw, 64);
            return true;
        }
        catch (System.Text.Json.JsonException e)
        {
            error = e.Message;
            return false;
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            error = e.Message;
            return false;
        }
    }

    private void Record(IncomingRequest request, ApiOperation? operation, string maskedKey, string? tenantId, MockResponse response,
        List<string> errors, List<string> warnings, long started)
    {
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        // Everything is worked out before the journal's lock, which every request of every tenant goes through
        // (rendering and hashing under it once serialised the whole mock); under it the slot copies at most 4 KB
        // of each body into buffers it keeps.
        runtime.Journal.Add(new JournalWrite(
            runtime.Clock.GetUtcNow(),
            maskedKey,
            tenantId,
            operation?.Api.Name,
            operation?.OperationId,
            request.Method,
            request.Path,
            response.Status,
            Math.Round(elapsed, 3),
            errors.Count == 0 ? [] : errors,
            warnings.Count == 0 ? [] : warnings,
            request.Body,
            response.Rendered().Text,
            operation is null ? null : Parameters(operation, ParameterLocation.Query, request.Query),
            operation is null ? null : Parameters(operation, ParameterLocation.Header, request.Header)));
    }

    /// <summary>The documented parameters of one kind that the request carries, the key header excepted.</summary>
    private static Dictionary<string, string>? Parameters(ApiOperation operation, ParameterLocation location, Func<string, string?> read)
    {
        // Runs for every journaled request: a plain loop that allocates only when a parameter was sent.
        Dictionary<string, string>? found = null;
        foreach (var parameter in operation.Parameters)
        {
            if (parameter.Location != location || string.Equals(parameter.Name, operation.SecurityHeader, StringComparison.OrdinalIgnoreCase))
                continue;
            if (read(parameter.Name) is { } value)
                (found ??= new Dictionary<string, string>(StringComparer.Ordinal))[parameter.Name] = value;
        }
        return found;
    }

    /// <summary>Journals a request that matched no operation, answered by the caller.</summary>
    public void RecordUnmatched(IncomingRequest request, string? key, MockResponse response, string reason) =>
        Record(request, null, KeyMask.Mask(string.IsNullOrWhiteSpace(key) ? null : key),
            string.IsNullOrWhiteSpace(key) ? null : KeyMask.IdOf(key), response, [reason], [], Stopwatch.GetTimestamp());
}
