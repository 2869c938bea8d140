using FluentAssertions;
using Harness.Mock.Server;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Server;

/// <summary>
/// A body under the size limit but full of mistakes is answered with a bounded list of them (the first 100,
/// then "and N more"), and a request in flight never holds up the mock's shutdown.
/// </summary>
public sealed class ValidationBoundTests
{
    [Test]
    public async Task BodyFullOfViolations_IsAnswered400_AndJournalsAtMost100PlusACount()
    {
        var client = ApiClient.Netmera();
        // ~1 MiB of numbers where texts belong: one violation per item.
        var ids = string.Join(",", Enumerable.Range(0, 140_000));
        var response = await client.Post("/tagUsers", $"{{\"tag\":\"Sport\",\"extIds\":[{ids}]}}");

        response.Status.Should().Be(400, response.Text);
        var entry = (JObject)(await client.Admin(HttpMethod.Get, "requests")).Json!["requests"]!.Last!;
        var errors = entry["errors"]!.Values<string>().ToArray();
        errors.Length.Should().BeLessThanOrEqualTo(101);
        errors[^1].Should().MatchRegex(@"^… and \d+ more$");
    }

    [Test]
    public async Task Stopping_WithARequestInFlight_DoesNotWaitForIt()
    {
        var mock = await HarnessMock.StartAsync(new HarnessMockOptions());
        var client = new ApiClient(mock, "iterable");
        (await client.Admin(HttpMethod.Post, "faults", new { operation = "*", latencyMs = 60_000 })).Status.Should().Be(200);
        var inFlight = client.Get("/users/getByEmail?email=a@example.com");
        await WaitUntilArrived(mock);

        var stopping = mock.DisposeAsync().AsTask();
        var finished = await Task.WhenAny(stopping, Task.Delay(TimeSpan.FromSeconds(15)));

        finished.Should().BeSameAs(stopping, "a request sleeping in a fault's latency must not hold the shutdown for a minute");
        await inFlight.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    /// <summary>Waits (bounded) until the mock has started answering the request: its fault latency is running.</summary>
    private static async Task WaitUntilArrived(HarnessMock mock)
    {
        for (var i = 0; i < 100 && mock.Runtime.Tenants.All.Count == 0; i++)
        {
            await Task.Delay(50);
        }

        mock.Runtime.Tenants.All.Should().NotBeEmpty("the request reached the mock");
    }
}
