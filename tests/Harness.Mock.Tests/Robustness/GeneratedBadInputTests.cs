using System.Collections.Concurrent;
using System.Text;
using FluentAssertions;
using Harness.Core.OpenApi;
using Harness.Core.Schemas;
using Harness.Mock.Server;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Robustness;

/// <summary>
/// Thousands of malformed requests derived from the OpenAPI schemas: none may get a 5xx, every answer
/// must have a status documented for its operation and a body valid against that status's schema, and
/// no rejected request may change the tenant's state.
/// </summary>
public sealed class GeneratedBadInputTests
{
    private const int Workers = 4;
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Test]
    public async Task EveryMalformedRequest_IsRejectedCleanly_AndChangesNothing()
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { MaxBodyBytes = 1024 * 1024 });
        var cases = mock.Catalog.Operations
            .SelectMany(op => BadInputGenerator.For(op, BaselinePath(op)).Concat(BadKeys(op)))
            .ToArray();

        // Each project type exercises other identity paths, and an empty tenant the unknown-user paths,
        // so every case runs once per variant.
        var rounds = new[] { "email", "userId", "hybrid", "email-empty" }
            .SelectMany(type => cases.Select(c => (ProjectType: type, Case: c)))
            .ToArray();
        var failures = new ConcurrentBag<string>();
        var sent = 0;
        var serverErrors = 0;
        var stateChanges = 0;

        await Parallel.ForEachAsync(
            Enumerable.Range(0, Workers),
            new ParallelOptions { MaxDegreeOfParallelism = Workers },
            async (worker, _) =>
            {
                foreach (var group in rounds.Where((_, i) => i % Workers == worker).GroupBy(r => r.ProjectType))
                {
                    var key = $"fuzz-{worker}-{group.Key}-{Guid.NewGuid():N}";
                    await Seed(mock, key, group.Key.Split('-')[0], seedDemo: !group.Key.EndsWith("-empty", StringComparison.Ordinal));
                    foreach (var (_, request) in group)
                    {
                        var before = await State(mock, key);
                        var (status, body) = await Send(mock, request, key);
                        Interlocked.Increment(ref sent);
                        if (status >= 500)
                        {
                            Interlocked.Increment(ref serverErrors);
                        }

                        foreach (var problem in Check(mock.Catalog.Find(request.OperationId)!, status, body))
                        {
                            failures.Add($"{request} [{group.Key}] → {status}: {problem}");
                        }

                        if (status >= 400 && await State(mock, key) != before)
                        {
                            Interlocked.Increment(ref stateChanges);
                            failures.Add($"{request} [{group.Key}] → {status}: the rejected request changed the state");
                        }
                    }
                }
            });

        TestContext.Out.WriteLine($"requests sent: {sent}, 5xx: {serverErrors}, state changes after rejection: {stateChanges}, failures: {failures.Count}");
        sent.Should().BeGreaterThanOrEqualTo(5000);
        serverErrors.Should().Be(0);
        stateChanges.Should().Be(0);
        failures.Take(25).Should().BeEmpty();
    }

    /// <summary>What a rejected or accepted answer must satisfy: documented status, schema-valid body.</summary>
    private static IEnumerable<string> Check(ApiOperation operation, int status, string body)
    {
        if (status >= 500)
        {
            yield return "server error";
        }

        if (!operation.Responses.TryGetValue(status, out var documented))
        {
            yield return $"status {status} is not documented for {operation.OperationId}";
            yield break;
        }

        if (documented.Schema is null)
        {
            if (body.Length > 0)
            {
                yield return "the documented answer has no body, but one came";
            }

            yield break;
        }

        JToken json;
        try
        {
            json = JToken.Parse(body);
        }
        catch (Newtonsoft.Json.JsonReaderException)
        {
            yield break;
        }

        foreach (var violation in SchemaValidator.Validate(documented.Schema, json))
        {
            yield return $"body breaks the documented schema: {violation}";
        }
    }

    private static IEnumerable<BadRequest> BadKeys(ApiOperation operation)
    {
        foreach (var (description, key) in new[] { ("no key", (string?)null), ("empty key", ""), ("blank key", "   ") })
        {
            yield return new BadRequest(operation.OperationId, description, operation.Method, BaselinePath(operation),
                operation.RequestExample?.ToString(Newtonsoft.Json.Formatting.None),
                Headers: new Dictionary<string, string> { ["X-Harness-Key"] = key ?? "<omit>" });
        }
    }

    /// <summary>The operation's path with its parameter examples filled in, plus its required query parameters.</summary>
    private static string BaselinePath(ApiOperation operation)
    {
        var values = operation.Parameters.Where(p => p.Location == ParameterLocation.Path)
            .ToDictionary(p => p.Name, p => p.Example?.ToString() ?? "x");
        var query = operation.Parameters.Where(p => p.Location == ParameterLocation.Query && (p.Required || p.Example is not null))
            .Select(p => $"{p.Name}={Uri.EscapeDataString(p.Example?.ToString() ?? "x")}");
        var path = operation.Path.Expand(values);
        var queryText = string.Join('&', query);
        return queryText.Length == 0 ? path : $"{path}?{queryText}";
    }

    private static async Task<(int Status, string Body)> Send(HarnessMock mock, BadRequest request, string key)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), mock.Url + request.PathAndQuery);
        var header = mock.Catalog.Find(request.OperationId)!.SecurityHeader!;
        var headers = request.Headers ?? new Dictionary<string, string>();
        if (headers.TryGetValue("X-Harness-Key", out var overrideKey))
        {
            if (overrideKey != "<omit>")
            {
                message.Headers.TryAddWithoutValidation(header, overrideKey);
            }
        }
        else
        {
            message.Headers.TryAddWithoutValidation(header, key);
        }

        foreach (var (name, value) in headers.Where(h => h.Key != "X-Harness-Key"))
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body, Encoding.UTF8);
            message.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(request.ContentType);
        }

        using var response = await Http.SendAsync(message);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task Seed(HarnessMock mock, string key, string projectType, bool seedDemo)
    {
        using var settings = await Http.PutAsync($"{mock.Url}/__harness/tenants/{key}",
            new StringContent($$"""{"projectType":"{{projectType}}"}""", Encoding.UTF8, "application/json"));
        settings.IsSuccessStatusCode.Should().BeTrue(await settings.Content.ReadAsStringAsync());

        // The demo profiles are email-based (some have no userId), so other project types start without them.
        var folder = Path.Combine(HarnessMock.DefaultFixturesDirectory, "tenants");
        var files = Directory.Exists(folder) && seedDemo ? Directory.GetFiles(folder, "demo.*.json") : [];
        foreach (var file in files.Where(f => projectType == "email" || !f.EndsWith(".iterable.json", StringComparison.Ordinal)))
        {
            using var seeded = await Http.PostAsync($"{mock.Url}/__harness/seed?tenant={key}",
                new StringContent(await File.ReadAllTextAsync(file), Encoding.UTF8, "application/json"));
            seeded.IsSuccessStatusCode.Should().BeTrue(await seeded.Content.ReadAsStringAsync());
        }
    }

    private static async Task<string> State(HarnessMock mock, string key) =>
        await Http.GetStringAsync($"{mock.Url}/__harness/state?tenant={key}");
}
