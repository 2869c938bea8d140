using Harness.Mock.Modules;

namespace Harness.Mock.Apis.Iterable;

/// <summary>POST /api/users/disableDevice: set <c>endpointEnabled: false</c>; the device entry stays.</summary>
internal static class DisableDeviceHandler
{
    public static MockResponse Handle(HandlerContext<IterableState> ctx)
    {
        var body = ctx.Request.BodyObject;
        var state = ctx.State;
        var token = (string)body["token"]!;
        if (Identity.TryRead(body, required: false, out var id) is { } badIdentity)
        {
            return badIdentity;
        }

        if (id.HasBoth)
        {
            var userIdWins = state.ProjectType.UserIdWins();
            ctx.Warn($"disableDevice got both email and userId; by the {state.ProjectType.Describe()} precedence rule " +
                     (userIdWins ? $"userId wins and email \"{id.Email}\" was ignored" : $"email wins and userId \"{id.UserId}\" was ignored"));
        }

        IReadOnlyList<Profile> profiles;
        if (id.IsEmpty)
        {
            profiles = state.HoldersOf(token);
        }
        else if (IdentityResolver.TryFindNamed(state, id, out var named) is { } unknown)
        {
            return unknown;
        }
        else
        {
            profiles = [named];
        }

        var now = IterableDates.Now(ctx.Clock);
        foreach (var profile in profiles)
        {
            // A named profile without the token is not an error: nothing to disable, nothing written.
            if (profile.Device(token) is { } device)
            {
                device.EndpointEnabled = false;
                profile.UpdatedTicks = now;
            }
        }

        return IterableEnvelope.Success();
    }
}
