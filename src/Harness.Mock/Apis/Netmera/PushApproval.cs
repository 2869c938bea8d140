using Harness.Mock.Modules;

namespace Harness.Mock.Apis.Netmera;

/// <summary>sendPushApproval: pending messages become approved; nothing is approved when any id is rejected.</summary>
internal static class PushApproval
{
    public static MockResponse Approve(HandlerContext<NetmeraState> ctx)
    {
        var messages = ctx.State.Messages;
        if (!messages.Enabled)
        {
            return NetmeraErrors.BadRequest(NetmeraErrors.ApprovalNotConfigured, "Application is not configured for message approval");
        }

        var ids = ctx.Request.BodyArray.Select(item => (long)item["messageId"]!).ToArray();
        if (ids.Where(id => !messages.Knows(id)).Select(id => (long?)id).FirstOrDefault() is { } unknown)
        {
            return NetmeraErrors.BadRequest(NetmeraErrors.MessageNotFound, $"Message not found: {unknown}");
        }

        foreach (var id in ids)
        {
            if (messages.IsApproved(id))
            {
                // Decision: approving twice is harmless, so a client's retry succeeds.
                ctx.Warn($"message {id} was already approved");
            }

            messages.Approve(id);
        }

        return MockResponse.EmptyOk;
    }
}
