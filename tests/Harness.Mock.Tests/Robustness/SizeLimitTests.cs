using FluentAssertions;
using Harness.Mock.Server;
using Harness.Mock.Tests.Support;
using NUnit.Framework;

namespace Harness.Mock.Tests.Robustness;

/// <summary>Bodies over the configured size get a clean 413 in the vendor's own envelope, and change nothing.</summary>
public sealed class SizeLimitTests
{
    [TestCase("iterable", "/users/update", "code")]
    [TestCase("netmera", "/tagUsers", "error")]
    public async Task BodyOverTheLimit_Is413_InTheVendorsShape(string api, string path, string envelopeField)
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { MaxBodyBytes = 4096 });
        var client = new ApiClient(mock, api);
        var huge = "{\"pad\":\"" + new string('x', 10_000) + "\"}";
        var before = (await client.Admin(HttpMethod.Get, "state")).Text;

        var response = await client.Post(path, huge);

        response.Status.Should().Be(413);
        response.Json![envelopeField].Should().NotBeNull(response.Text);
        response.Text.Should().Contain("4096");
        (await client.Admin(HttpMethod.Get, "state")).Text.Should().Be(before);
    }
}
