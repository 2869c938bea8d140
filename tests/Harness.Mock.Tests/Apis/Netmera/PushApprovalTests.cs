using FluentAssertions;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Netmera;

/// <summary>sendPushApproval: pending messages (from settings or fixtures) become approved.</summary>
public sealed class PushApprovalTests
{
    private static async Task<ApiClient> WithPending(params long[] ids)
    {
        var client = ApiClient.Netmera();
        (await client.Settings(new { pushApproval = new { enabled = true, pendingMessageIds = ids } })).Status.Should().Be(200);
        return client;
    }

    private static async Task<string?> StatusOf(ApiClient client, long id) =>
        (string?)(await client.View())["messages"]!.Single(m => (long)m["id"]! == id)["status"];

    [Test]
    public async Task SendPushApproval_PendingMessages_BecomeApproved()
    {
        var client = await WithPending(101, 102, 103);

        (await client.Post("/sendPushApproval", new[] { new { messageId = 101 }, new { messageId = 102 } })).ShouldBeEmptyOk();

        (await StatusOf(client, 101)).Should().Be("approved");
        (await StatusOf(client, 102)).Should().Be("approved");
        (await StatusOf(client, 103)).Should().Be("pending");
    }

    [Test]
    public async Task SendPushApproval_UnknownMessage_Is5003_AndApprovesNothing()
    {
        var client = await WithPending(101);

        var response = await client.Post("/sendPushApproval", new[] { new { messageId = 101 }, new { messageId = 999 } });

        response.ShouldBeError(400, 5003);
        (await StatusOf(client, 101)).Should().Be("pending");
    }

    [Test]
    public async Task SendPushApproval_TenantWithoutApproval_Is5008()
    {
        var response = await ApiClient.Netmera().Post("/sendPushApproval", new[] { new { messageId = 101 } });
        response.ShouldBeError(400, 5008);
    }

    [Test]
    public async Task SendPushApproval_ApprovalSwitchedOff_Is5008()
    {
        var client = await WithPending(101);
        await client.Settings(new { pushApproval = new { enabled = false } });

        (await client.Post("/sendPushApproval", new[] { new { messageId = 101 } })).ShouldBeError(400, 5008);
    }

    [Test]
    public async Task SendPushApproval_AlreadyApproved_SucceedsAgain()
    {
        var client = await WithPending(101);
        await client.Post("/sendPushApproval", new[] { new { messageId = 101 } });

        (await client.Post("/sendPushApproval", new[] { new { messageId = 101 } })).ShouldBeEmptyOk();
    }

    [Test]
    public async Task SendPushApproval_MissingMessageId_Is2020()
    {
        var response = await (await WithPending(101)).Post("/sendPushApproval", "[{\"messageId\":null}]");
        response.ShouldBeError(400, 2020, "'messageId'");
    }

    [Test]
    public async Task SendPushApproval_ObjectInsteadOfArray_Is2009()
    {
        var response = await (await WithPending(101)).Post("/sendPushApproval", new { messageId = 101 });
        response.ShouldBeError(400, 2009);
    }

    [Test]
    public async Task Settings_MessageBothPendingAndApproved_Is400()
    {
        var response = await ApiClient.Netmera().Settings(new JObject
        {
            ["pushApproval"] = new JObject { ["pendingMessageIds"] = new JArray(1), ["approvedMessageIds"] = new JArray(1) },
        });
        response.Status.Should().Be(400);
    }
}
