using FluentAssertions;
using Harness.Mock.Tests.Support;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Iterable;

/// <summary>
/// Iterable's published limits, per tenant in a sliding second, when switched on. Each test runs its own
/// mock on a manual clock, so all calls fall in one frozen second without touching the shared mock's clock.
/// </summary>
public sealed class RateLimitTests
{
    private static async Task<(ClockedMock Mock, ApiClient Client)> Limited()
    {
        var mock = await ClockedMock.StartAsync();
        var client = mock.Client();
        (await client.Settings(new { rateLimits = true })).Status.Should().Be(200);
        return (mock, client);
    }

    [Test]
    public async Task GetForms_Share100PerSecond_Then429WithRetryAfter_UntilTheSecondPasses()
    {
        var (mock, client) = await Limited();
        await using (mock)
        {
            var paths = new[] { "/users/getByEmail?email=a%40example.com", "/users/a%40example.com", "/users/byUserId/u1", "/users/byUserId?userId=u1" };
            for (var i = 0; i < 100; i++)
            {
                (await client.Get(paths[i % 4])).Status.Should().Be(200);
            }

            var limited = await client.Get(paths[0]);
            limited.ShouldBeError(429, "RateLimitExceeded");
            limited.Headers.GetValues("Retry-After").Should().Equal("1");
            limited.ShouldMatchContract("getUserByEmail", mock.Mock);

            mock.Time.Advance(TimeSpan.FromSeconds(1));
            (await client.Get(paths[2])).Status.Should().Be(200);
        }
    }

    [Test]
    public async Task DeleteForms_Share100PerSecond()
    {
        var (mock, client) = await Limited();
        await using (mock)
        {
            for (var i = 0; i < 100; i++)
            {
                (await client.Delete(i % 2 == 0 ? "/users/a%40example.com" : "/users/byUserId/u1")).Status.Should().BeOneOf(200, 400);
            }

            (await client.Delete("/users/a%40example.com")).ShouldBeError(429, "RateLimitExceeded");
            (await client.GetByEmail("a@example.com")).Status.Should().Be(200, "GETs have their own window");
        }
    }

    [TestCase("/users/update")]
    [TestCase("/users/registerDeviceToken")]
    public async Task Writes_Allow500PerSecond(string path)
    {
        var (mock, client) = await Limited();
        await using (mock)
        {
            var body = new { email = "a@example.com", device = new { token = "t", platform = "GCM", applicationName = "app" } };
            for (var i = 0; i < 500; i++)
            {
                (await client.Post(path, body)).Status.Should().Be(200);
            }

            (await client.Post(path, body)).ShouldBeError(429, "RateLimitExceeded");
        }
    }

    [Test]
    public async Task DisableDevice_HasNoLimit()
    {
        var (mock, client) = await Limited();
        await using (mock)
        {
            for (var i = 0; i < 600; i++)
            {
                (await client.Disable(new { token = "t" })).Status.Should().Be(200);
            }
        }
    }

    [Test]
    public async Task Limits_AreOffUnlessSwitchedOn()
    {
        await using var mock = await ClockedMock.StartAsync();
        var client = mock.Client();
        for (var i = 0; i < 150; i++)
        {
            (await client.GetByEmail("a@example.com")).Status.Should().Be(200);
        }
    }
}
